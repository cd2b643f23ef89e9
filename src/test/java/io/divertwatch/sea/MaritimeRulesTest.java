package io.divertwatch.sea;

import static org.assertj.core.api.Assertions.assertThat;

import io.divertwatch.detect.AlertType;
import io.divertwatch.detect.Severity;
import io.divertwatch.support.SharedData;
import io.divertwatch.vessel.feed.VesselCsv;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The maritime rules on a real ferry crossing and on the seed story's shuttle, fix by fix. */
class MaritimeRulesTest {

    /** The ferry's two harbours, from the chart: Vesterø Havn on Læsø and Frederikshavn. */
    static final PortSpec LAESOE = new PortSpec(1L, "Vesterø Havn", "Denmark", 57.2968, 10.9223, 1.0, null, true);
    static final PortSpec FREDERIKSHAVN = new PortSpec(2L, "Frederikshavn", "Denmark", 57.4380, 10.5440, 1.5, null, true);

    /** Najin (WPI 60510), Vostochnyy (GFW anchorages), Dunay (the settlement on Strelok Bay), Vladivostok (listed). */
    static final PortSpec NAJIN = new PortSpec(10L, "Najin", "North Korea", 42.2333, 130.3000, 5.0, null, true);
    static final PortSpec VOSTOCHNY = new PortSpec(11L, "Vostochnyy", "Russia", 42.76339, 133.00407, 5.6, null, true);
    static final PortSpec DUNAY = new PortSpec(12L, "Dunay", "Russia", 42.8850, 132.3550, 3.0, null, true);
    static final PortSpec VLADIVOSTOK = new PortSpec(null, "Vladivostok", "Russia", 43.0745, 131.95117, 14.8, null, false);

