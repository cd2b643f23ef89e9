package io.divertwatch.source;

import io.quarkus.logging.Log;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The feeds named in {@code divertwatch.source}. Each feed bean carries an {@link Identifier} equal to
 * its name, so only the enabled ones are ever created (a disabled OpenSky neither logs nor exports
 * its credit gauge).
 */
@ApplicationScoped
public class EnabledSources {

    private final List<FlightDataSource> sources = new ArrayList<>();

    EnabledSources(@ConfigProperty(name = "divertwatch.source", defaultValue = "opensky") String configured,
            @Any Instance<FlightDataSource> available) {
        Set<String> names = new LinkedHashSet<>();
        Arrays.stream(configured.split(",")).map(s -> s.trim().toLowerCase(Locale.ROOT))
                .filter(s -> !s.isEmpty() && !s.equals("none")).forEach(names::add);
        for (String name : names) {
            Instance<FlightDataSource> feed = available.select(Identifier.Literal.of(name));
            if (feed.isResolvable()) {
                sources.add(feed.get());
            } else {
                Log.errorf("divertwatch.source names '%s', which is not a known feed (known: %s); ignored", name,
                        known(available));
            }
        }
    }

    public List<FlightDataSource> all() {
        return sources;
    }

    /** The enabled feed of that type, if any. */
    public <T extends FlightDataSource> java.util.Optional<T> find(Class<T> type) {
        return sources.stream().filter(type::isInstance).map(type::cast).findFirst();
    }

    private static List<String> known(Instance<FlightDataSource> available) {
        return available.handlesStream().flatMap(h -> h.getBean().getQualifiers().stream())
                .filter(Identifier.class::isInstance).map(q -> ((Identifier) q).value()).sorted().toList();
    }
}
