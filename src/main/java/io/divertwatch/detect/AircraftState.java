package io.divertwatch.detect;

import io.divertwatch.airport.Airport;
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
    /** The route last built for {@link #routeWatch}; rebuilt only when its inputs change. */
    private Route route;
    private Airport routeBuiltFrom;
    /** The newest landing of any flight, kept while the aircraft is tracked. */
    Landing lastLanding;

    AircraftState(String icao24, TrackLimits limits, FixLog log) {
        this.track = new Track(icao24, limits, log);
    }

    /** The route in force for the current flight, given the aircraft's watch, or null. */
    Route route(WatchSpec watch) {
        if (watch != routeWatch) {
            routeWatch = watch;
            routeOriginOverride = null;
            routeComplete = false;
            route = null;
        }
        if (watch == null || !watch.hasRoute() || routeComplete) {
            return null;
        }
        Airport origin = routeOriginOverride != null ? routeOriginOverride : watch.origin();
        if (route == null || origin != routeBuiltFrom) {
            route = new Route(origin, watch.destination(), watch.via(), watch.corridorKm());
            routeBuiltFrom = origin;
        }
        return route;
    }
}
