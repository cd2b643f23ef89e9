package io.divertwatch.sea;

import static io.divertwatch.sea.MaritimeRulesTest.DUNAY;
import static io.divertwatch.sea.MaritimeRulesTest.NAJIN;
import static io.divertwatch.sea.MaritimeRulesTest.VLADIVOSTOK;
import static io.divertwatch.sea.MaritimeRulesTest.VOSTOCHNY;
import static io.divertwatch.sea.MaritimeRulesTest.report;
import static org.assertj.core.api.Assertions.assertThat;

import io.divertwatch.detect.AlertType;
import io.divertwatch.detect.Severity;
import io.divertwatch.geo.GeoPoint;
import io.divertwatch.geo.Geodesy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Identity games, destination lies and impossible positions, on hand-made tracks with worked numbers. */
class IdentityAndDestinationTest {

    private static final int LADY_R = 273_445_480;
    private static final long T0 = 1_700_000_000L;
    /** 40 km south-west of Vostochnyy, in Nakhodka Bay's approaches. */
    private static final GeoPoint OFFSHORE = Geodesy.destination(VOSTOCHNY.lat(), VOSTOCHNY.lon(), 225, 40);

    private static VesselEngine engine(int... watched) {
        VesselEngine engine = new VesselEngine(MaritimeConfig.defaults());
        List<VesselWatchSpec> watches = new ArrayList<>();
        for (int mmsi : watched) {
            watches.add(new VesselWatchSpec(watches.size() + 1, "watched", Set.of(mmsi)));
        }
        engine.setContext(new SeaContext(watches, List.of(NAJIN, VOSTOCHNY, DUNAY, VLADIVOSTOK), List.of()));
        return engine;
    }

    private static VesselStatics says(int imo, String name, String callSign, String destination) {
        return new VesselStatics(imo, name, callSign, 70, 130, 20, 6.0, destination, null);
    }

    @Test
    void aWatchedShipThatRenamesItselfAtSeaIsReportedWithBeforeAndAfter() {
        VesselEngine engine = engine(LADY_R);
        engine.acceptStatics(LADY_R, says(9161003, "LADY R", "UBXX7", "VOSTOCHNY"), T0);
        engine.accept(report(LADY_R, T0, OFFSHORE.lat(), OFFSHORE.lon(), 10, 45));

        List<VesselDetection> found = engine.acceptStatics(LADY_R, says(9161003, "LADY ROSE", "UBXX7", null), T0 + 600);

        assertThat(found).extracting(VesselDetection::type).containsExactly(AlertType.IDENTITY_CHANGED);
        assertThat(found.get(0).severity()).isEqualTo(Severity.CRITICAL);
        assertThat(found.get(0).summary()).contains("name LADY R → LADY ROSE").contains("Last seen");
        // Said again, nothing new.
        assertThat(engine.acceptStatics(LADY_R, says(9161003, "LADY ROSE", "UBXX7", null), T0 + 900)).isEmpty();
    }

    @Test
    void anImoThatReappearsUnderAnotherMmsiAndFlagIsReported() {
        VesselEngine engine = engine(LADY_R);
        engine.acceptStatics(LADY_R, says(9161003, "LADY R", "UBXX7", null), T0);
        engine.accept(report(LADY_R, T0, OFFSHORE.lat(), OFFSHORE.lon(), 10, 45));
        int newMmsi = 667_123_456;

        List<VesselDetection> found = engine.acceptStatics(newMmsi, says(9161003, "SEA ROSE", "9LZZ1", null), T0 + 86_400);

        assertThat(found).extracting(VesselDetection::type).containsExactly(AlertType.IDENTITY_CHANGED);
        assertThat(found.get(0).mmsi()).isEqualTo(newMmsi);
        assertThat(found.get(0).summary()).contains("IMO 9161003 was transmitted as MMSI 273445480 until")
                .contains("MID 273 → 667: another flag");
    }

