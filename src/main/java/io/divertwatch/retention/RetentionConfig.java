package io.divertwatch.retention;

import io.smallrye.config.ConfigMapping;

import java.time.Duration;
import java.util.Optional;

/** How long stored data is kept. */
@ConfigMapping(prefix = "divertwatch.retention")
public interface RetentionConfig {

    /** Stored fixes older than this (data time) are deleted. */
    Duration fixes();

    /** Alerts older than this (data time) are deleted with their deliveries; kept forever when unset. */
    Optional<Duration> alerts();

    /** Finished webhook deliveries (delivered or failed) older than this are deleted; kept forever when unset. */
    Optional<Duration> deliveries();
}
