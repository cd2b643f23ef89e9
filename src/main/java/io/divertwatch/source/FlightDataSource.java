package io.divertwatch.source;

import io.divertwatch.track.StateVector;

import java.util.List;

/** A feed of aircraft states. Implementations never throw: upstream faults come back as a failed poll. */
public interface FlightDataSource {

    String name();

    /**
     * Fetches whatever this source's plan says is due at wall time {@code nowEpochSecond}.
     * Returns {@link PollResult#notDue()} when nothing was due (budget or interval).
     */
    PollResult poll(long nowEpochSecond);

    /** What this source plans and how it fares, for {@code GET /api/v1/sources}. */
    SourceStatus status();

    /** The positions of watched aircraft and places the planner should cover. */
    default void plan(PollTargets targets) {
    }

    /**
     * @param dataTime   the feed's own time of the answer (Unix seconds), 0 when unknown
     * @param identities what the feed said of the aircraft's identity along with their states, if anything
     */
    record PollResult(Outcome outcome, List<StateVector> states, long dataTime, String error,
            List<FeedIdentity> identities) {

        public static PollResult success(List<StateVector> states, long dataTime) {
            return new PollResult(Outcome.SUCCESS, states, dataTime, null, List.of());
        }

        public static PollResult success(List<StateVector> states, long dataTime, List<FeedIdentity> identities) {
            return new PollResult(Outcome.SUCCESS, states, dataTime, null, identities);
        }

        public static PollResult notDue() {
            return new PollResult(Outcome.NOT_DUE, List.of(), 0, null, List.of());
        }

        public static PollResult failure(Outcome outcome, String error) {
            return new PollResult(outcome, List.of(), 0, error, List.of());
        }
    }

    /** The registration ({@code r}) and type ({@code t}) a feed sent with an aircraft's state. */
    record FeedIdentity(String icao24, String registration, String typeCode, long time) {
    }

    enum Outcome {
        SUCCESS, NOT_DUE, RATE_LIMITED, TIMEOUT, SERVER_ERROR, CLIENT_ERROR, BAD_RESPONSE, UNAUTHORIZED, IO_ERROR;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
