package io.divertwatch.detect.engine;

import io.divertwatch.detect.Landing;
import io.divertwatch.detect.WatchContext;
import io.divertwatch.detect.WatchSpec;
import io.divertwatch.detect.rule.FlightState;
import io.divertwatch.detect.rule.Route;
import io.divertwatch.geo.Airport;
import io.divertwatch.track.Fix;
import io.divertwatch.track.FixLog;
import io.divertwatch.track.Track;
import io.divertwatch.track.TrackLimits;

/** Everything the engine keeps about one aircraft: its track, its current flight, its route progress. */
final class AircraftState {

    final Track track;
    FlightState flight;
    /** The newest fix that was on the ground, to tell where a take-off came from. */
    Fix lastGroundFix;
    /** The watch whose route progress is tracked below; a changed watch resets it. */
    WatchSpec routeWatch;
    /** After a diversion the trip continues from the diversion airport. */
    Airport routeOriginOverride;
    /** Landed at the route's destination: the route no longer applies to later flights. */
    boolean routeComplete;
    boolean signalLossChecked;
    /** The incident key of a {@code SIGNAL_LOST} not yet cleared by hearing the aircraft again; else null. */
    String signalLostKey;
    /**
     * Data time of the newest fix sent, trusted or refused as a jump (kept in the table too: {@link
     * AircraftTable#fixed}): silence, not the track's newest fix, is what a signal loss is judged by.
     */
    long lastFixTime = Long.MIN_VALUE;
    /** Where the {@link AircraftTable} keeps this aircraft; -1 when it keeps it by name. */
    int tablePosition = -1;
    /** Whether {@link #routeWatch} has a route, kept here so that a fix need not read the watch. */
    private boolean routeWatchHasRoute;
    /** The route last built for {@link #routeWatch}, and the override it was built with. */
    private Route route;
    private Airport routeBuiltWithOverride;
    /** The newest landing of any flight, kept while the aircraft is tracked. */
    Landing lastLanding;
    /**
     * What the newest landing changed, kept until the aircraft slows on the ground to taxiing: airborne
     * again before that, it was a touch-and-go (or a balked landing, or a ground flag on a go-around),
     * and the flight goes on. Null when no landing is pending.
     */
    Touchdown touchdown;
    /** The watch found for this aircraft, and in which watch snapshot under which callsign. */
    private WatchSpec matched;
    private WatchContext matchedIn;
    private String matchedCallsign;

    AircraftState(String icao24, TrackLimits limits, FixLog log) {
        this.track = new Track(icao24, limits, log);
    }

    /** Reads the fields a new fix reads first (see {@link DetectionEngine#acceptAll}); the value means nothing. */
    long touch() {
        return track.touch() + lastFixTime + (flight == null ? 0 : flight.airborneSince());
    }

    /**
     * The aircraft's watch in {@code watches}, or null. Looked up again only when the snapshot or the
     * callsign changed: asked on every fix, and a hash lookup by address costs cache misses.
     */
    WatchSpec watch(WatchContext watches) {
        String callsign = track.callsign();
        if (watches != matchedIn || callsign != matchedCallsign) {
            matched = watches.match(track.icao24(), callsign);
            matchedIn = watches;
            matchedCallsign = callsign;
        }
        return matched;
    }

    /** The route progress and the landing from before a landing that may yet be a touch-and-go. */
    record Touchdown(boolean routeComplete, Airport routeOriginOverride, Landing lastLanding) {
    }

    /**
     * The route in force for the current flight, given the aircraft's watch, or null. Watches are
     * immutable, so the route built for one stands until the watch or the origin override changes:
     * asked on every fix, it then reads nothing of the watch (one cache miss fewer).
     */
    Route route(WatchSpec watch) {
        if (watch != routeWatch) {
            routeWatch = watch;
            routeWatchHasRoute = watch != null && watch.hasRoute();
            routeOriginOverride = null;
            routeComplete = false;
            route = null;
        }
        if (!routeWatchHasRoute || routeComplete) {
            return null;
        }
        if (route == null || routeOriginOverride != routeBuiltWithOverride) {
            Airport origin = routeOriginOverride != null ? routeOriginOverride : watch.origin();
            route = new Route(origin, watch.destination(), watch.via(), watch.corridorKm());
            routeBuiltWithOverride = routeOriginOverride;
        }
        return route;
    }
}
