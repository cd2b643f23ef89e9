package io.divertwatch.webhook;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;

@ConfigMapping(prefix = "divertwatch.webhook")
public interface WebhookConfig {

    /** Let webhooks reach loopback and private addresses (tests, in-cluster receivers). */
    @WithDefault("false")
    boolean allowPrivateTargets();

    /** Delays before each delivery attempt; the first is usually 0s. After the last, the delivery fails. */
    @WithDefault("0s,5s,5m,30m,2h,5h,10h,10h")
    List<Duration> retryDelays();

    /** Per-attempt timeout (connect and response). */
    @WithDefault("10s")
    Duration timeout();

    /** The CloudEvents {@code source} attribute of every event. */
    @WithDefault("/divertwatch")
    String eventSource();

    /** Public base URL of this service, for links in chat-format messages. */
    @WithDefault("http://localhost:8080")
    String publicUrl();

    /** A subscription whose deliveries have failed for this long, without a success, is disabled. */
    @WithDefault("3d")
    Duration disableAfter();

    /** How often the dispatcher looks for due deliveries. */
    @WithDefault("1s")
    Duration dispatchInterval();
}
