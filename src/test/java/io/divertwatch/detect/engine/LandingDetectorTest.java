package io.divertwatch.detect.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.divertwatch.airport.BuiltInAirports;
import io.divertwatch.detect.AlertType;
import io.divertwatch.detect.Detection;
import io.divertwatch.detect.DetectionConfig;
import io.divertwatch.detect.FlightBuilder;
import io.divertwatch.detect.WatchSpec;
import io.divertwatch.geo.Airport;
import io.divertwatch.geo.AirportIndex;
import io.divertwatch.geo.GeoPoint;
import io.divertwatch.geo.Geodesy;
import io.divertwatch.track.Fix;
import io.divertwatch.track.StateVector;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Landings by loss of signal where the feed's last altitude is a glitch, as radar tracks often end. */
class LandingDetectorTest {

    private static final AirportIndex AIRPORTS = new AirportIndex(BuiltInAirports.all(), "built-in");

    private static Airport airport(String ident) {
        return AIRPORTS.byIdent(ident).orElseThrow();
    }

    private static Fix fix(long t, double lat, double lon, double altitudeM) {
        return new Fix(t, lat, lon, altitudeM, false, 75, 270, 0, null, "test");
    }

    @Test
    void anAltitudeThatJumpsFasterOrSteeperThanAnyAircraftClimbsGivesWayToTheOneBefore() {
        // 15 m over the runway; 83 s later 2,134 m, 2.9 km further: 25.5 m/s, but a 1:1.4 gradient.
        List<Fix> labelledEnd = List.of(fix(0, 51.4650, -0.4238, 15.2), fix(83, 51.4657, -0.4683, 2133.6),
                fix(134, 51.4682, -0.4686, 2133.6), fix(356, 51.4739, -0.4660, 2133.6));
        assertThat(LandingDetector.endAltitudeM(labelledEnd, 356)).isEqualTo(15.2);
        // 122 m, then 11,582 m 44 s later: 260 m/s.
        assertThat(LandingDetector.endAltitudeM(List.of(fix(0, 37.60, -122.33, 121.9),
                fix(44, 37.62, -122.37, 11_582.4)), 44)).isEqualTo(121.9);
        // A go-around: 60 m to 950 m in 90 s over 7 km, 10 m/s at 1:7.6, is flown.
        assertThat(LandingDetector.endAltitudeM(List.of(fix(0, 50, 10, 60), fix(90, 50, 10.098, 950)), 90))
                .isEqualTo(950);
        // No altitude in the last five minutes: unknown.
        assertThat(LandingDetector.endAltitudeM(List.of(fix(0, 50, 10, 300)), 301)).isNaN();
    }

    @Test
    void aDiversionWhoseRadarTrackEndsWithAnAltitudeGlitchStillLandsWhereItDid() {
        // Filed Beijing to Pudong, ends low over Hongqiao (no ground fixes, as US radar tracks); then one
        // more fix over the runway reporting 11,000 m.
        Airport zsss = airport("ZSSS");
        List<StateVector> track = new ArrayList<>(new FlightBuilder("ab0101", airport("ZBAA"))
                .endingInTheAirAt(zsss.position(), zsss.elevationOrZeroM() + 60).build());
        StateVector last = track.get(track.size() - 1);
        GeoPoint beyond = Geodesy.destination(last.lat(), last.lon(), last.trueTrackDeg(), 2);
        track.add(new StateVector(last.icao24(), last.callsign(), null, last.time() + 30, last.time() + 30,
                beyond.lat(), beyond.lon(), 11_000, false, 70, last.trueTrackDeg(), 0, Double.NaN, null, "test"));

        TrackAnalyzer.Result result = new TrackAnalyzer(DetectionConfig.defaults(), AIRPORTS).analyze(track,
                new WatchSpec(1L, "ab0101", null, "x", airport("ZBAA"), airport("ZSPD"), List.of(), 150), List.of(),
                List.of());

        assertThat(result.landing().airport().ident()).isEqualTo("ZSSS");
        assertThat(result.detections()).filteredOn(d -> d.type() == AlertType.DIVERTED)
                .extracting(Detection::airport).containsExactly("ZSSS");
    }
}
