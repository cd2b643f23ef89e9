package io.divertwatch.detect;

import static org.assertj.core.api.Assertions.assertThat;

import io.divertwatch.airport.BuiltInAirports;
import io.divertwatch.detect.engine.TrackAnalyzer;
import io.divertwatch.geo.Airport;
import io.divertwatch.geo.AirportIndex;
import io.divertwatch.geo.GeoPoint;
import io.divertwatch.geo.Geodesy;
import io.divertwatch.track.StateVector;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * DIVERSION_SUSPECTED from descending toward another airport, with worked numbers. Vladivostok to
 * Incheon (elevation 7 m); 175 km from Incheon, on a bearing of 35° from it, the aircraft heads 288°,
 * straight for Pyongyang Sunan 176 km away, while Incheon lies 72° to its left. A 3° path to Incheon
 * is 175 × 52 ≈ 9,100 m high there: above it, the descent may be for Incheon (the arrival routing
 * pointing it elsewhere for a while); below it, it is evidence.
 */
class DescendingTowardAnotherAirportTest {

    private static final AirportIndex AIRPORTS = new AirportIndex(BuiltInAirports.all(), "built-in");
    private static final Airport UHWW = AIRPORTS.byIdent("UHWW").orElseThrow();
    private static final Airport RKSI = AIRPORTS.byIdent("RKSI").orElseThrow();
    private static final GeoPoint TURN = Geodesy.destination(RKSI.lat(), RKSI.lon(), 35, 175);
    private static final double TOWARD_SUNAN = 288;

    /**
     * Cruise to 60 km before the turn point on the 288° line, descend along it to {@code atTurnM} at
     * the point and to {@code bottomM} 40 km past it (about 163 km from Incheon), then land at Incheon.
     */
    private static List<Detection> flyDescendingTowardSunan(double atTurnM, double bottomM) {
        GeoPoint lineStart = Geodesy.destination(TURN.lat(), TURN.lon(), TOWARD_SUNAN + 180, 60);
        GeoPoint lineEnd = Geodesy.destination(TURN.lat(), TURN.lon(), TOWARD_SUNAN, 40);
        List<StateVector> track = new TrackScript("e00002", UHWW, 1_700_000_000L, 10).ground(3)
                .flyTo(lineStart, 11_000, 230).flyTo(TURN, atTurnM, 220).flyTo(lineEnd, bottomM, 210)
                .flyTo(RKSI, 0, 150).ground(3).states();
        WatchSpec watch = new WatchSpec(1L, "e00002", null, "arrival routing", UHWW, RKSI, List.of(), 150);
        return new TrackAnalyzer(DetectionConfig.defaults(), AIRPORTS).analyze(track, watch, List.of(), List.of())
                .detections();
    }

    @Test
    void theGeometryIsAsDescribed() {
        double towardIncheon = Geodesy.initialBearingDeg(TURN, RKSI.position());
        Airport zkpy = AIRPORTS.byIdent("ZKPY").orElseThrow();
        assertThat(Geodesy.headingDifferenceDeg(TOWARD_SUNAN, towardIncheon)).isBetween(70.0, 74.0);
        assertThat(Geodesy.headingDifferenceDeg(TOWARD_SUNAN, Geodesy.initialBearingDeg(TURN, zkpy.position())))
                .isLessThan(2.0);
        assertThat(Geodesy.distanceKm(TURN, zkpy.position())).isBetween(170.0, 180.0);
    }

    @Test
    void descendingTowardIt_aboveTheArrivalPathToTheDestination_isNoEvidence() {
        // 9,800 m at the turn and 9,400 m 40 km on (≈ 163 km out, where the 3° path is ≈ 8,500 m).
        List<Detection> detections = flyDescendingTowardSunan(9_800, 9_400);

        assertThat(detections).extracting(Detection::type)
                .doesNotContain(AlertType.DIVERSION_SUSPECTED, AlertType.DIVERTED);
    }

    @Test
    void descendingTowardIt_belowTheArrivalPath_isSuspected() {
        // 8,000 m at the turn and 7,000 m 40 km on: below the 3° path, and not low enough for the
        // early-descent (6,000 m) or low-descent (4,000 m) evidence.
        List<Detection> detections = flyDescendingTowardSunan(8_000, 7_000);

        Detection suspected = detections.stream().filter(d -> d.type() == AlertType.DIVERSION_SUSPECTED)
                .findFirst().orElseThrow();
        assertThat(suspected.summary()).contains("descending on 288°", "away from its destination");
        double toIncheon = Geodesy.distanceKm(suspected.position().lat(), suspected.position().lon(), RKSI.lat(),
                RKSI.lon());
        assertThat(suspected.position().altitudeM()).as("below the 3° path").isLessThan(toIncheon * 52)
                .isGreaterThan(7_000);
    }
}
