package io.divertwatch.source.replay;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Optional;

@ConfigMapping(prefix = "divertwatch.replay")
public interface ReplayConfig {

    /**
     * A track CSV, or JSON lines of OpenSky {@code /states/all} responses ({@code .jsonl}); unset =
     * the bundled synthetic demo scenario.
     */
    Optional<String> file();

    /** Speed-up factor: 60 plays an hour of data in a minute. */
    @WithDefault("60")
    double speed();
}
