package io.divertwatch.common;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * Keeps {@code /q/metrics} clean for {@code promtool check metrics}.
 * <p>
 * Prometheus' text format allows only {@code \\} and {@code \n} escapes in HELP lines, but some
 * built-in Micrometer binders describe meters with double quotes (rendered as {@code \"}), which
 * {@code promtool check metrics} rejects: quotes in descriptions become single quotes. Meters
 * without a description get one from their name (promtool wants HELP on every metric), and two
 * built-in meters whose names promtool's lint refuses ({@code process.cpu.time} in ns,
 * {@code system.cpu.count} ending in {@code _count}) are left out.
 */
public class PrometheusSafeDescriptions {

    @Produces
    @Singleton
    MeterFilter promtoolClean() {
        return new MeterFilter() {
            @Override
            public io.micrometer.core.instrument.config.MeterFilterReply accept(Meter.Id id) {
                return id.getName().equals("process.cpu.time") || id.getName().equals("system.cpu.count")
                        ? io.micrometer.core.instrument.config.MeterFilterReply.DENY
                        : io.micrometer.core.instrument.config.MeterFilterReply.NEUTRAL;
            }

            @Override
            public Meter.Id map(Meter.Id id) {
                String description = id.getDescription();
                String clean = description == null || description.isBlank() ? id.getName().replace('.', ' ')
                        : description.replace('"', '\'');
                if (clean.equals(description)) {
                    return id;
                }
                return new Meter.Id(id.getName(), io.micrometer.core.instrument.Tags.of(id.getTagsAsIterable()),
                        id.getBaseUnit(), clean, id.getType());
            }
        };
    }
}
