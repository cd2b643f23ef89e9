package io.divertwatch.source.adsbx;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

@ConfigMapping(prefix = "divertwatch.adsbx")
public interface AdsbxConfig {

    /** Base URL of an ADS-B Exchange v2-style API ({@code /point}, {@code /hex}, {@code /callsign} below it). */
    @WithDefault("https://api.adsb.lol/v2")
    String url();

    /** Optional API key (RapidAPI for ADS-B Exchange); never logged. */
    Optional<String> apiKey();

    /** Header that carries the API key. */
    @WithDefault("X-RapidAPI-Key")
    String apiKeyHeader();

    /** Time between the starts of two rounds of queries. */
    @WithDefault("10s")
    Duration interval();

    /** Shortest gap between two requests to this API (its rate limit). */
    @WithDefault("1s")
    Duration requestSpacing();

    @WithDefault("10s")
    Duration timeout();
}
