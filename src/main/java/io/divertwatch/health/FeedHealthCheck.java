package io.divertwatch.health;

import io.divertwatch.poll.PollCycle;
import io.divertwatch.source.FlightDataSource;
import io.divertwatch.source.SourceStatus;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Reports each feed's last success and error as readiness detail, but always UP: an upstream
 * outage must show in metrics and here, not take every replica out of its Service (docs/operations.md).
 */
@Readiness
@ApplicationScoped
public class FeedHealthCheck implements HealthCheck {

    private final PollCycle cycle;

    FeedHealthCheck(PollCycle cycle) {
        this.cycle = cycle;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder builder = HealthCheckResponse.named("feeds").up();
        for (FlightDataSource source : cycle.sources()) {
            SourceStatus s = source.status();
            builder.withData(s.name() + ".lastSuccess", String.valueOf(s.lastSuccess()));
            builder.withData(s.name() + ".lastError", s.lastError() == null ? "none" : s.lastError());
        }
        return builder.build();
    }
}
