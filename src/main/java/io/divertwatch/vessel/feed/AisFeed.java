package io.divertwatch.vessel.feed;

import io.divertwatch.ais.AisMessage;
import io.divertwatch.sea.VesselReport;
import io.divertwatch.sea.VesselStatics;

import java.time.Instant;

/**
 * A source of AIS data that pushes (a websocket, a TCP or UDP stream, a file played back): started
 * on the replica that holds the poller lease, stopped when it loses it. A feed never throws at its
 * caller: faults are retried with back-off and shown in its status.
 */
public interface AisFeed {

    String name();

    void start(Sink sink);

    void stop();

    Status status();

    /** Where a feed delivers what it receives. */
    interface Sink {
        void message(AisMessage message, long time, String feed);

        void row(VesselReport report, VesselStatics statics);

        /** Data time has reached {@code time} though nothing came: silences are judged. */
        void clock(long time);
    }

    /**
     * @param connected  whether it is receiving now
     * @param lastError  the last fault (no secret in it), or null
     */
    record Status(String name, boolean connected, long messages, long refused, Instant lastMessageAt,
            String lastError, Instant lastErrorAt) {
    }
}