    private static List<VesselDetection> ferry(List<VesselWatchSpec> watches) throws Exception {
        VesselEngine engine = new VesselEngine(MaritimeConfig.defaults());
        engine.setContext(new SeaContext(watches, List.of(LAESOE, FREDERIKSHAVN), List.of()));
        List<VesselDetection> found = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(SharedData.require("maritime/csv/dma_aisdk_ferry_ANE_LAESOE_20221015.csv"),
                StandardCharsets.UTF_8)) {
            for (VesselCsv.Row row : VesselCsv.parse(in, "aisdk")) {
                found.addAll(engine.acceptStatics(row.report().mmsi(), row.statics(), row.report().time()));
                found.addAll(engine.accept(row.report()));
                found.addAll(engine.advanceTo(row.report().time()));
            }
        }
        return found;
    }

    @Test
    void theFerrysTwoCallsAreFoundOnItsRealCrossing() throws Exception {
        List<VesselDetection> found = ferry(List.of());
        assertThat(found).extracting(VesselDetection::type).containsOnly(AlertType.PORT_CALL);
        assertThat(found).extracting(d -> d.port().name() + (d.relatedKey() == null ? " arrival" : " departure"))
                .containsExactly("Vesterø Havn arrival", "Vesterø Havn departure", "Frederikshavn arrival");
        VesselDetection arrival = found.get(2);
        // Stopped from 12:55:41 (SOG 0.3 kn); five minutes later the stop is a call.
        assertThat(Instant.ofEpochSecond(arrival.time())).isBetween(Instant.parse("2022-10-15T13:00:41Z"),
                Instant.parse("2022-10-15T13:02:00Z"));
        assertThat(arrival.summary()).startsWith("ANE LAESOE (MMSI 219000734) called at Frederikshavn (Denmark)");
        assertThat(arrival.severity()).isEqualTo(Severity.WARNING);
        assertThat(found.get(1).relatedKey()).isEqualTo(found.get(0).key());

        // Watched, its regular run is still only calls: no loitering while it waits in port.
        assertThat(ferry(List.of(new VesselWatchSpec(3, "ANE LAESOE", Set.of(219000734))))).extracting(VesselDetection::type)
                .containsExactly(AlertType.PORT_CALL, AlertType.PORT_CALL, AlertType.PORT_CALL);
    }

    @Test
    void aShuttleSilentForTwoDaysBetweenVostochnyAndVladivostokIsAPossibleCallAtNajin() {
        VesselEngine engine = new VesselEngine(MaritimeConfig.defaults());
        int mmsi = 273_445_480;
        engine.setContext(new SeaContext(List.of(new VesselWatchSpec(5, "LADY R", Set.of(mmsi))),
                List.of(NAJIN, VOSTOCHNY, DUNAY, VLADIVOSTOK), List.of()));
        List<VesselDetection> found = new ArrayList<>();
        long t = 1_700_000_000L;
        // Alongside at Vostochnyy for an hour, then out of the bay south-west at 12 kn for an hour.
        for (int i = 0; i < 12; i++, t += 300) {
            found.addAll(engine.accept(report(mmsi, t, 42.7634, 133.0041, 0.1, Double.NaN)));
        }
        double lat = 42.7634;
        double lon = 133.0041;
        for (int i = 0; i < 12; i++, t += 300) {
            lat -= 0.012;
            lon -= 0.016;
            found.addAll(engine.accept(report(mmsi, t, lat, lon, 12, 225)));
        }
        long silentFrom = t - 300;
        // Two days of silence, the sweeps running every minute of data time.
        for (long now = t; now < silentFrom + 48 * 3600; now += 60) {
            found.addAll(engine.advanceTo(now));
        }
        // Seen again off Vladivostok, sailing north.
        found.addAll(engine.accept(report(mmsi, silentFrom + 48 * 3600, 42.95, 131.85, 11, 10)));

        assertThat(found).extracting(VesselDetection::type).containsExactly(AlertType.PORT_CALL, AlertType.PORT_CALL,
                AlertType.AIS_GAP, AlertType.POSSIBLE_UNDECLARED_PORT_CALL);
        VesselDetection gap = found.get(2);
        assertThat(gap.time()).isEqualTo(silentFrom + 6 * 3600);
        VesselDetection possible = found.get(3);
        assertThat(possible.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(possible.candidates().get(0).name()).isEqualTo("Najin");
        assertThat(possible.candidates()).extracting(VesselDetection.PortCandidate::name).contains("Dunay")
                .doesNotContain("Vostochnyy");
        assertThat(possible.relatedKey()).isEqualTo(gap.key());
        assertThat(possible.summary()).contains("after 48 h of silence").contains("call at Najin (North Korea)")
                .contains("off Vladivostok");
        // Heard again: the gap no longer holds (the possible call, a fact about the silence, stays).
        assertThat(engine.drainClearances()).singleElement().satisfies(c -> {
            assertThat(c.key()).isEqualTo(gap.key());
            assertThat(c.time()).isEqualTo(silentFrom + 48 * 3600);
            assertThat(c.reason()).startsWith("transmitting again after 48.0 h").contains("Vladivostok");
        });
        assertThat(engine.drainClearances()).isEmpty();
    }

    @Test
    void aSilenceNoSweepSawWhileItLastedIsStillReportedWhenTheVesselSpeaksAgain() {
        VesselEngine engine = new VesselEngine(MaritimeConfig.defaults());
        int mmsi = 273_445_481;
        engine.setContext(new SeaContext(List.of(new VesselWatchSpec(5, "ANGARA", Set.of(mmsi))),
                List.of(NAJIN, VOSTOCHNY, DUNAY, VLADIVOSTOK), List.of()));
        long t = 1_700_000_000L;
        List<VesselDetection> found = new ArrayList<>(engine.accept(report(mmsi, t, 42.60, 132.80, 12, 225)));
        // No data time passes during the silence (the feed was down, or its data came late).
        found.addAll(engine.accept(report(mmsi, t + 40 * 3600, 42.95, 131.85, 11, 10)));

        assertThat(found).extracting(VesselDetection::type).containsExactly(AlertType.AIS_GAP,
                AlertType.POSSIBLE_UNDECLARED_PORT_CALL);
        assertThat(found.get(1).relatedKey()).isEqualTo(found.get(0).key());
    }

    @Test
    void aShipThatGoesDarkAlongsideAtVostochnyAndReappearsOffVladivostokMayHaveCalledAtNajin() {
        VesselEngine engine = new VesselEngine(MaritimeConfig.defaults());
        int mmsi = 273_445_482;
        engine.setContext(new SeaContext(List.of(new VesselWatchSpec(7, "MAIA-1", Set.of(mmsi))),
                List.of(NAJIN, VOSTOCHNY, DUNAY, VLADIVOSTOK), List.of()));
        long t = 1_700_000_000L;
        List<VesselDetection> found = new ArrayList<>();
        for (int i = 0; i < 12; i++, t += 300) {
            found.addAll(engine.accept(report(mmsi, t, 42.7634, 133.0041, 0.1, Double.NaN)));
        }
        long darkFrom = t - 300;
        // Transponder off at the berth; seen again two days later off Vladivostok.
        found.addAll(engine.accept(report(mmsi, darkFrom + 48 * 3600, 42.95, 131.85, 11, 10)));

        assertThat(found).extracting(VesselDetection::type).containsExactly(AlertType.PORT_CALL, AlertType.PORT_CALL,
                AlertType.POSSIBLE_UNDECLARED_PORT_CALL);
        assertThat(found.get(1).summary()).contains("left Vostochnyy").contains("during a silence");
        VesselDetection possible = found.get(2);
        assertThat(possible.candidates().get(0).name()).isEqualTo("Najin");
        assertThat(possible.candidates()).extracting(VesselDetection.PortCandidate::name).doesNotContain("Vostochnyy");

        // The same silence ending where it began is a stay at Vostochnyy, not a voyage.
        VesselEngine stays = new VesselEngine(MaritimeConfig.defaults());
        stays.setContext(new SeaContext(List.of(new VesselWatchSpec(7, "MAIA-1", Set.of(mmsi))),
                List.of(NAJIN, VOSTOCHNY, DUNAY, VLADIVOSTOK), List.of()));
        List<VesselDetection> stayed = new ArrayList<>();
        for (long s = 1_700_000_000L; s < 1_700_000_000L + 3600; s += 300) {
            stayed.addAll(stays.accept(report(mmsi, s, 42.7634, 133.0041, 0.1, Double.NaN)));
        }
        stayed.addAll(stays.accept(report(mmsi, darkFrom + 48 * 3600, 42.7636, 133.0043, 0.1, Double.NaN)));
        assertThat(stayed).extracting(VesselDetection::type).containsExactly(AlertType.PORT_CALL);
    }

    @Test
    void aJumpNoVesselCouldSailIsRefusedAndTwoTransmittersTakingTurnsAreNoticed() {
        VesselEngine engine = new VesselEngine(MaritimeConfig.defaults());
        long t = 1_700_000_000L;
        engine.accept(report(1, t, 40.0, 10.0, 10, 90));
        // 200 km in ten minutes: 650 kn.
        engine.accept(report(1, t + 600, 41.8, 10.0, 10, 90));
        assertThat(engine.refusedReports()).isEqualTo(1);
        assertThat(engine.track(1, 10)).hasSize(1);
        for (int i = 2; i < 10; i++) {
            engine.accept(report(1, t + 600 * i, i % 2 == 0 ? 40.0 : 41.8, 10.0, 0, Double.NaN));
        }
        assertThat(engine.sharedMmsi(1)).isTrue();
        assertThat(engine.accept(report(2, t, 0, 0, 0, 0))).isEmpty();
        assertThat(engine.invalidReports()).isEqualTo(1);
    }

    static VesselReport report(int mmsi, long time, double lat, double lon, double speedKn, double courseDeg) {
        return new VesselReport(mmsi, time, lat, lon, speedKn, courseDeg, -1, 0, "test");
    }
}
