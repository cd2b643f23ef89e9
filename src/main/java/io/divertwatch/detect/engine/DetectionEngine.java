package io.divertwatch.detect.engine;

import io.divertwatch.detect.AlertType;
import io.divertwatch.detect.Clearance;
import io.divertwatch.detect.Detection;
import io.divertwatch.detect.DetectionConfig;
import io.divertwatch.detect.Landing;
import io.divertwatch.detect.RelevantFixListener;
import io.divertwatch.detect.WatchContext;
import io.divertwatch.detect.WatchSpec;
import io.divertwatch.detect.rule.FlightState;
import io.divertwatch.detect.rule.Route;
import io.divertwatch.detect.rule.RuleContext;
import io.divertwatch.detect.rule.Rules;
import io.divertwatch.geo.AirportIndex;
import io.divertwatch.track.Fix;
import io.divertwatch.track.FixLog;
import io.divertwatch.track.StateVector;
import io.divertwatch.track.Track;

import java.util.ArrayList;
import java.util.List;

/**
 * The detection engine: takes state vectors, keeps per-aircraft tracks and flights, runs the rules
 * and returns detections. Plain Java and driven only by data timestamps, so live polling, replays
 * and the analysis endpoint give identical results for identical data.
 * <p>
 * Every aircraft is tracked (a watch may be added mid-flight), but rules run only for aircraft that
 * matter: watched ones, and those inside a watched airport's radius or a geofence that concerns every
 * aircraft. Not thread-safe: the caller serialises access (the poller owns the live engine; analyses
 * build their own).
 */
public final class DetectionEngine {

    /** Drop aircraft silent for this long (data time): they have landed or left coverage. */
    private static final long EVICT_AFTER_SECONDS = 3 * 3600;
    /** Watched aircraft are remembered longer: their reappearance may reveal an undeclared stop. */
    private static final long EVICT_WATCHED_AFTER_SECONDS = 24 * 3600;
    /**
     * Silence is judged in minutes, so the sweep over every tracked aircraft runs at most this often
     * (data time) rather than on every poll: with global traffic it is the costliest step of a cycle.
     */
    private static final long SWEEP_INTERVAL_SECONDS = 30;
    /**
     * States whose aircraft {@link #acceptAll} looks up ahead of the work on them: enough for their
     * cache misses to overlap, few enough that what they bring in is still cached when the work comes.
     */
    private static final int LOOKAHEAD = 64;

    private final DetectionConfig config;
    /** Gaps this long need the fix before them (flight segmentation, undeclared stops). */
    private final long longGapSeconds;
    private final FlightSegmenter segmenter;
    private final IncidentRecorder incidents;
    private final Rules rules = new Rules();

    private final AircraftTable aircraft = new AircraftTable();
    /** History of the aircraft whose tracks nobody reads, shared so that appending writes memory in sequence. */
    private final FixLog log;
    private AirportIndex airports;
    private WatchContext watches = WatchContext.EMPTY;
    private RelevantFixListener relevantFixes = RelevantFixListener.NONE;
    private long latestDataTime;
    private long lastSweep = Long.MIN_VALUE;
    /** Open incidents resolved since {@link #drainClearances} was last called. */
    private List<Clearance> clearances = new ArrayList<>(0);
    /** What the look-ahead read, kept only so that the compiler cannot drop the reads. */
    private long lookaheadReads;

    public DetectionEngine(DetectionConfig config, AirportIndex airports) {
        this.config = config;
        this.longGapSeconds = Math.min(config.flightGapSeconds(), config.undeclaredStopSlackSeconds());
        this.airports = airports;
        this.segmenter = new FlightSegmenter(config);
        this.incidents = new IncidentRecorder(config.evidenceFixes());
        this.log = new FixLog(config.trackLimits());
    }

    public void setWatchContext(WatchContext watches) {
        this.watches = watches;
    }

    public void setRelevantFixListener(RelevantFixListener listener) {
        this.relevantFixes = listener == null ? RelevantFixListener.NONE : listener;
    }

    public WatchContext watchContext() {
        return watches;
    }

    public void setAirports(AirportIndex airports) {
        this.airports = airports;
    }

    public int trackedAircraft() {
        return aircraft.size();
    }

    public long latestDataTime() {
        return latestDataTime;
    }

