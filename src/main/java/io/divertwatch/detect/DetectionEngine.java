package io.divertwatch.detect;

import io.divertwatch.airport.Airport;
import io.divertwatch.airport.AirportIndex;
import io.divertwatch.geo.GeoPoint;
import io.divertwatch.geo.Geodesy;
import io.divertwatch.source.StateVector;
import io.divertwatch.track.Fix;
import io.divertwatch.track.FixLog;
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
    private static final double JUMP_KM = 50;
    /**
     * Silence is judged in minutes, so the sweep over every tracked aircraft runs at most this often
     * (data time) rather than on every poll: with global traffic it is the costliest step of a cycle.
     */
    private static final long SWEEP_INTERVAL_SECONDS = 30;
    /**
     * A landing roll that slows below this (58 kt) is a full stop; an airliner's touch-and-go stays
     * above it, at the speed it lifts off again.
     */
    private static final double TAXI_MPS = 30;
    /** A touch-and-go is off again within seconds; a full stop and a new take-off take minutes of taxiing. */
    private static final long TOUCH_AND_GO_SECONDS = 120;

    private final DetectionConfig config;
    /** Gaps this long need the fix before them (flight segmentation, undeclared stops). */
    private final long longGapSeconds;
    private final LandingDetector landings;
    private final List<Rule> rules = List.of(new EmergencySquawkRule(), new WatchedAirportApproachRule(),
            new GeofenceEntryRule(), new RouteDeviationRule(), new DiversionSuspectedRule(), new DivertedRule(),
            new WatchedAirportLandingRule());
    /**
     * States whose aircraft {@link #acceptAll} looks up ahead of the work on them: enough for their
     * cache misses to overlap, few enough that what they bring in is still cached when the work comes.
     */
    private static final int LOOKAHEAD = 64;

    private final AircraftTable aircraft = new AircraftTable();
    /** History of the aircraft whose tracks nobody reads, shared so that appending writes memory in sequence. */
    private final FixLog log;
    private AirportIndex airports;
    private WatchContext watches = WatchContext.EMPTY;
    private RelevantFixListener relevantFixes = RelevantFixListener.NONE;
    private long latestDataTime;
    private long lastSweep = Long.MIN_VALUE;
    /** What the look-ahead read, kept only so that the compiler cannot drop the reads. */
    private long lookaheadReads;

    public DetectionEngine(DetectionConfig config, AirportIndex airports) {
        this.config = config;
        this.longGapSeconds = Math.min(config.flightGapSeconds(), config.undeclaredStopSlackSeconds());
        this.airports = airports;
        this.landings = new LandingDetector(config);
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
        WatchSpec watch = state.watch(watches);
        Route route = state.route(watch);
        boolean relevant = watch != null || watches.concernsEveryAircraftAt(fix.lat(), fix.lon());

        // Captured before segmentation: a long gap with a jump starts a new flight.
        FlightState before = state.flight;
        boolean hiddenStopPossible = before != null && before.airborne && before.leftOriginArea;
        Landing landing = advanceFlight(state, previousTime, beforeGap, fix, route);
        if (state.track.contestedSince() == fix.time()) {
            state.flight.pathContested = true;
        } else if (state.track.restoredAt() == fix.time()) {
            state.flight.pathRestored();
        }
        if (!relevant && landing == null) {
            return List.of();
        }
        List<Detection> out = new ArrayList<>(0);
        relevantFixes.relevantFix(icao24, state.track.callsign(), fix);
        RuleContext ctx = new RuleContext(config, airports, watches, state, watch, route, fix, into(out));
        if (landing != null) {
            land(ctx, landing);
            return out;
        }
        if (hiddenStopPossible && beforeGap != null
                && fix.time() - beforeGap.time() >= config.undeclaredStopSlackSeconds()) {
            UndeclaredStopRule.onReappearance(ctx, beforeGap);
        }
        for (Rule rule : rules) {
            rule.onFix(ctx);
        }
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
        if (state.signalLossChecked || state.flight == null || !state.flight.airborne) {
            return List.of();
        }
        state.signalLossChecked = true;
        WatchSpec watch = state.watch(watches);
        Route route = state.route(watch);
        Landing landing = landings.onSignalLoss(state, route, watches, airports);
        List<Detection> out = new ArrayList<>(0);
        RuleContext ctx = new RuleContext(config, airports, watches, state, watch, route, state.track.last(),
                into(out));
        if (landing != null) {
            land(ctx, landing);
        } else {
            SignalLostRule.onSilence(ctx);
        }
        return out;
    }

    /** Flight segmentation: take-offs, landings by ground fix, long gaps with a jump. */
    private Landing advanceFlight(AircraftState state, long previousTime, Fix beforeGap, Fix fix, Route route) {
        FlightState flight = state.flight;
        boolean airborneEvidence = isAirborne(fix);
        if (flight == null || previousTime == Long.MIN_VALUE || isNewFlightAfterGap(beforeGap, fix)) {
            // Without a ground flag, altitude or speed, a first fix may be a parked aircraft: not airborne.
            state.flight = new FlightState(fix.time(), fix.position(), airborneEvidence,
                    route != null ? route.origin() : null);
            flight = state.flight;
        } else if (!flight.airborne && airborneEvidence) {
            Airport departedFrom = state.lastGroundFix == null ? null
                    : airports.nearestAny(state.lastGroundFix.lat(), state.lastGroundFix.lon(),
                            config.landingGroundRadiusKm());
            if (flight.landing == null) {
                // Taxi-out then take-off: still the same flight, now airborne.
                flight.airborne = true;
                flight.airborneSince = fix.time();
                if (departedFrom != null) {
                    flight.departure = departedFrom;
                }
            } else if (state.touchdown != null && fix.time() - flight.landing.time() <= TOUCH_AND_GO_SECONDS) {
                // Airborne again without having slowed to taxiing: the same flight goes on.
                AircraftState.Touchdown before = state.touchdown;
                flight.airborne = true;
                flight.landing = null;
                state.routeComplete = before.routeComplete();
                state.routeOriginOverride = before.routeOriginOverride();
                state.lastLanding = before.lastLanding();
                state.touchdown = null;
            } else {
                state.flight = new FlightState(fix.time(), fix.position(), true,
                        departedFrom != null ? departedFrom : flight.landing.airport());
                flight = state.flight;
            }
        }
        if (fix.isOnGround()) {
            state.lastGroundFix = fix;
            if (taxiing(fix)) {
                state.touchdown = null;
            }
        }
        if (fix.hasAltitude() && !fix.isOnGround()) {
            flight.maxAltitudeM = Double.isNaN(flight.maxAltitudeM) ? fix.altitudeM()
                    : Math.max(flight.maxAltitudeM, fix.altitudeM());
        }
        if (!flight.leftOriginArea) {
            GeoPoint reference = flight.departure != null ? flight.departure.position() : flight.firstPosition;
            flight.leftOriginArea = Geodesy.distanceKm(reference.lat(), reference.lon(), fix.lat(), fix.lon())
                    > config.originAreaKm();
        }
        if (flight.airborne && fix.isOnGround()) {
            return landings.onGround(state, fix, route, watches, airports);
        }
        return null;
    }

    /** Slowed on the ground to taxiing: a landing roll that came to a full stop. */
    private static boolean taxiing(Fix fix) {
        return fix.groundSpeedMps() < TAXI_MPS;
    }

    private static boolean isAirborne(Fix fix) {
        if (fix.onGround() != null) {
            return !fix.onGround();
        }
        return !Double.isNaN(fix.groundSpeedMps()) && fix.groundSpeedMps() > 60;
    }

    private boolean isNewFlightAfterGap(Fix beforeGap, Fix fix) {
        return beforeGap != null && fix.time() - beforeGap.time() > config.flightGapSeconds()
                && Geodesy.distanceKm(beforeGap.lat(), beforeGap.lon(), fix.lat(), fix.lon()) > JUMP_KM;
    }

    private void land(RuleContext ctx, Landing landing) {
        FlightState flight = ctx.state.flight;
        ctx.state.touchdown = landing.bySignalLoss() || taxiing(landing.fix()) ? null
                : new AircraftState.Touchdown(ctx.state.routeComplete, ctx.state.routeOriginOverride,
                        ctx.state.lastLanding);
        flight.landing = landing;
        flight.airborne = false;
        ctx.state.lastLanding = landing;
        for (Rule rule : rules) {
            rule.onLanding(ctx, landing);
        }
        if (ctx.route != null && landing.airport() != null && !flight.pathContested) {
            if (landing.airport().ident().equals(ctx.route.destination().ident())) {
                ctx.state.routeComplete = true;
            } else {
                ctx.state.routeOriginOverride = landing.airport();
            }
        }
    }

    private RuleContext.Emitter into(List<Detection> out) {
        return (ctx, type, severity, airport, candidates, summary, returned, related, geofence, at) -> {
            Detection d = detection(ctx, type, severity, airport, candidates, summary, returned, related, geofence, at);
            if (d != null) {
                out.add(d);
            }
        };
    }

    private Detection detection(RuleContext ctx, AlertType type, Severity severity, String airport,
            List<Candidate> candidates, String summary, Boolean returnedToOrigin, AlertType relatedType,
            GeofenceSpec geofence, Fix at) {
        FlightState flight = ctx.state.flight;
        String icao24 = ctx.state.track.icao24();
        String subject = subject(type, airport, geofence);
        if (!flight.markFired(type, subject)) {
            return null;
        }
        String key = incidentKey(icao24, flight, type, subject);
        String related = null;
        if (relatedType != null) {
            related = flight.hasFired(relatedType, airport) ? incidentKey(icao24, flight, relatedType, airport)
                    : flight.hasFired(relatedType, null) ? incidentKey(icao24, flight, relatedType, null) : null;
        }
        Route route = ctx.route;
        return new Detection(key, type, severity, at.time(), icao24, ctx.state.track.callsign(),
                ctx.watch == null ? null : ctx.watch.id(), airport, candidates == null ? List.of() : candidates,
                route == null || route.origin() == null ? null : route.origin().ident(),
                route == null ? null : route.destination().ident(), at, summary,
                ctx.state.track.lastN(config.evidenceFixes()), related, returnedToOrigin, geofence);
    }

    /** What an incident of {@code type} is about: one suspicion per flight, whichever airport ranks first. */
    private static String subject(AlertType type, String airport, GeofenceSpec geofence) {
        return type == AlertType.DIVERSION_SUSPECTED ? null : geofence != null ? "geofence:" + geofence.id() : airport;
    }

    private static String incidentKey(String icao24, FlightState flight, AlertType type, String airport) {
        return icao24 + "|" + flight.id + "|" + type + "|" + (airport == null ? "" : airport);
    }
}
