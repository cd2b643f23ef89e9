package io.divertwatch.source.opensky;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;

@ConfigMapping(prefix = "divertwatch.opensky")
public interface OpenSkyConfig {

    /** API base URL (tests point it at a stub). */
    String url();

    /** OAuth2 token endpoint. */
    String tokenUrl();

    /** OAuth2 client id; empty = anonymous. */
    Optional<String> clientId();

    /** OAuth2 client secret; never logged. */
    Optional<String> clientSecret();

    /** Daily credit budget; unset = 400 anonymous, 4000 with credentials. */
    OptionalInt dailyCredits();

    /** Timeout of one request. */
    @WithDefault("10s")
    Duration timeout();

    default boolean authenticated() {
        return clientId().filter(s -> !s.isBlank()).isPresent() && clientSecret().filter(s -> !s.isBlank()).isPresent();
    }

    default int effectiveDailyCredits() {
        return dailyCredits().orElse(authenticated() ? 4000 : 400);
    }

    /** OpenSky's time resolution: 5 s authenticated, 10 s anonymous. */
    default long resolutionSeconds() {
        return authenticated() ? 5 : 10;
    }
}
