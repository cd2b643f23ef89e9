package io.divertwatch.sea;

import static io.divertwatch.sea.MaritimeRulesTest.NAJIN;
import static io.divertwatch.sea.MaritimeRulesTest.VLADIVOSTOK;
import static io.divertwatch.sea.MaritimeRulesTest.VOSTOCHNY;
import static org.assertj.core.api.Assertions.assertThat;

import io.divertwatch.detect.AlertType;
import io.divertwatch.detect.GeofenceSpec;
import io.divertwatch.detect.Severity;
import io.divertwatch.geo.GeoArea;
import io.divertwatch.geo.GeoPoint;
import io.divertwatch.geo.Geodesy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Ship-to-ship transfers and loitering on hand-made tracks with worked numbers. Two vessels drift at
 * 0.5 kn, 200 m apart, in the Sea of Japan 60 km south-east of Najin (55 km beyond its edge, the
 * nearest known port), each reporting every two minutes: the encounter is due at 2 h, its escalation at 6 h, the watched one's
 * loitering at 3 h.
 */
class EncounterAndLoiteringTest {

    private static final int LADY_R = 273_445_480;
    private static final int TANKER = 445_112_000;
    private static final long T0 = 1_700_000_000L;
    /** 60 km south-east of Najin, in open water. */
    private static final GeoPoint AT_SEA = Geodesy.destination(NAJIN.lat(), NAJIN.lon(), 135, 60);

    private static VesselEngine engine(List<VesselWatchSpec> watches, List<GeofenceSpec> areas) {
        VesselEngine engine = new VesselEngine(MaritimeConfig.defaults());
        engine.setContext(new SeaContext(watches, List.of(NAJIN, VOSTOCHNY, VLADIVOSTOK), areas));
        return engine;
    }

    /** Both vessels, side by side at {@code where} ({@code apartKm} apart), drifting east at 0.5 kn for {@code hours}. */
    private static List<VesselDetection> sideBySide(VesselEngine engine, GeoPoint where, double apartKm, double hours) {
        return sideBySide(engine, where, apartKm, hours, 90);
    }

    /** The same drifting toward {@code driftDeg}, the tanker {@code apartKm} to the drift's left. */
    private static List<VesselDetection> sideBySide(VesselEngine engine, GeoPoint where, double apartKm, double hours,
            double driftDeg) {
        List<VesselDetection> found = new ArrayList<>();
        for (long t = T0; t <= T0 + hours * 3600; t += 120) {
            double driftKm = 0.5 * 1.852 * (t - T0) / 3600;
            GeoPoint a = Geodesy.destination(where.lat(), where.lon(), driftDeg, driftKm);
            GeoPoint b = Geodesy.destination(a.lat(), a.lon(), driftDeg - 90, apartKm);
            found.addAll(engine.advanceTo(t));
            found.addAll(engine.accept(MaritimeRulesTest.report(LADY_R, t, a.lat(), a.lon(), 0.5, 90)));
            found.addAll(engine.accept(MaritimeRulesTest.report(TANKER, t + 30, b.lat(), b.lon(), 0.5, 90)));
        }
        return found;
    }

    private static List<VesselDetection> of(List<VesselDetection> found, AlertType type) {
        return found.stream().filter(d -> d.type() == type).toList();
    }

