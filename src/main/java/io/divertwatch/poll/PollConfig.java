package io.divertwatch.poll;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

@ConfigMapping(prefix = "divertwatch.poll")
public interface PollConfig {

    /** Whether this instance polls the feeds at all (false: an API-only replica). */
    @WithDefault("true")
    boolean enabled();

    /** Shortest interval between two polls of one feed; the credit budget may stretch it. */
    @WithDefault("10s")
    Duration interval();

    /**
     * How long the poller's database lease lasts without renewal (it is renewed every tick): another
     * replica takes over at most this long after the poller dies.
     */
    @WithDefault("6s")
    Duration lease();
}
