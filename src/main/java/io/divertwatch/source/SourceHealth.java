package io.divertwatch.source;

import io.quarkus.logging.Log;

import java.time.Instant;

/** A feed's last success and last error, for {@code GET /api/v1/sources} and the readiness details. */
public final class SourceHealth {

    private final String source;
    private volatile Instant lastSuccess;
    private volatile String lastError;
    private volatile Instant lastErrorAt;

    public SourceHealth(String source) {
        this.source = source;
    }

    public void success(Instant at) {
        lastSuccess = at;
    }

    /** Records and logs a failed poll; returns it as a poll result. */
    public FlightDataSource.PollResult failure(FlightDataSource.Outcome outcome, String error) {
        lastError = error;
        lastErrorAt = Instant.now();
        Log.warnf("%s poll failed (%s): %s", source, outcome.label(), error);
        return FlightDataSource.PollResult.failure(outcome, error);
    }

    public Instant lastSuccess() {
        return lastSuccess;
    }

    public String lastError() {
        return lastError;
    }

    public Instant lastErrorAt() {
        return lastErrorAt;
    }
}
