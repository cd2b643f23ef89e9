package io.divertwatch.poll;

import io.divertwatch.aircraft.StoredFixes;
import io.divertwatch.alert.AlertRecorder;
import io.divertwatch.common.Outage;
import io.divertwatch.detect.Detection;
import io.divertwatch.identity.LiveIdentities;
import io.divertwatch.source.EnabledSources;
import io.divertwatch.source.FlightDataSource;
import io.divertwatch.source.FlightDataSource.Outcome;
import io.divertwatch.source.FlightDataSource.PollResult;
import io.divertwatch.source.PollTargets;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The scheduled cycle that ties the data path together: each enabled feed decides whether a poll is
 * due (interval, credit budget, back-off); its states go through the live engine; detections become
 * alerts. Nothing a feed does can stop the cycle.
 */
@ApplicationScoped
public class PollCycle {

    private final List<FlightDataSource> sources;
    private final LiveEngine engine;
    private final AlertRecorder alerts;
    private final MeterRegistry registry;
    private final boolean polling;
    private final PollerLease lease;
    private final StoredFixes storedFixes;
    private final LiveIdentities identities;
    private final Duration rebuildWindow;
    private boolean poller;
    private final Outage leaseOutage = new Outage();

    PollCycle(EnabledSources enabled, LiveEngine engine, AlertRecorder alerts, MeterRegistry registry,
            PollConfig config, PollerLease lease, StoredFixes storedFixes, DetectionSettings detection,
            LiveIdentities identities) {
        this.identities = identities;
        this.polling = config.enabled();
        this.lease = lease;
        this.storedFixes = storedFixes;
        this.rebuildWindow = Duration.ofSeconds(detection.toConfig().trackLimits().retentionSeconds());
        this.sources = enabled.all();
        this.engine = engine;
        this.alerts = alerts;
        this.registry = registry;
        Log.infof("Polling feeds: %s", sources.isEmpty() ? "none" : sources.stream().map(FlightDataSource::name).toList());
    }

    public List<FlightDataSource> sources() {
        return sources;
    }

    @Scheduled(every = "${divertwatch.poll.tick:1s}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void tick() {
        if (sources.isEmpty() || !polling) {
            return;
        }
        boolean held = holdLease();
        if (held && !poller) {
            rebuildTracks();
        }
        poller = held;
        if (held) {
            pollAll(Instant.now().getEpochSecond());
        }
    }

    /** On becoming the poller: the tracks that matter come back from the database. */
    private void rebuildTracks() {
        try {
            long since = Instant.now().minus(rebuildWindow).getEpochSecond();
            int fixes = engine.rebuild(storedFixes.since(since, null));
            Log.infof("Rebuilt tracks from %d stored fixes of the last %d min", fixes, rebuildWindow.toMinutes());
        } catch (RuntimeException e) {
            Log.errorf(e, "Could not rebuild tracks from stored fixes; tracks start empty");
        }
    }

    private boolean holdLease() {
        return lease.holdOrPause(leaseOutage, "not polling");
    }

    /** One cycle at wall time {@code now}: every feed gets the current targets and polls if due. */
    public void pollAll(long now) {
        PollTargets targets = engine.targets();
        for (FlightDataSource source : sources) {
            source.plan(targets);
            pollOne(source, now);
        }
    }

    void pollOne(FlightDataSource source, long now) {
        Timer.Sample sample = Timer.start(registry);
        PollResult result;
        try {
            result = source.poll(now);
        } catch (RuntimeException e) {
            Log.errorf(e, "Feed %s failed unexpectedly; the next cycle will try again", source.name());
            result = PollResult.failure(Outcome.IO_ERROR, e.toString());
        }
        if (result.outcome() == Outcome.NOT_DUE) {
            return;
        }
        sample.stop(registry.timer("divertwatch.poll.duration", "source", source.name()));
        registry.counter("divertwatch.polls", "source", source.name(), "outcome", result.outcome().label()).increment();
        if (result.outcome() != Outcome.SUCCESS) {
            return;
        }
        registry.counter("divertwatch.state.vectors", "source", source.name()).increment(result.states().size());
        for (FlightDataSource.FeedIdentity id : result.identities()) {
            identities.seen(id.icao24(), id.registration(), id.typeCode(), source.name(), id.time());
        }
        List<Detection> detections;
        try {
            detections = engine.ingest(result.states(), result.dataTime());
        } catch (RuntimeException e) {
            Log.errorf(e, "Processing %d states from %s failed", result.states().size(), source.name());
            return;
        }
        try {
            storedFixes.save(engine.drainRelevantFixes());
        } catch (RuntimeException e) {
            Log.warnf("Could not store the fixes of the aircraft that matter from %s: %s", source.name(), e.toString());
        }
        alerts.record(detections);
        alerts.resolve(engine.drainClearances());
    }
}
