package io.divertwatch.vessel;

import io.divertwatch.ais.AisMessage;
import io.divertwatch.alert.AlertRecorder;
import io.divertwatch.sea.SeaContext;
import io.divertwatch.sea.VesselDetection;
import io.divertwatch.sea.VesselEngine;
import io.divertwatch.sea.VesselFix;
import io.divertwatch.sea.VesselReport;
import io.divertwatch.sea.VesselStatics;
import io.divertwatch.vessel.StoredVesselFixes.StoredVesselFix;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The live maritime engine and what it reads from and writes to: the snapshot of what is watched at
 * sea, the vessels' identities, stored fixes, alerts. Feeds call it from their own threads; all access
 * is serialised here, and the engine stays plain Java; alerts are written once the lock is released,
 * so a slow database holds up no feed. Time is the feeds' data time: when every feed is silent, no
 * vessel is judged silent.
 */
@ApplicationScoped
public class LiveVessels {

    /** Stored fixes of one vessel at most this often: enough to draw a track and rebuild it. */
    private static final long STORE_EVERY_SECONDS = 60;

    private final VesselEngine engine;
    private final VesselWatchService watches;
    private final AlertRecorder alerts;
    private final StoredVesselFixes stored;
    private List<StoredVesselFix> unsaved = new ArrayList<>();
    private final Map<Integer, Long> lastStored = new HashMap<>();
    private boolean rebuilding;
    /** The newest data time received, and the wall time it arrived at: the sea's clock runs on from them. */
    private long latestData;
    private long wallAtLatest;

    LiveVessels(MaritimeSettings settings, VesselWatchService watches, AlertRecorder alerts, StoredVesselFixes stored,
            VesselIdentities identities, MeterRegistry registry) {
        this.engine = new VesselEngine(settings.toConfig());
        this.watches = watches;
        this.alerts = alerts;
        this.stored = stored;
        engine.setStaticsListener(identities::learned);
        engine.setRelevantFixListener(this::relevantFix);
        Gauge.builder("divertwatch.tracked.vessels", this, LiveVessels::trackedVessels)
                .description("Vessels with a recent track in memory").register(registry);
        Gauge.builder("divertwatch.vessel.reports.refused", this, LiveVessels::refusedReports)
                .description("Vessel reports the data-quality gate refused since start").register(registry);
    }

    /** One decoded AIS message, received at {@code time} (data time). */
    public void accept(AisMessage message, long time, String source) {
        synchronized (this) {
            refreshContext();
            // Silences first: a vessel's own silence is judged before it speaks again.
            List<VesselDetection> found = new ArrayList<>(engine.advanceTo(time));
            found.addAll(engine.accept(message, time, source));
            noteDataTime(time);
            queue(found);
        }
        alerts.store();
    }

    /** One row of a track file: what the vessel said of itself, and where it was. */
    public void accept(VesselReport report, VesselStatics statics) {
        synchronized (this) {
            refreshContext();
            List<VesselDetection> found = new ArrayList<>(engine.advanceTo(report.time()));
            if (statics != null) {
                found.addAll(engine.acceptStatics(report.mmsi(), statics, report.time()));
            }
            found.addAll(engine.accept(report));
            noteDataTime(report.time());
            queue(found);
        }
        alerts.store();
    }

    /**
     * Tracks rebuilt from stored fixes (oldest first) on taking over the feeds. What they show is judged
     * again: an alert already raised has the same key and is not raised twice; one missed while no
     * replica was listening is raised now.
     */
    public int rebuild(List<StoredVesselFix> fixes) {
        synchronized (this) {
            refreshContext();
            rebuilding = true;
            try {
                for (StoredVesselFix s : fixes) {
                    VesselFix f = s.fix();
                    List<VesselDetection> found = new ArrayList<>(engine.advanceTo(f.time()));
                    found.addAll(engine.accept(new VesselReport(s.mmsi(), f.time(), f.lat(), f.lon(), f.speedKn(),
                            f.courseDeg(), AisMessage.NO_HEADING, -1, f.source())));
                    queue(found);
                }
            } finally {
                rebuilding = false;
            }
        }
        alerts.store();
        return fixes.size();
    }

    /** Data time has reached {@code time} with nothing received: silences are judged. */
    public void advanceTo(long time) {
        synchronized (this) {
            refreshContext();
            queue(engine.advanceTo(time));
            noteDataTime(time);
        }
        alerts.store();
    }

    /**
     * Nothing new arrived, yet a live feed is receiving: the data time runs on from the newest data
     * time received by as long as has passed since (a feed replaying old data keeps its own epoch), so
     * that silences are judged between messages.
     */
    public void followWallClock(long wallNow) {
        synchronized (this) {
            if (latestData == 0) {
                return;
            }
            refreshContext();
            queue(engine.advanceTo(latestData + Math.max(0, wallNow - wallAtLatest)));
        }
        alerts.store();
    }

    private void noteDataTime(long time) {
        if (time > latestData) {
            latestData = time;
            wallAtLatest = System.currentTimeMillis() / 1000;
        }
    }

    public synchronized List<VesselFix> track(int mmsi) {
        return engine.track(mmsi, 256);
    }

    public synchronized boolean sharedMmsi(int mmsi) {
        return engine.sharedMmsi(mmsi);
    }

    synchronized int trackedVessels() {
        return engine.trackedVessels();
    }

    synchronized double refusedReports() {
        return engine.refusedReports();
    }

    private void refreshContext() {
        SeaContext current = watches.current();
        if (current != engine.context()) {
            engine.setContext(current);
        }
    }

    /** What the engine found goes to the recorder in order; it is stored once this lock is released. */
    private void queue(List<VesselDetection> found) {
        alerts.addVessels(found);
        alerts.addClearances(engine.drainClearances());
    }

    private void relevantFix(int mmsi, VesselFix fix) {
        if (rebuilding) {
            return;
        }
        if (lastStored.size() > 200_000) {
            // The vessels that matter in a busy sea over weeks: start counting afresh rather than grow.
            lastStored.clear();
        }
        Long last = lastStored.get(mmsi);
        if (last == null || fix.time() - last >= STORE_EVERY_SECONDS) {
            lastStored.put(mmsi, fix.time());
            unsaved.add(new StoredVesselFix(mmsi, fix));
        }
    }

    /** Writes the fixes gathered since the last time, off the feeds' threads. */
    @Scheduled(every = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void saveFixes() {
        List<StoredVesselFix> batch;
        synchronized (this) {
            if (unsaved.isEmpty()) {
                return;
            }
            batch = unsaved;
            unsaved = new ArrayList<>();
        }
        try {
            stored.save(batch);
        } catch (RuntimeException e) {
            Log.warnf("Could not store %d vessel fixes: %s", batch.size(), e.toString());
        }
    }
}
