package io.divertwatch.airport;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

@ConfigMapping(prefix = "divertwatch.airports")
public interface AirportsConfig {

    /** File path or http(s) URL of an OurAirports-format airports.csv. */
    String source();

    /** Where a downloaded airports file is cached, so restarts need no network. */
    @WithDefault("data")
    String cacheDir();

    /** Time allowed for downloading the airports file. */
    @WithDefault("60s")
    Duration downloadTimeout();
}
