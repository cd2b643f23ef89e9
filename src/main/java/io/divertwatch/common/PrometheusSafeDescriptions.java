package io.divertwatch.common;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.config.MeterFilterReply;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.util.Set;

/**
 * Keeps {@code /q/metrics} clean for {@code promtool check metrics}.
 * <p>
 * Prometheus' text format allows only {@code \\} and {@code \n} escapes in HELP lines, but some
 * built-in Micrometer binders describe meters with double quotes (rendered as {@code \"}), which
 * {@code promtool check metrics} rejects: quotes in descriptions become single quotes. Meters
 * without a description get one from their name (promtool wants HELP on every metric), and three
 * built-in meters that promtool's lint refuses are left out: {@code process.cpu.time} (in ns),
 * {@code system.cpu.count} (ending in {@code _count}) and {@code http.server.connections} and
 * {@code http.client.connections} (long task timers, rendered as summaries whose series lack HELP).
 * Tag keys in camelCase (the Vert.x HTTP client's {@code clientName}) become snake_case. {@code promtool} reads the classic text
 * format ({@code Accept: text/plain; version=0.0.4}); Prometheus itself may negotiate OpenMetrics.
 */
public class PrometheusSafeDescriptions {

    private static final Set<String> LINT_FAILURES = Set.of("process.cpu.time", "system.cpu.count",
            "http.server.connections", "http.client.connections");

    @Produces
    @Singleton
    MeterFilter promtoolClean() {
        return new MeterFilter() {
            @Override
            public MeterFilterReply accept(Meter.Id id) {
                return LINT_FAILURES.contains(id.getName()) ? MeterFilterReply.DENY
                        : MeterFilterReply.NEUTRAL;
            }

            @Override
            public Meter.Id map(Meter.Id id) {
                String description = id.getDescription();
                String clean = description == null || description.isBlank() ? id.getName().replace('.', ' ')
                        : description.replace('"', '\'');
                boolean camelTags = id.getTags().stream().anyMatch(t -> !t.getKey().equals(snakeCase(t.getKey())));
                if (clean.equals(description) && !camelTags) {
                    return id;
                }
                Tags tags = Tags.of(id.getTags().stream().map(t -> Tag.of(snakeCase(t.getKey()), t.getValue())).toList());
                return new Meter.Id(id.getName(), tags, id.getBaseUnit(), clean, id.getType());
            }
        };
    }

    static String snakeCase(String key) {
        return key.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }
}
