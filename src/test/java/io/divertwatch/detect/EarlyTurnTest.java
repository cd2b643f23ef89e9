package io.divertwatch.detect;

import static org.assertj.core.api.Assertions.assertThat;

import io.divertwatch.airport.BuiltInAirports;
import io.divertwatch.detect.engine.TrackAnalyzer;
import io.divertwatch.geo.Airport;
import io.divertwatch.geo.AirportIndex;
import io.divertwatch.geo.Geodesy;
import io.divertwatch.track.StateVector;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A flight filed Shanghai Pudong to Sheremetyevo that turns for Pyongyang in its climb-out, with a
 * standard-rate turn (3°/s) 14 minutes after take-off: the suspicion, naming ZKPY first, is due within
 * two minutes of the start of the turn. The same climb-out that stays on the airway toward Beijing
 * raises nothing.
 */
class EarlyTurnTest {

    private static final AirportIndex AIRPORTS = new AirportIndex(BuiltInAirports.all(), "built-in");
    private static final Airport ZSPD = AIRPORTS.byIdent("ZSPD").orElseThrow();
    private static final Airport UUEE = AIRPORTS.byIdent("UUEE").orElseThrow();
    private static final Airport ZKPY = AIRPORTS.byIdent("ZKPY").orElseThrow();
    private static final Airport ZBAA = AIRPORTS.byIdent("ZBAA").orElseThrow();
    private static final long T0 = 1_700_000_000L;

    /** Take-off roll, then 14 minutes of climb-out north and on the airway for Beijing. */
    private static TrackScript climbOut(long step) {
        TrackScript script = new TrackScript("e7a001", ZSPD, T0, step).ground(3).ground(3, 80)
                .straight(350, 120, 120, 12).turn(350, 336, 1.5, 150, 12).straight(336, 14 * 60 - 130, 200, 9);
        return script;
    }

    private static List<Detection> analyze(List<StateVector> track, List<Airport> via) {
        WatchSpec watch = new WatchSpec(1L, "e7a001", null, "ZSPD-UUEE", ZSPD, UUEE, via, 150);
        List<WatchedAirportSpec> watched = List.of(new WatchedAirportSpec(ZKPY, 100, true));
        return new TrackAnalyzer(DetectionConfig.defaults(), AIRPORTS).analyze(track, watch, watched, List.of())
                .detections();
    }

    @ParameterizedTest(name = "a fix every {0} s, track reported: {1}")
    @CsvSource({"5, true", "10, true", "15, true", "5, false", "10, false", "15, false"})
    void aStandardRateTurnForPyongyangFromTheClimbOutIsSuspectedWithinTwoMinutes(long step, boolean tracked) {
        TrackScript script = climbOut(step);
        long turnStart = script.time();
        double toZkpy = Geodesy.initialBearingDeg(script.ahead(0, 0), ZKPY.position());
        List<StateVector> track = script.turn(336, toZkpy, 3, 220, 8).straight(toZkpy, 15 * 60, 230, 4).states();
        if (!tracked) {
            // A feed without a track angle: the engine derives the course from the positions.
            track = track.stream().map(EarlyTurnTest::withoutTrack).toList();
        }

        Detection suspected = analyze(track, List.of()).stream()
                .filter(d -> d.type() == AlertType.DIVERSION_SUSPECTED).findFirst().orElseThrow();
        System.out.printf("Early turn, a fix every %d s, track reported %s: suspected %d s after the turn began%n",
                step, tracked, suspected.time() - turnStart);

        assertThat(suspected.airport()).isEqualTo("ZKPY");
        assertThat(suspected.candidates().get(0).icao()).isEqualTo("ZKPY");
        assertThat(suspected.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(suspected.time() - turnStart).as("seconds from the start of the turn").isLessThanOrEqualTo(120);
    }

    @Test
    void theNormalDepartureViaBeijingStaysQuiet() {
        TrackScript script = climbOut(10);
        List<StateVector> track = script.flyTo(ZBAA.position(), 10_600, 240)
                .flyTo(Geodesy.destination(ZBAA.lat(), ZBAA.lon(), Geodesy.initialBearingDeg(ZBAA.position(),
                        UUEE.position()), 800), 10_600, 240).states();

        // Filed via Beijing, nothing at all; filed direct, the airway is off the great circle (ROUTE_DEVIATION,
        // for information) but no diversion.
        assertThat(analyze(track, List.of(ZBAA))).isEmpty();
        assertThat(analyze(track, List.of())).extracting(Detection::type).containsOnly(AlertType.ROUTE_DEVIATION);
    }

    private static StateVector withoutTrack(StateVector s) {
        return new StateVector(s.icao24(), s.callsign(), s.originCountry(), s.timePosition(), s.lastContact(), s.lat(),
                s.lon(), s.baroAltitudeM(), s.onGround(), s.velocityMps(), Double.NaN, s.verticalRateMps(),
                s.geoAltitudeM(), s.squawk(), s.source(), s.address(), s.callsignKey());
    }
}
