package io.divertwatch.auth;

import io.smallrye.config.ConfigMapping;

import java.util.Optional;

@ConfigMapping(prefix = "divertwatch.auth")
public interface AuthConfig {

    /** The bootstrap admin API key (a Secret in Kubernetes); generated and logged once when absent. */
    Optional<String> adminKey();

    /** Whether reads (GET, analyses) are open to anyone; writes always need a key. */
    boolean openReads();
}