    @Test
    void aWatchedShipSideBySideWithATankerAtSeaForSevenHoursIsAnEncounterThenALongOne() {
        List<VesselDetection> found = sideBySide(engine(List.of(new VesselWatchSpec(5, "LADY R", Set.of(LADY_R))),
                List.of()), AT_SEA, 0.2, 7);

        List<VesselDetection> encounters = of(found, AlertType.ENCOUNTER);
        assertThat(encounters).hasSize(2);
        VesselDetection first = encounters.get(0);
        // Contact from the tanker's first report (T0 + 30 s); 2 h later.
        assertThat(first.time()).isBetween(T0 + 30 + 2 * 3600, T0 + 30 + 2 * 3600 + 120);
        assertThat(first.mmsi()).isEqualTo(LADY_R);
        assertThat(first.counterpartMmsi()).isEqualTo(TANKER);
        assertThat(first.watchId()).isEqualTo(5L);
        assertThat(first.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(first.summary()).contains("MMSI 273445480").contains("MMSI 445112000").contains("within 200 m")
                .contains("for 2.0 h").contains("ship-to-ship");
        VesselDetection escalated = encounters.get(1);
        assertThat(escalated.time()).isBetween(T0 + 30 + 6 * 3600, T0 + 30 + 6 * 3600 + 120);
        assertThat(escalated.relatedKey()).isEqualTo(first.key());

        List<VesselDetection> loitering = of(found, AlertType.LOITERING);
        assertThat(loitering).hasSize(1);
        assertThat(loitering.get(0).mmsi()).isEqualTo(LADY_R);
        assertThat(loitering.get(0).time()).isBetween(T0 + 3 * 3600, T0 + 3 * 3600 + 120);
        assertThat(loitering.get(0).summary()).contains("for 3.0 h");
    }

    @Test
    void loiteringIsResolvedWhenTheVesselGetsUnderWayAgain() {
        VesselEngine engine = engine(List.of(new VesselWatchSpec(5, "LADY R", Set.of(LADY_R))), List.of());
        List<VesselDetection> found = new ArrayList<>();
        long t = T0;
        for (; t <= T0 + 4 * 3600; t += 120) {
            found.addAll(engine.accept(MaritimeRulesTest.report(LADY_R, t, AT_SEA.lat(), AT_SEA.lon(), 0.5, 90)));
        }
        VesselDetection loitering = of(found, AlertType.LOITERING).get(0);
        assertThat(engine.drainClearances()).isEmpty();
        // Nudging the engine up to 2.5 kn is still loitering (hysteresis); 10 kn for Vladivostok is not.
        engine.accept(MaritimeRulesTest.report(LADY_R, t, AT_SEA.lat(), AT_SEA.lon(), 2.5, 90));
        assertThat(engine.drainClearances()).isEmpty();
        GeoPoint on = Geodesy.destination(AT_SEA.lat(), AT_SEA.lon(), 0, 0.6);
        engine.accept(MaritimeRulesTest.report(LADY_R, t + 120, on.lat(), on.lon(), 10, 0));
        assertThat(engine.drainClearances()).singleElement().satisfies(c -> {
            assertThat(c.key()).isEqualTo(loitering.key());
            assertThat(c.type()).isEqualTo(AlertType.LOITERING);
            assertThat(c.reason()).isEqualTo("under way again at 10 kn");
        });
    }

    @Test
    void unwatchedShipsAlertOnlyInsideAWatchedArea() {
        assertThat(sideBySide(engine(List.of(), List.of()), AT_SEA, 0.2, 3)).isEmpty();

        GeoArea box = GeoArea.of(List.of(List.of(ring(AT_SEA, 0.5))));
        List<VesselDetection> found = sideBySide(engine(List.of(), List.of(new GeofenceSpec(9, "DPRK EEZ", box, true))),
                AT_SEA, 0.2, 3);
        assertThat(found).extracting(VesselDetection::type).containsExactly(AlertType.ENCOUNTER);
        assertThat(found.get(0).severity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void shipsAstrideTheAntimeridianAreFoundAndPlacedThere() {
        // Bering Sea: one vessel 80 m west of 180°, the other 200 m east of it, drifting south, inside a
        // watched area astride the antimeridian. Placed halfway round the globe, the pair would be at 0°.
        GeoArea box = GeoArea.of(List.of(List.of(List.of(new double[] { 179.5, 59.5 }, new double[] { -179.5, 59.5 },
                new double[] { -179.5, 60.5 }, new double[] { 179.5, 60.5 }, new double[] { 179.5, 59.5 }))));
        VesselEngine engine = engine(List.of(), List.of(new GeofenceSpec(9, "Bering", box, true)));

        List<VesselDetection> found = sideBySide(engine, new GeoPoint(60.0, 179.9985), 0.2, 3, 180);

        assertThat(found).extracting(VesselDetection::type).containsExactly(AlertType.ENCOUNTER);
        assertThat(found.get(0).summary()).contains("within 200 m");
    }

    @Test
    void mooredSideBySideInPortApartOrPassingIsNoEncounter() {
        List<VesselWatchSpec> watched = List.of(new VesselWatchSpec(5, "LADY R", Set.of(LADY_R)));
        // Alongside each other inside Najin: moored, not transferring.
        assertThat(of(sideBySide(engine(watched, List.of()), new GeoPoint(NAJIN.lat(), NAJIN.lon()), 0.05, 4),
                AlertType.ENCOUNTER)).isEmpty();
        // At anchor 8 km off Najin's edge: within 10 km of the port, its anchorage.
        GeoPoint roads = Geodesy.destination(NAJIN.lat(), NAJIN.lon(), 135, NAJIN.radiusKm() + 8);
        assertThat(of(sideBySide(engine(watched, List.of()), roads, 0.2, 4), AlertType.ENCOUNTER)).isEmpty();
        // 1.5 km apart at sea: neighbours, not alongside.
        assertThat(of(sideBySide(engine(watched, List.of()), AT_SEA, 1.5, 4), AlertType.ENCOUNTER)).isEmpty();
    }

    @Test
    void shipsPassingAtSpeedNeitherEncounterNorLoiter() {
        VesselEngine engine = engine(List.of(new VesselWatchSpec(5, "LADY R", Set.of(LADY_R))), List.of());
        List<VesselDetection> found = new ArrayList<>();
        for (long t = T0; t <= T0 + 4 * 3600; t += 120) {
            double km = 12 * 1.852 * (t - T0) / 3600;
            GeoPoint a = Geodesy.destination(AT_SEA.lat(), AT_SEA.lon(), 90, km);
            GeoPoint b = Geodesy.destination(a.lat(), a.lon(), 0, 0.3);
            found.addAll(engine.accept(MaritimeRulesTest.report(LADY_R, t, a.lat(), a.lon(), 12, 90)));
            found.addAll(engine.accept(MaritimeRulesTest.report(TANKER, t + 30, b.lat(), b.lon(), 12, 90)));
        }
        assertThat(found).isEmpty();
    }

    /** A square of {@code halfDeg} about the point, [lon, lat] corners closed. */
    private static List<double[]> ring(GeoPoint c, double halfDeg) {
        return List.of(new double[] { c.lon() - halfDeg, c.lat() - halfDeg }, new double[] { c.lon() + halfDeg, c.lat() - halfDeg },
                new double[] { c.lon() + halfDeg, c.lat() + halfDeg }, new double[] { c.lon() - halfDeg, c.lat() + halfDeg },
                new double[] { c.lon() - halfDeg, c.lat() - halfDeg });
    }
}
