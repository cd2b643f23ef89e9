package io.divertwatch.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Limits on what one HTTP request may ask of the service ({@code divertwatch.http.*}). */
@ConfigMapping(prefix = "divertwatch.http")
public interface HttpLimitsConfig {

    /** A request whose body has not fully arrived this long after it began is answered 408. */
    @WithDefault("30s")
    Duration bodyTimeout();

    /** The longest request target (path and query), in characters. */
    @WithDefault("4096")
    int maxUriLength();

    /**
     * Requests with a body in progress at once (received or being answered). Bodies are buffered whole,
     * so this bounds their memory: at most this many times {@code quarkus.http.limits.max-body-size}.
     */
    @WithDefault("32")
    int maxUploads();

    /** The most bytes of request headers, names and values. */
    @WithDefault("20480")
    int maxHeaderBytes();
}
