package io.divertwatch.vessel;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** {@code divertwatch.maritime.*}: the AIS feeds, the port list, and how long vessel fixes are kept. */
@ConfigMapping(prefix = "divertwatch.maritime")
public interface VesselFeedsConfig {

    /** AIS feeds: {@code aisstream}, {@code nmea}, {@code replay}; {@code none} for none. */
    List<String> feeds();

    /** A port list (CSV: port,…,country,…,lat,lon,suggested_radius_km): calls there alert for watched vessels. */
    Optional<String> portsSource();

    /**
     * On taking the poller lease, vessel tracks are rebuilt from the fixes stored this far back: long
     * enough to hold the last sighting before a silence of days.
     */
    @WithDefault("4d")
    Duration rebuildWindow();

    Aisstream aisstream();

    Nmea nmea();

    Replay replay();

    interface Aisstream {
        @WithDefault("wss://stream.aisstream.io/v0/stream")
        String url();

        /** The aisstream.io API key; sent in the subscription frame, never logged. */
        Optional<String> apiKey();

        /** The longest wait between reconnection attempts (it doubles from one second). */
        @WithDefault("5m")
        Duration maxBackoff();
    }

    interface Nmea {
        /** {@code host:port} of a receiver serving NMEA over TCP (AIS-catcher, rtl-ais, a shore station). */
        Optional<String> tcp();

        /** A UDP port to listen on for NMEA datagrams a receiver sends. */
        Optional<Integer> udpPort();

        @WithDefault("5m")
        Duration maxBackoff();
    }

    interface Replay {
        /** A vessel track CSV (project, Danish aisdk or MarineCadastre format); the bundled shuttle when unset. */
        Optional<String> file();

        /** How many times faster than the recorded time the file plays. */
        @WithDefault("600")
        double speed();
    }
}
