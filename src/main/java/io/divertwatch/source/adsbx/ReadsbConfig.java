package io.divertwatch.source.adsbx;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

@ConfigMapping(prefix = "divertwatch.readsb")
public interface ReadsbConfig {

    /** URL or file path of a local receiver's {@code aircraft.json} (readsb, dump1090-fa, tar1090). */
    Optional<String> url();

    /** How often it is read. */
    @WithDefault("5s")
    Duration interval();

    @WithDefault("5s")
    Duration timeout();
}
