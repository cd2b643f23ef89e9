package io.divertwatch.source.opensky;

import io.divertwatch.source.FlightDataSource;
import io.divertwatch.source.PollTargets;
import io.divertwatch.source.SourceHealth;
import io.divertwatch.source.SourceStatus;
import io.divertwatch.track.StateVector;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** OpenSky as a {@link FlightDataSource}: plans within the credit budget, fetches, never throws. */
@ApplicationScoped
@Identifier(OpenSkyClient.SOURCE)
public class OpenSkySource implements FlightDataSource {

    /** The ledger is read again at most this often (data time): another replica may have polled meanwhile. */
    private static final long RESTORE_EVERY_SECONDS = 60;

    private final OpenSkyClient client;
    private final OpenSkyConfig config;
    private final CreditPlanner planner;
    private final CreditLedger ledger;
    private long restoredAt = Long.MIN_VALUE;
    private final AtomicInteger creditsGauge = new AtomicInteger();
    private volatile PollTargets targets = PollTargets.NONE;
    private volatile CreditPlanner.Plan lastPlan = new CreditPlanner.Plan(List.of(), 0, 0);
    private final SourceHealth health = new SourceHealth(OpenSkyClient.SOURCE);

    /** @param pollInterval the poller's shortest interval between polls of a feed ({@code divertwatch.poll.interval}) */
    OpenSkySource(OpenSkyClient client, OpenSkyConfig config, CreditLedger ledger,
            @ConfigProperty(name = "divertwatch.poll.interval") Duration pollInterval, MeterRegistry registry) {
        this.client = client;
        this.config = config;
        this.ledger = ledger;
        this.planner = new CreditPlanner(config.effectiveDailyCredits(),
                Math.max(pollInterval.toSeconds(), config.resolutionSeconds()));
        registry.gauge("divertwatch.opensky.credits.remaining", creditsGauge);
        creditsGauge.set(planner.creditsLeft());
        Log.infof("OpenSky: %s, budget %d credits a day, API %s",
                config.authenticated() ? "OAuth2 client " + config.clientId().get() : "anonymous",
                config.effectiveDailyCredits(), config.url());
    }

    @Override
    public String name() {
        return OpenSkyClient.SOURCE;
    }

    @Override
    public void plan(PollTargets targets) {
        this.targets = targets;
    }

    @Override
    public synchronized PollResult poll(long now) {
        restoreSpends(now);
        CreditPlanner.Plan plan = planner.plan(targets, now);
        lastPlan = plan;
        if (!planner.due(plan.cost(), now)) {
            return PollResult.notDue();
        }
        List<StateVector> states = new ArrayList<>();
        long dataTime = 0;
        int spent = 0;
        Integer remaining = null;
        for (CreditPlanner.Query query : plan.queries()) {
            OpenSkyClient.Fetch fetch = client.states(query.box());
            if (fetch.outcome() != Outcome.UNAUTHORIZED || fetch.remainingCredits() != null) {
                spent += query.cost();
            }
            remaining = fetch.remainingCredits() != null ? fetch.remainingCredits() : remaining;
            if (fetch.outcome() == Outcome.RATE_LIMITED) {
                long retry = fetch.retryAfterSeconds() == null ? 3600 : fetch.retryAfterSeconds();
                spent(spent, now, remaining, plan.intervalSeconds());
                planner.rateLimited(now, retry);
                return failed(fetch.outcome(), fetch.error());
            }
            if (fetch.outcome() != Outcome.SUCCESS) {
                spent(spent, now, remaining, plan.intervalSeconds());
                return failed(fetch.outcome(), fetch.error());
            }
            if (fetch.skippedRows() > 0) {
                Log.debugf("OpenSky: skipped %d unreadable state rows", fetch.skippedRows());
            }
            states.addAll(fetch.states());
            dataTime = Math.max(dataTime, fetch.dataTime());
        }
        spent(spent, now, remaining, plan.intervalSeconds());
        creditsGauge.set(planner.creditsLeft());
        health.success(Instant.ofEpochSecond(now));
        return PollResult.success(states, dataTime);
    }

    /** Today's and the last hour's spends from the ledger, every minute: what this or another replica spent. */
    private void restoreSpends(long now) {
        if (restoredAt != Long.MIN_VALUE && now - restoredAt < RESTORE_EVERY_SECONDS && now >= restoredAt) {
            return;
        }
        restoredAt = now;
        try {
            planner.restore(ledger.since(name(), Math.min(now - 3600, now - Math.floorMod(now, 86_400))), now);
        } catch (RuntimeException e) {
            Log.warnf("OpenSky: could not read the credit ledger, pacing from this replica's own count: %s", e.toString());
        }
    }

    private void spent(int cost, long now, Integer remaining, long intervalSeconds) {
        planner.spent(cost, now, remaining, intervalSeconds);
        if (cost > 0) {
            try {
                ledger.record(name(), now, cost);
            } catch (RuntimeException e) {
                Log.warnf("OpenSky: could not record %d credits spent: %s", cost, e.toString());
            }
        }
    }

    private PollResult failed(Outcome outcome, String error) {
        creditsGauge.set(planner.creditsLeft());
        return health.failure(outcome, error);
    }

    @Override
    public SourceStatus status() {
        CreditPlanner.Plan plan = lastPlan;
        return new SourceStatus(name(), plan.queries().stream().map(CreditPlanner.Query::describe).toList(),
                plan.cost(), plan.intervalSeconds(), planner.creditsLeft(), health.lastSuccess(), health.lastError(),
                health.lastErrorAt(),
                planner.nextPollAt() == 0 ? null : Instant.ofEpochSecond(planner.nextPollAt()));
    }
}