    @Test
    void anUnwatchedShipFarFromWatchedPlacesMayRenameUnremarked() {
        VesselEngine engine = engine();
        int ferry = 219_000_734;
        engine.acceptStatics(ferry, says(0, "ANE LAESOE", "OZAA", "LAESOE"), T0);
        engine.accept(report(ferry, T0, 57.35, 10.75, 12, 45));
        assertThat(engine.acceptStatics(ferry, says(0, "ANE LAESOE II", "OZAA", "FREDERIKSHAVN"), T0 + 60)).isEmpty();
    }

    @Test
    void aDestinationChangedAtSeaIsReportedAndOneChangedInPortIsNot() {
        VesselEngine engine = engine(LADY_R);
        engine.acceptStatics(LADY_R, says(9161003, "LADY R", null, "VLADIVOSTOK"), T0);
        engine.accept(report(LADY_R, T0, OFFSHORE.lat(), OFFSHORE.lon(), 10, 300));
        List<VesselDetection> atSea = engine.acceptStatics(LADY_R, says(0, null, null, "NAKHODKA"), T0 + 600);
        assertThat(atSea).extracting(VesselDetection::type).containsExactly(AlertType.DESTINATION_CHANGED);
        assertThat(atSea.get(0).summary()).contains("from VLADIVOSTOK to NAKHODKA");

        VesselEngine inPort = engine(LADY_R);
        inPort.acceptStatics(LADY_R, says(9161003, "LADY R", null, "VOSTOCHNY"), T0);
        for (long t = T0; t <= T0 + 1800; t += 300) {
            inPort.accept(report(LADY_R, t, VOSTOCHNY.lat(), VOSTOCHNY.lon(), 0.1, Double.NaN));
        }
        assertThat(inPort.acceptStatics(LADY_R, says(0, null, null, "RAJIN"), T0 + 2000)).isEmpty();
    }

    @Test
    void aShipDeclaringVladivostokWhileSailingForNajinIsAMismatchAfterThreeHours() {
        VesselEngine engine = engine(LADY_R);
        engine.acceptStatics(LADY_R, says(9161003, "LADY R", null, "VLADIVOSTOK"), T0);
        List<VesselDetection> found = new ArrayList<>();
        GeoPoint p = OFFSHORE;
        double course = Geodesy.initialBearingDeg(p.lat(), p.lon(), NAJIN.lat(), NAJIN.lon());
        long offFrom = 0;
        for (long t = T0; t <= T0 + 5 * 3600; t += 300) {
            found.addAll(engine.accept(report(LADY_R, t, p.lat(), p.lon(), 12, course)));
            double toVladivostok = Geodesy.initialBearingDeg(p.lat(), p.lon(), VLADIVOSTOK.lat(), VLADIVOSTOK.lon());
            if (offFrom == 0 && Geodesy.headingDifferenceDeg(course, toVladivostok) > 60) {
                offFrom = t;
            }
            p = Geodesy.destination(p.lat(), p.lon(), course, 12 * 1.852 * 300 / 3600);
        }
        List<VesselDetection> mismatch = found.stream().filter(d -> d.type() == AlertType.DESTINATION_MISMATCH).toList();
        assertThat(mismatch).hasSize(1);
        // Najin lies 55° left of Vladivostok at the start; past 60° twenty minutes on, then three hours.
        assertThat(offFrom).isEqualTo(T0 + 20 * 60);
        assertThat(mismatch.get(0).time()).isEqualTo(offFrom + 3 * 3600);
        assertThat(mismatch.get(0).summary()).contains("declares VLADIVOSTOK").contains("for 3.0 h");
        assertThat(engine.drainClearances()).isEmpty();

        // It turns for Vladivostok after all: an hour later the mismatch is resolved.
        long turned = T0 + 5 * 3600 + 300;
        for (long t = turned; t <= turned + 2 * 3600; t += 300) {
            double toVladivostok = Geodesy.initialBearingDeg(p.lat(), p.lon(), VLADIVOSTOK.lat(), VLADIVOSTOK.lon());
            engine.accept(report(LADY_R, t, p.lat(), p.lon(), 12, toVladivostok));
            p = Geodesy.destination(p.lat(), p.lon(), toVladivostok, 12 * 1.852 * 300 / 3600);
        }
        assertThat(engine.drainClearances()).singleElement().satisfies(c -> {
            assertThat(c.key()).isEqualTo(mismatch.get(0).key());
            assertThat(c.time()).isEqualTo(turned + 3600);
            assertThat(c.reason()).startsWith("heading for Vladivostok").endsWith("again for 1.0 h");
        });

        // Sailing for Vladivostok as declared: nothing.
        VesselEngine honest = engine(LADY_R);
        honest.acceptStatics(LADY_R, says(9161003, "LADY R", null, "VLADIVOSTOK"), T0);
        GeoPoint q = OFFSHORE;
        List<VesselDetection> none = new ArrayList<>();
        for (long t = T0; t <= T0 + 5 * 3600; t += 300) {
            double toVladivostok = Geodesy.initialBearingDeg(q.lat(), q.lon(), VLADIVOSTOK.lat(), VLADIVOSTOK.lon());
            none.addAll(honest.accept(report(LADY_R, t, q.lat(), q.lon(), 12, toVladivostok)));
            q = Geodesy.destination(q.lat(), q.lon(), toVladivostok, 12 * 1.852 * 300 / 3600);
        }
        assertThat(none).extracting(VesselDetection::type).doesNotContain(AlertType.DESTINATION_MISMATCH);
    }

