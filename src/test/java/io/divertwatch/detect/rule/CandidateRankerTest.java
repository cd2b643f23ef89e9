package io.divertwatch.detect.rule;

import static org.assertj.core.api.Assertions.assertThat;

import io.divertwatch.detect.Candidate;
import io.divertwatch.detect.DetectionConfig;
import io.divertwatch.detect.WatchContext;
import io.divertwatch.detect.WatchedAirportSpec;
import io.divertwatch.geo.Airport;
import io.divertwatch.geo.AirportIndex;
import io.divertwatch.geo.AirportType;
import io.divertwatch.geo.GeoPoint;
import io.divertwatch.geo.Geodesy;
import io.divertwatch.track.Fix;
import io.divertwatch.track.Track;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Worked rankings for an aircraft over central Germany (50° N, 10° E) at 10,000 m, level, tracking
 * 090°. A 3° descent from there ends about 190 km out, so every airport below sits 190 km away and
 * differs only in its bearing, its size or being watched.
 */
class CandidateRankerTest {

    private static final double LAT = 50;
    private static final double LON = 10;

    private static Airport airport(String ident, AirportType type, double bearingDeg) {
        GeoPoint at = Geodesy.destination(LAT, LON, bearingDeg, 190);
        return new Airport(ident, type, ident, at.lat(), at.lon(), 0, "DE", null);
    }

    private static List<String> rank(List<Airport> airports, List<WatchedAirportSpec> watched) {
        DetectionConfig config = DetectionConfig.defaults();
        Track track = new Track("3c0001", config.trackLimits());
        Fix fix = new Fix(1_700_000_000L, LAT, LON, 10_000, false, 230, 90, 0, null, "test");
        RuleContext ctx = new RuleContext(config, new AirportIndex(airports, "test"),
                new WatchContext(List.of(), watched, List.of()), track, null, null, null, fix, null);
        return CandidateRanker.rank(ctx).stream().map(Candidate::icao).toList();
    }

    @Test
    void aLargeAirportTenDegreesOffTheCourseOutranksAMediumFieldRightOnIt() {
        // Medium on course: 0.4 × 1 + 0.25 × 0.69 = 0.57; large 10° off: 0.4 × 0.89 + 0.17 + 0.15 = 0.68.
        List<String> ranked = rank(List.of(airport("MDUM", AirportType.MEDIUM_AIRPORT, 90),
                airport("LRGE", AirportType.LARGE_AIRPORT, 100)), List.of());

        assertThat(ranked).containsExactly("LRGE", "MDUM");
    }

    @Test
    void aLargeAirportWellOffTheCourseDoesNot() {
        // Large 60° off: 0.4 × 0.33 + 0.17 + 0.15 = 0.46, below the medium field on course (0.57).
        List<String> ranked = rank(List.of(airport("MDUM", AirportType.MEDIUM_AIRPORT, 90),
                airport("LRGE", AirportType.LARGE_AIRPORT, 150)), List.of());

        assertThat(ranked).containsExactly("MDUM", "LRGE");
    }

    @Test
    void aWatchedMediumAirportOutranksALargeOneThatFitsAsWell() {
        Airport watched = airport("WTCH", AirportType.MEDIUM_AIRPORT, 91);
        List<String> ranked = rank(List.of(watched, airport("LRGE", AirportType.LARGE_AIRPORT, 89)),
                List.of(new WatchedAirportSpec(watched, 100, true)));

        assertThat(ranked).containsExactly("WTCH", "LRGE");
    }
}