    /** Recent trusted fixes of one aircraft, oldest first; empty when unknown. */
    public List<Fix> track(String icao24) {
        AircraftState state = aircraft.get(icao24);
        return state == null ? List.of() : state.track.since(Long.MIN_VALUE);
    }

    public String callsign(String icao24) {
        AircraftState state = aircraft.get(icao24);
        return state == null ? null : state.track.callsign();
    }

    /** Latest known position and its data time of each aircraft in the list that is tracked. */
    public Fix lastFix(String icao24) {
        AircraftState state = aircraft.get(icao24);
        return state == null ? null : state.track.last();
    }

    public Landing lastLanding(String icao24) {
        AircraftState state = aircraft.get(icao24);
        return state == null ? null : state.lastLanding;
    }

    /**
     * The open incidents whose evidence has gone since the last call, in data-time order within each
     * aircraft: what the alerts they raised should now say as resolved.
     */
    public List<Clearance> drainClearances() {
        if (clearances.isEmpty()) {
            return List.of();
        }
        List<Clearance> drained = clearances;
        clearances = new ArrayList<>(0);
        return drained;
    }

    /** Feeds one state vector; returns what it triggered (usually nothing). */
    public List<Detection> accept(StateVector sv) {
        return usable(sv) ? accept(sv, stateOf(sv)) : List.of();
    }

    /**
     * Feeds one poll's state vectors in order; returns what they triggered, as {@link #accept} on each
     * in turn would. With global traffic most of the time per state goes to cache misses on the
     * state's and its aircraft's objects, one after the other. So the aircraft of the next few dozen
     * states are looked up and their first fields read in a tight loop before any work on them:
     * the processor then waits for many of those misses at once.
     */
    public List<Detection> acceptAll(List<StateVector> states) {
        List<Detection> out = new ArrayList<>(0);
        AircraftState[] ahead = new AircraftState[LOOKAHEAD];
        long read = 0;
        for (int from = 0; from < states.size(); from += LOOKAHEAD) {
            int to = Math.min(from + LOOKAHEAD, states.size());
            for (int i = from; i < to; i++) {
                StateVector sv = states.get(i);
                AircraftState state = usable(sv) ? stateOf(sv) : null;
                ahead[i - from] = state;
                if (state != null) {
                    read += state.touch();
                }
            }
            for (int i = from; i < to; i++) {
                if (ahead[i - from] != null) {
                    List<Detection> detections = accept(states.get(i), ahead[i - from]);
                    if (!detections.isEmpty()) {
                        out.addAll(detections);
                    }
                }
            }
        }
        lookaheadReads += read;
        return out;
    }

    private static boolean usable(StateVector sv) {
        return sv.icao24() != null && sv.hasPosition();
    }

    private AircraftState stateOf(StateVector sv) {
        return aircraft.getOrCreate(sv.address(), sv.icao24(), k -> new AircraftState(k, config.trackLimits(), log));
    }

    private List<Detection> accept(StateVector sv, AircraftState state) {
        String icao24 = sv.icao24();
        Fix fix = Fix.of(sv);
        long previousTime = state.track.lastTime();
        // The fix before a long gap is needed after the track has dropped it; short gaps (nearly all)
        // need only its time.
        Fix beforeGap = previousTime != Long.MIN_VALUE && fix.time() - previousTime >= longGapSeconds
                ? state.track.last() : null;
        Track.Acceptance acceptance = state.track.offer(fix, sv.callsign(), sv.callsignKey());
        if (acceptance != Track.Acceptance.ACCEPTED) {
            if (acceptance == Track.Acceptance.IMPLAUSIBLE_JUMP || acceptance == Track.Acceptance.FROZEN_POSITION) {
                // Spoofed, jammed or another aircraft's, but sent now: this address has not gone silent.
                aircraft.fixed(state, fix.time());
            }
            return List.of();
        }
        latestDataTime = Math.max(latestDataTime, fix.time());
        aircraft.fixed(state, fix.time());
        state.signalLossChecked = false;
        if (state.signalLostKey != null) {
            heardAgain(state, fix, previousTime);
        }
        WatchSpec watch = state.watch(watches);
        Route route = state.route(watch);
        boolean relevant = watch != null || watches.concernsEveryAircraftAt(fix.lat(), fix.lon());

        // Captured before segmentation: a long gap with a jump starts a new flight.
        FlightState before = state.flight;
        boolean hiddenStopPossible = before != null && before.isAirborne() && before.hasLeftOriginArea();
        Landing landing = segmenter.advance(state, previousTime, beforeGap, fix, route, watches, airports);
        if (state.track.contestedSince() == fix.time()) {
            state.flight.pathContested();
        } else if (state.track.restoredAt() == fix.time()) {
            state.flight.pathRestored();
        }
        if (!relevant && landing == null) {
            return List.of();
        }
        List<Detection> out = new ArrayList<>(0);
        relevantFixes.relevantFix(icao24, state.track.callsign(), fix);
        RuleContext ctx = context(state, watch, route, fix, out);
        if (landing != null) {
            land(ctx, state, landing);
            return out;
        }
        if (hiddenStopPossible && beforeGap != null
                && fix.time() - beforeGap.time() >= config.undeclaredStopSlackSeconds()) {
            rules.onReappearance(ctx, beforeGap);
        }
        rules.onFix(ctx);
        return out;
    }

