package io.divertwatch.identity;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;

/** {@code divertwatch.registers.*}: the aircraft registers that turn addresses into identities. */
@ConfigMapping(prefix = "divertwatch.registers")
public interface RegistersConfig {

    /**
     * Register files or URLs (a {@code .gz} is unpacked), each optionally after its format and a colon:
     * {@code plane-alert:}, {@code opensky:} or {@code tar1090:}; without one the format is recognised
     * from the first line. {@code none} for no register.
     */
    List<String> sources();

    /** Where downloaded registers are cached. */
    @WithDefault("data")
    String cacheDir();

    /** How often registers are read (files) or downloaded (URLs) again. */
    @WithDefault("24h")
    Duration refresh();

    @WithDefault("120s")
    Duration downloadTimeout();

    /** How soon after registers, feeds or watches change the watched airframes are followed. */
    @WithDefault("5s")
    Duration followEvery();
}
