package io.divertwatch.detect;

import io.divertwatch.airport.BuiltInAirports;
import io.divertwatch.detect.engine.TrackAnalyzer;
import io.divertwatch.geo.Airport;
import io.divertwatch.geo.AirportIndex;
import io.divertwatch.geo.GeoPoint;
import io.divertwatch.geo.Geodesy;
import io.divertwatch.track.StateVector;

import java.util.List;

/** The watched route of the worked-number tests for diversion evidence: Frankfurt to Sheremetyevo. */
final class FrankfurtSheremetyevo {

    static final AirportIndex AIRPORTS = new AirportIndex(BuiltInAirports.all(), "built-in");
    static final Airport EDDF = AIRPORTS.byIdent("EDDF").orElseThrow();
    static final Airport UUEE = AIRPORTS.byIdent("UUEE").orElseThrow();
    private static final double INBOUND_FROM = Geodesy.initialBearingDeg(UUEE.position(), EDDF.position());

    private FrankfurtSheremetyevo() {
    }

    /** The point on the route {@code km} before Sheremetyevo. */
    static GeoPoint out(double km) {
        return Geodesy.destination(UUEE.lat(), UUEE.lon(), INBOUND_FROM, km);
    }

    /** The alerts for {@code track}, watched on the route. */
    static List<Detection> analyze(List<StateVector> track, String icao24) {
        return analyzeFully(track, icao24).detections();
    }

    /** The alerts for {@code track}, watched on the route, with what resolved them and the landing. */
    static TrackAnalyzer.Result analyzeFully(List<StateVector> track, String icao24) {
        WatchSpec watch = new WatchSpec(1L, icao24, null, "EDDF-UUEE", EDDF, UUEE, List.of(), 150);
        return new TrackAnalyzer(DetectionConfig.defaults(), AIRPORTS).analyze(track, watch, List.of(), List.of());
    }
}
