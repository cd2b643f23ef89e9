package io.divertwatch.detect.rule;

import io.divertwatch.detect.AlertType;
import io.divertwatch.detect.DetectionConfig;
import io.divertwatch.detect.WatchContext;
import io.divertwatch.detect.WatchSpec;
import io.divertwatch.geo.Airport;
import io.divertwatch.geo.AirportIndex;
import io.divertwatch.geo.Geodesy;
import io.divertwatch.track.Fix;
import io.divertwatch.track.Track;

/** What a rule sees for one fix of one aircraft, and where it reports what it finds. */
public final class RuleContext {

    public final DetectionConfig config;
    public final AirportIndex airports;
    public final WatchContext watches;
    public final Track track;
    public final FlightState flight;
    /** The aircraft's watch, or null for an aircraft that matters only where it is. */
    public final WatchSpec watch;
    /** The route in force for this flight, or null. */
    public final Route route;
    public final Fix fix;
    private final FindingSink sink;

    public RuleContext(DetectionConfig config, AirportIndex airports, WatchContext watches, Track track,
            FlightState flight, WatchSpec watch, Route route, Fix fix, FindingSink sink) {
        this.config = config;
        this.airports = airports;
        this.watches = watches;
        this.track = track;
        this.flight = flight;
        this.watch = watch;
        this.route = route;
        this.fix = fix;
        this.sink = sink;
    }

    FlightState flight() {
        return flight;
    }

    boolean isWatchedAircraft() {
        return watch != null;
    }

    /** Reports a finding, placed at the fix being judged unless it names another. */
    void report(Finding finding) {
        sink.report(this, finding);
    }

    /** The flight's open incident of {@code type} about {@code subject} no longer holds, for {@code reason}. */
    void clear(AlertType type, String subject, String reason) {
        sink.clear(this, type, subject, reason);
    }

    /** The aircraft's track over ground: reported when known, else derived from the previous fix. */
    double trackDeg() {
        return Double.isNaN(fix.trackDeg()) ? courseFrom(track.back(1), fix) : fix.trackDeg();
    }

    /** The track an earlier fix of this aircraft reported, else the way from the fix before it, else unknown. */
    double courseAt(Fix earlier) {
        return Double.isNaN(earlier.trackDeg()) ? courseFrom(track.atOrBefore(earlier.time() - 1), earlier)
                : earlier.trackDeg();
    }

    /** The bearing from {@code previous} to {@code fix} when they are more than 1 km apart; else unknown. */
    private static double courseFrom(Fix previous, Fix fix) {
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
        Fix earlier = track.atOrBefore(fix.time() - 60);
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
        Fix earlier = track.atOrBefore(fix.time() - 60);
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
        String callsign = track.callsign();
        String icao = track.icao24();
        return callsign == null || callsign.isBlank() ? icao : callsign.trim() + " (" + icao + ")";
    }
}