    @Test
    void aPositionNoHullCouldReachIsReportedOnceAndCallsNowhere() {
        VesselEngine engine = engine(LADY_R);
        engine.accept(report(LADY_R, T0, OFFSHORE.lat(), OFFSHORE.lon(), 10, 225));
        List<VesselDetection> found = new ArrayList<>();
        // Claimed inside Najin, 190 km away, ten minutes later, and again three minutes on: refused,
        // reported once, no call at Najin. (Positions that agree among themselves for ten minutes would
        // re-anchor the track: then the first trusted fix was the wrong one.)
        found.addAll(engine.accept(report(LADY_R, T0 + 600, NAJIN.lat(), NAJIN.lon(), 0, Double.NaN)));
        found.addAll(engine.accept(report(LADY_R, T0 + 780, NAJIN.lat(), NAJIN.lon(), 0, Double.NaN)));
        assertThat(found).extracting(VesselDetection::type).containsExactly(AlertType.POSITION_IMPLAUSIBLE);
        assertThat(found.get(0).summary()).contains("reported a position").contains("10 min before").contains("spoofed");
        assertThat(engine.refusedReports()).isEqualTo(2);
        // Trusted again, a later jump is a new report.
        GeoPoint on = Geodesy.destination(OFFSHORE.lat(), OFFSHORE.lon(), 225, 4);
        assertThat(engine.accept(report(LADY_R, T0 + 1800, on.lat(), on.lon(), 10, 225))).isEmpty();
        assertThat(engine.accept(report(LADY_R, T0 + 1900, NAJIN.lat(), NAJIN.lon(), 0, Double.NaN)))
                .extracting(VesselDetection::type).containsExactly(AlertType.POSITION_IMPLAUSIBLE);
    }

    @Test
    void twoTransmittersTakingTurnsOnOneMmsiAreReportedOnce() {
        VesselEngine engine = engine(LADY_R);
        GeoPoint far = Geodesy.destination(OFFSHORE.lat(), OFFSHORE.lon(), 200, 150);
        List<VesselDetection> found = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            GeoPoint at = i % 2 == 0 ? OFFSHORE : far;
            found.addAll(engine.accept(report(LADY_R, T0 + 600L * i, at.lat(), at.lon(), 0, Double.NaN)));
        }
        assertThat(found).filteredOn(d -> d.type() == AlertType.IDENTITY_CHANGED).hasSize(1)
                .first().satisfies(d -> assertThat(d.summary()).contains("Two transmitters are using MMSI 273445480"));
        assertThat(engine.sharedMmsi(LADY_R)).isTrue();
    }
}
