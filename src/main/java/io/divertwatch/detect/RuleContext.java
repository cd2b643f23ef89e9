package io.divertwatch.detect;

import io.divertwatch.airport.Airport;
import io.divertwatch.airport.AirportIndex;
import io.divertwatch.geo.Geodesy;
import io.divertwatch.track.Fix;

import java.util.List;

/** What a rule sees for one fix of one aircraft, and where it reports. */
final class RuleContext {

    final DetectionConfig config;
    final AirportIndex airports;
    final WatchContext watches;
    final AircraftState state;
    final WatchSpec watch;
    final Route route;
    final Fix fix;
    private final Emitter emitter;

    interface Emitter {
        void emit(RuleContext ctx, AlertType type, Severity severity, String airport, List<Candidate> candidates,
                String summary, Boolean returnedToOrigin, AlertType relatedType, GeofenceSpec geofence, Fix at);
    }

    RuleContext(DetectionConfig config, AirportIndex airports, WatchContext watches, AircraftState state,
            WatchSpec watch, Route route, Fix fix, Emitter emitter) {
        this.config = config;
        this.airports = airports;
        this.watches = watches;
        this.state = state;
        this.watch = watch;
        this.route = route;
        this.fix = fix;
        this.emitter = emitter;
    }

    FlightState flight() {
        return state.flight;
    }

    boolean isWatchedAircraft() {
        return watch != null;
    }

    void emit(AlertType type, Severity severity, String airport, List<Candidate> candidates, String summary,
            Boolean returnedToOrigin, AlertType relatedType) {
        emitter.emit(this, type, severity, airport, candidates, summary, returnedToOrigin, relatedType, null, fix);
    }

    /** Reports an area entry, placed at the fix where the aircraft entered. */
    void emitGeofenceEntry(GeofenceSpec geofence, Severity severity, Fix enteredAt, String summary) {
        emitter.emit(this, AlertType.GEOFENCE_ENTRY, severity, null, null, summary, null, null, geofence, enteredAt);
    }

    /** The aircraft's track over ground: reported when known, else derived from the previous fix. */
    double trackDeg() {
        if (!Double.isNaN(fix.trackDeg())) {
            return fix.trackDeg();
        }
        Fix previous = state.track.back(1);
        if (previous != null && Geodesy.distanceKm(previous.lat(), previous.lon(), fix.lat(), fix.lon()) > 1.0) {
            return Geodesy.initialBearingDeg(previous.lat(), previous.lon(), fix.lat(), fix.lon());
        }
        return Double.NaN;
    }

    /**
     * Descending now. The altitude trend over the last minute or more decides when it is known, and a
     * reported climb vetoes it: derived vertical rates go wrong when a feed interleaves two aircraft,
     * and a descent that does not show in the altitude is no descent. Without a trend, the reported
     * vertical rate decides.
     */
    boolean descending() {
        double reportedRate = fix.verticalRateMps();
        if (reportedRate > 0.5) {
            // The veto, settled before reading the history (departures near a watched airport ask on every fix).
            return false;
        }
        Fix earlier = state.track.atOrBefore(fix.time() - 60);
        if (earlier != null && fix.hasAltitude() && earlier.hasAltitude() && fix.time() - earlier.time() <= 600) {
            return earlier.altitudeM() - fix.altitudeM() > 100;
        }
        return reportedRate < -1.5;
    }

    /**
     * Climbing now: a reported climb, or, without a reported rate, more than 100 m gained over the last
     * minute or more.
     */
    boolean climbing() {
        double reportedRate = fix.verticalRateMps();
        if (!Double.isNaN(reportedRate)) {
            return reportedRate > 0.5;
        }
        Fix earlier = state.track.atOrBefore(fix.time() - 60);
        return earlier != null && fix.hasAltitude() && earlier.hasAltitude() && fix.time() - earlier.time() <= 600
                && fix.altitudeM() - earlier.altitudeM() > 100;
    }

    double distanceKm(Airport airport) {
        return Geodesy.distanceKm(fix.lat(), fix.lon(), airport.lat(), airport.lon());
    }

    double bearingDeg(Airport airport) {
        return Geodesy.initialBearingDeg(fix.lat(), fix.lon(), airport.lat(), airport.lon());
    }

    /** Whether {@code courseDeg} points at the airport: the bearing to it within {@code toleranceDeg}. */
    boolean pointsAt(double courseDeg, Airport airport, double toleranceDeg) {
        return !Geodesy.courseDiffersFromBearing(fix.lat(), fix.lon(), airport.lat(), airport.lon(), courseDeg,
                toleranceDeg);
    }

    String who() {
        String callsign = state.track.callsign();
        String icao = state.track.icao24();
        return callsign == null || callsign.isBlank() ? icao : callsign.trim() + " (" + icao + ")";
    }
}
