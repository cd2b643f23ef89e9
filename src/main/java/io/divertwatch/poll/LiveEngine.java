package io.divertwatch.poll;

import io.divertwatch.aircraft.LiveTracks;
import io.divertwatch.aircraft.StoredFixes;
import io.divertwatch.aircraft.StoredFixes.StoredFix;
import io.divertwatch.airport.AirportRegistry;
import io.divertwatch.airport.AirportsLoaded;
import io.divertwatch.detect.Clearance;
import io.divertwatch.detect.Detection;
import io.divertwatch.detect.WatchContext;
import io.divertwatch.detect.WatchSpec;
import io.divertwatch.detect.WatchedAirportSpec;
import io.divertwatch.detect.engine.DetectionEngine;
import io.divertwatch.source.PollTargets;
import io.divertwatch.track.Fix;
import io.divertwatch.track.Icao24;
import io.divertwatch.track.StateVector;
import io.divertwatch.watch.WatchService;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The live detection engine and its inputs: the watch snapshot (taken anew after committed changes)
 * and the airport index. All access is serialised here; the engine itself stays plain Java.
 */
@ApplicationScoped
public class LiveEngine implements LiveTracks {

    /** More addresses than this make a watch a fleet's, found by wide coverage rather than polled one by one. */
    private static final int MAX_ADDRESSES_POLLED_PER_WATCH = 10;

    private final DetectionEngine engine;
    private final WatchService watches;
    /** Fixes that matter, seen since the last {@link #drainRelevantFixes()}; not collected while rebuilding. */
    private List<StoredFix> relevantFixes = new ArrayList<>();
    private boolean rebuilding;

    LiveEngine(DetectionSettings settings, AirportRegistry airports, WatchService watches, MeterRegistry registry) {
        this.engine = new DetectionEngine(settings.toConfig(), airports.index());
        this.watches = watches;
        engine.setRelevantFixListener((icao24, callsign, fix) -> {
            if (!rebuilding) {
                relevantFixes.add(new StoredFix(icao24, callsign, fix, Instant.now()));
            }
        });
        Gauge.builder("divertwatch.tracked.aircraft", this, LiveEngine::trackedAircraft)
                .description("Aircraft with a recent track in memory").register(registry);
        Gauge.builder("divertwatch.data.age", this, LiveEngine::dataAgeSeconds).baseUnit("seconds")
                .description("Wall time minus the newest data time seen").register(registry);
    }

    synchronized void airportsLoaded(@Observes AirportsLoaded event) {
        engine.setAirports(event.index());
    }

    /** Feeds one poll's states, then advances data time (signal-loss landings); returns the detections. */
    public synchronized List<Detection> ingest(List<StateVector> states, long dataTime) {
        refreshWatchesIfChanged();
        List<Detection> out = new ArrayList<>(engine.acceptAll(states));
        long newest = dataTime;
        for (StateVector sv : states) {
            newest = Math.max(newest, sv.time());
        }
        if (newest > 0) {
            out.addAll(engine.advanceTo(newest));
        }
        return out;
    }

    /** The open incidents whose evidence went since the last call: alerts to resolve. */
    public synchronized List<Clearance> drainClearances() {
        return engine.drainClearances();
    }

    /** The fixes that matter since the last call, for storing. */
    public synchronized List<StoredFix> drainRelevantFixes() {
        List<StoredFix> drained = relevantFixes;
        relevantFixes = new ArrayList<>();
        return drained;
    }

    /**
     * Feeds stored fixes into the engine, oldest first, without raising alerts: after taking over
     * polling, the tracks (and the flights' evidence) resume where the previous poller left them.
     */
    public synchronized int rebuild(List<StoredFix> stored) {
        refreshWatchesIfChanged();
        rebuilding = true;
        try {
            for (StoredFix s : stored) {
                engine.accept(StoredFixes.asState(s));
            }
            // What the stored fixes cleared, the poller that stored them resolved.
            engine.drainClearances();
        } finally {
            rebuilding = false;
        }
        return stored.size();
    }

    @Override
    public synchronized List<Fix> track(String icao24) {
        return engine.track(icao24);
    }

    @Override
    public synchronized String callsign(String icao24) {
        return engine.callsign(icao24);
    }

    /** What the feeds should cover: watched airports and watched aircraft with their last positions. */
    public synchronized PollTargets targets() {
        refreshWatchesIfChanged();
        WatchContext context = engine.watchContext();
        List<PollTargets.Place> places = new ArrayList<>();
        for (WatchedAirportSpec w : context.watchedAirports()) {
            places.add(new PollTargets.Place(w.airport().ident(), w.airport().position(), w.radiusKm()));
        }
        List<PollTargets.Aircraft> aircraft = new ArrayList<>();
        for (WatchSpec w : context.watches()) {
            Set<String> addresses = new LinkedHashSet<>();
            if (w.icao24() != null) {
                addresses.add(Icao24.parse(w.icao24()));
            }
            // An airframe resolves to an address or a few (registers disagree); a fleet to many, which
            // only wide coverage finds: it is not polled aircraft by aircraft.
            if (w.addresses().size() <= MAX_ADDRESSES_POLLED_PER_WATCH) {
                addresses.addAll(w.addresses());
            }
            if (addresses.isEmpty() && w.callsign() != null) {
                // Only a global query can find an aircraft known by callsign alone.
                aircraft.add(new PollTargets.Aircraft(null, w.callsign(), null, 0));
            }
            for (String icao24 : addresses) {
                Fix last = engine.lastFix(icao24);
                aircraft.add(new PollTargets.Aircraft(icao24, w.callsign(), last == null ? null : last.position(),
                        last == null ? 0 : last.time()));
            }
        }
        return new PollTargets(places, aircraft);
    }

    synchronized int trackedAircraft() {
        return engine.trackedAircraft();
    }

    synchronized double dataAgeSeconds() {
        long latest = engine.latestDataTime();
        return latest == 0 ? Double.NaN : Math.max(0, Instant.now().getEpochSecond() - latest);
    }

    /** The engine takes the watch snapshot anew when anything it is made of changed (WatchService#current). */
    private void refreshWatchesIfChanged() {
        WatchContext current = watches.current();
        if (current != engine.watchContext()) {
            engine.setWatchContext(current);
        }
    }
}
