package io.divertwatch.sea;

import static io.divertwatch.sea.MaritimeRulesTest.NAJIN;
import static io.divertwatch.sea.MaritimeRulesTest.VLADIVOSTOK;
import static io.divertwatch.sea.MaritimeRulesTest.VOSTOCHNY;
import static io.divertwatch.sea.MaritimeRulesTest.report;
import static org.assertj.core.api.Assertions.assertThat;

import io.divertwatch.detect.AlertType;
import io.divertwatch.geo.GeoPoint;
import io.divertwatch.geo.Geodesy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Spoofing patterns on hand-made tracks: ships handed one spot, positions drawn in rings. */
class SpoofingTest {

    private static final int LADY_R = 273_445_480;
    private static final long T0 = 1_700_000_000L;
    /** Vladivostok airport, 40 km inland: where spoofed receivers have put ships. */
    private static final GeoPoint AIRPORT = new GeoPoint(43.3987, 132.1480);
    private static final GeoPoint AT_SEA = Geodesy.destination(VOSTOCHNY.lat(), VOSTOCHNY.lon(), 180, 40);

    private static VesselEngine engine() {
        VesselEngine engine = new VesselEngine(MaritimeConfig.defaults());
        engine.setContext(new SeaContext(List.of(new VesselWatchSpec(5, "LADY R", Set.of(LADY_R))),
                List.of(NAJIN, VOSTOCHNY, VLADIVOSTOK), List.of()));
        return engine;
    }

    private static List<VesselDetection> implausible(List<VesselDetection> found) {
        return found.stream().filter(d -> d.type() == AlertType.POSITION_IMPLAUSIBLE).toList();
    }

    @Test
    void threeShipsStandingOnOneSpotAreReportedOnceAnHour() {
        VesselEngine engine = engine();
        List<VesselDetection> found = new ArrayList<>();
        int[] ships = { LADY_R, 273_000_101, 273_000_102 };
        for (long t = T0; t <= T0 + 1800; t += 180) {
            for (int i = 0; i < ships.length; i++) {
                // Within a couple of metres of one another: the same handed-out position, jittered.
                found.addAll(engine.accept(report(ships[i], t + i * 20, AIRPORT.lat() + i * 1e-5, AIRPORT.lon(), 0, 0)));
            }
        }
        List<VesselDetection> spots = implausible(found);
        assertThat(spots).hasSize(1);
        // Complete at T0 + 40 s, but about unwatched ships far from watched places; the watched one
        // standing there reports next at T0 + 180 s.
        assertThat(spots.get(0).time()).isEqualTo(T0 + 180);
        assertThat(spots.get(0).summary()).contains("3 vessels").contains("273445480").contains("273000101")
                .contains("273000102").contains("GNSS spoofing");
    }

    @Test
    void shipsMooredSideBySideOrTwoOnOneSpotAreNoSpoofing() {
        VesselEngine engine = engine();
        List<VesselDetection> found = new ArrayList<>();
        for (long t = T0; t <= T0 + 1800; t += 180) {
            for (int i = 0; i < 3; i++) {
                // Alongside one another, 25 m apart.
                GeoPoint berth = Geodesy.destination(VOSTOCHNY.lat(), VOSTOCHNY.lon(), 90, i * 0.025);
                found.addAll(engine.accept(report(i == 0 ? LADY_R : 273_000_110 + i, t, berth.lat(), berth.lon(), 0, 0)));
            }
            for (int i = 0; i < 2; i++) {
                found.addAll(engine.accept(report(273_000_120 + i, t, AIRPORT.lat(), AIRPORT.lon(), 0, 0)));
            }
        }
        assertThat(implausible(found)).isEmpty();
    }

    @Test
    void positionsGoingRoundTwiceAreReportedAndAZigzagIsNot() {
        VesselEngine engine = engine();
        List<VesselDetection> found = new ArrayList<>();
        // A 2 km ring at 10 kn (12.6 km round, 41 min a turn), a position a minute, for two hours.
        for (int minute = 0; minute <= 120; minute++) {
            double angle = minute * 360.0 * 10 * 1.852 / 60 / (2 * Math.PI * 2);
            GeoPoint p = Geodesy.destination(AT_SEA.lat(), AT_SEA.lon(), angle, 2);
            found.addAll(engine.accept(report(LADY_R, T0 + minute * 60L, p.lat(), p.lon(), 10, (angle + 90) % 360)));
        }
        List<VesselDetection> rings = implausible(found);
        assertThat(rings).hasSize(1);
        // Two full turns of 41 min after the first leg: about 83 min in.
        assertThat(rings.get(0).time()).isBetween(T0 + 80 * 60, T0 + 86 * 60);
        assertThat(rings.get(0).summary()).contains("gone round 2 times").contains("turning right");

        VesselEngine zigzag = engine();
        List<VesselDetection> none = new ArrayList<>();
        GeoPoint p = AT_SEA;
        for (int leg = 0; leg <= 120; leg++) {
            double course = leg % 2 == 0 ? 150 : 210;
            p = Geodesy.destination(p.lat(), p.lon(), course, 10 * 1.852 / 60);
            none.addAll(zigzag.accept(report(LADY_R, T0 + leg * 60L, p.lat(), p.lon(), 10, course)));
        }
        assertThat(implausible(none)).isEmpty();
    }
}