    /**
     * Moves data time forward to {@code dataTime}: aircraft silent for longer than the signal-loss
     * time are checked for a landing by loss of signal; long-silent ones are forgotten.
     */
    public List<Detection> advanceTo(long dataTime) {
        latestDataTime = Math.max(latestDataTime, dataTime);
        if (lastSweep != Long.MIN_VALUE && dataTime - lastSweep < SWEEP_INTERVAL_SECONDS) {
            return List.of();
        }
        lastSweep = dataTime;
        List<Detection> out = new ArrayList<>(0);
        // Only aircraft silent this long have anything to be checked or forgotten for.
        aircraft.removeIf(dataTime - Math.min(config.signalLossSeconds(), EVICT_AFTER_SECONDS), state -> {
            long last = state.lastFixTime;
            long silent = last == Long.MIN_VALUE ? Long.MAX_VALUE : dataTime - last;
            if (silent > EVICT_AFTER_SECONDS && (silent > EVICT_WATCHED_AFTER_SECONDS
                    || state.watch(watches) == null)) {
                return true;
            }
            if (silent >= config.signalLossSeconds()) {
                out.addAll(checkSignalLoss(state));
            }
            return false;
        });
        return out;
    }

    /** End of data (an analysed file): every airborne aircraft is checked as if it had gone silent. */
    public List<Detection> finish() {
        List<Detection> out = new ArrayList<>(0);
        for (AircraftState state : aircraft.all()) {
            out.addAll(checkSignalLoss(state));
        }
        return out;
    }

    private List<Detection> checkSignalLoss(AircraftState state) {
        if (state.signalLossChecked || state.flight == null || !state.flight.isAirborne()) {
            return List.of();
        }
        state.signalLossChecked = true;
        WatchSpec watch = state.watch(watches);
        Route route = state.route(watch);
        Landing landing = segmenter.onSilence(state, route, watches, airports);
        List<Detection> out = new ArrayList<>(0);
        RuleContext ctx = context(state, watch, route, state.track.last(), out);
        if (landing != null) {
            land(ctx, state, landing);
        } else {
            rules.onSilence(ctx);
        }
        for (Detection d : out) {
            if (d.type() == AlertType.SIGNAL_LOST) {
                state.signalLostKey = d.key();
            }
        }
        return out;
    }

    /** A lost signal is found again: the aircraft did not vanish there, whatever it did meanwhile. */
    private void heardAgain(AircraftState state, Fix fix, long previousTime) {
        long minutes = previousTime == Long.MIN_VALUE ? 0 : (fix.time() - previousTime) / 60;
        clearances.add(new Clearance(state.signalLostKey, AlertType.SIGNAL_LOST, fix.time(), state.track.icao24(), fix,
                "heard again after " + minutes + " min"));
        state.signalLostKey = null;
    }

    private RuleContext context(AircraftState state, WatchSpec watch, Route route, Fix fix, List<Detection> out) {
        return new RuleContext(config, airports, watches, state.track, state.flight, watch, route, fix,
                incidents.into(out, clearances));
    }

    private void land(RuleContext ctx, AircraftState state, Landing landing) {
        segmenter.touchDown(state, landing);
        rules.onLanding(ctx, landing);
        segmenter.completeRoute(state, ctx.route, landing);
    }
}
