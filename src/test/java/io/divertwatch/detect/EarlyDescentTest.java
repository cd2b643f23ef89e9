package io.divertwatch.detect;

import static io.divertwatch.detect.FrankfurtSheremetyevo.EDDF;
import static io.divertwatch.detect.FrankfurtSheremetyevo.UUEE;
import static io.divertwatch.detect.FrankfurtSheremetyevo.analyze;
import static io.divertwatch.detect.FrankfurtSheremetyevo.out;
import static org.assertj.core.api.Assertions.assertThat;

import io.divertwatch.geo.Airport;
import io.divertwatch.geo.Geodesy;
import io.divertwatch.track.StateVector;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * DIVERSION_SUSPECTED from a descent that starts far too early for the destination, or goes below
 * the arrival floor short of it, with worked numbers. Frankfurt to Sheremetyevo (elevation 190 m). A
 * 3° descent loses 52 m per km, so from 6,000 m a normal arrival needs (6,000 − 190) / 52 ≈ 112 km;
 * the rule wants the destination more than twice that far (≈ 223 km) before it calls a descent through
 * 6,000 m early.
 */
class EarlyDescentTest {

    /** Cruise at 11,000 m, descend between {@code fromKm} and {@code toKm} out to {@code bottomM}, then land. */
    private static List<Detection> flyWithDescent(double fromKm, double toKm, double bottomM) {
        List<StateVector> track = new TrackScript("e00001", EDDF, 1_700_000_000L, 10).ground(3)
                .flyTo(out(1_850), 11_000, 230).flyTo(out(fromKm), 11_000, 230).flyTo(out(toKm), bottomM, 200)
                .flyTo(UUEE, 0, 80).ground(3).states();
        return analyze(track, "e00001");
    }

    @Test
    void leavingCruiseSixHundredKilometresOutIsSuspected() {
        // 11,000 m at 900 km out to 5,000 m at 700 km out: below 6,000 m only beyond 700 km, three
        // times the ≈ 223 km that would make it normal. Not low enough for the 4,000 m rule.
        List<Detection> detections = flyWithDescent(900, 700, 5_000);

        Detection suspected = detections.stream().filter(d -> d.type() == AlertType.DIVERSION_SUSPECTED)
                .findFirst().orElseThrow();
        assertThat(suspected.summary()).contains("descending through");
        double altitude = suspected.position().altitudeM();
        double toDestination = Geodesy.distanceKm(suspected.position().lat(), suspected.position().lon(), UUEE.lat(),
                UUEE.lon());
        assertThat(altitude).isBetween(5_000.0, 6_000.0);
        assertThat(toDestination).isGreaterThan(2 * (altitude - UUEE.elevationOrZeroM()) / 52).isGreaterThan(700);
    }

    @Test
    void aSteepButNormalArrivalIsNot() {
        // 11,000 m at 330 km to 4,200 m at 150 km: a 2.2° path through 6,000 m at ≈ 198 km out, inside
        // the ≈ 223 km; at 4,200 m, 150 km out, inside twice the ≈ 77 km a 3° path needs from there.
        List<Detection> detections = flyWithDescent(330, 150, 4_200);

        assertThat(detections).extracting(Detection::type)
                .doesNotContain(AlertType.DIVERSION_SUSPECTED, AlertType.DIVERTED);
    }

    @Test
    void aDescentBelowTheArrivalFloorShortOfTheDestinationIsSuspectedBeforeTheLanding() {
        // Filed to Sheremetyevo, it turns 200 km out for Domodedovo (64 km south-south-east of it) and
        // flies a 3° approach there from the south: 55 m per km from 3,300 m at 60 km out. x km before
        // Domodedovo it is about 64 + x km from Sheremetyevo, where the floor (a third of a 3° path's
        // height) is 17.3 (64 + x) m: it goes below the floor about 29 km before Domodedovo, some six
        // minutes before landing at 80 m/s.
        Airport uudd = FrankfurtSheremetyevo.AIRPORTS.byIdent("UUDD").orElseThrow();
        List<StateVector> track = new TrackScript("e00002", EDDF, 1_700_000_000L, 10).ground(3)
                .flyTo(out(1_850), 11_000, 230).flyTo(out(200), 11_000, 230)
                .flyTo(Geodesy.destination(uudd.lat(), uudd.lon(), 180, 60), 3_300, 180)
                .flyTo(uudd, 0, 80).ground(3).states();

        List<Detection> detections = analyze(track, "e00002");

        Detection suspected = detections.stream().filter(d -> d.type() == AlertType.DIVERSION_SUSPECTED)
                .findFirst().orElseThrow();
        double toDestination = Geodesy.distanceKm(suspected.position().lat(), suspected.position().lon(),
                UUEE.lat(), UUEE.lon());
        double height = suspected.position().altitudeM() - UUEE.elevationOrZeroM();
        assertThat(suspected.summary()).contains("descending through");
        assertThat(toDestination).isBetween(64.0, 94.0);
        assertThat(height).isLessThan(toDestination * 52 / 3);
        assertThat(suspected.candidates().get(0).icao()).isEqualTo("UUDD");
        Detection diverted = detections.stream().filter(d -> d.type() == AlertType.DIVERTED).findFirst()
                .orElseThrow();
        assertThat(diverted.airport()).isEqualTo("UUDD");
        assertThat(diverted.time() - suspected.time()).as("seconds of warning").isBetween(180L, 360L);
    }

    @Test
    void anArrivalJoiningItsFinalApproachAtTheUsualHeightIsNot() {
        // Down to 900 m above the field 30 km out (3,000 ft at 16 nm): 0.58 of the 3° path's height there.
        List<StateVector> track = new TrackScript("e00003", EDDF, 1_700_000_000L, 10).ground(3)
                .flyTo(out(1_850), 11_000, 230).flyTo(out(200), 11_000, 230)
                .flyTo(out(30), UUEE.elevationOrZeroM() + 900, 150).flyTo(UUEE, 0, 75).ground(3).states();

        assertThat(analyze(track, "e00003")).extracting(Detection::type)
                .doesNotContain(AlertType.DIVERSION_SUSPECTED, AlertType.DIVERTED);
    }

    @Test
    void aLightAircraftArrivingLowBySightIsNot() {
        // Cruising at 2,500 m, it comes down from 1,500 m above the field 60 km out to 200 m 31 km out
        // (2.7 m/s) and flies in low, as visual arrivals do: under the floor (a third of a 3° path's
        // height) from 43 km out, for over three minutes. But it never cruised as an airliner (above
        // 6,000 m), whose arrivals follow a 3° path.
        double field = UUEE.elevationOrZeroM();
        List<StateVector> track = new TrackScript("e00004", EDDF, 1_700_000_000L, 20).ground(3)
                .flyTo(out(1_850), 2_500, 70).flyTo(out(120), 2_500, 70).flyTo(out(60), field + 1_500, 65)
                .flyTo(out(31), field + 200, 60).flyTo(out(8), field + 200, 55).flyTo(UUEE, 0, 45).ground(3)
                .states();

        assertThat(analyze(track, "e00004")).extracting(Detection::type)
                .doesNotContain(AlertType.DIVERSION_SUSPECTED, AlertType.DIVERTED);
    }

    @Test
    void aStepDownThatLevelsOffBelowTheArrivalFloorIsSuspectedWhileLevel() {
        // As above, but from the west, and ATC steps it down: from 3,300 m 100 km west of Domodedovo to
        // 1,200 m 80 km west, level there to 25 km west, then down to land. Sheremetyevo is then about
        // 100 to 70 km away, where the floor is 1,700 to 1,200 m: the aircraft is under it, level.
        Airport uudd = FrankfurtSheremetyevo.AIRPORTS.byIdent("UUDD").orElseThrow();
        TrackScript script = new TrackScript("e00005", EDDF, 1_700_000_000L, 10).ground(3)
                .flyTo(out(1_850), 11_000, 230).flyTo(out(250), 11_000, 230)
                .flyTo(Geodesy.destination(uudd.lat(), uudd.lon(), 270, 100), 3_300, 180)
                .flyTo(Geodesy.destination(uudd.lat(), uudd.lon(), 270, 80), 1_200, 150)
                .flyTo(Geodesy.destination(uudd.lat(), uudd.lon(), 270, 25), 1_200, 120);
        long levelEnds = script.states().get(script.states().size() - 1).time();
        List<StateVector> track = script.flyTo(uudd, 0, 75).ground(3).states();

        Detection suspected = analyze(track, "e00005").stream()
                .filter(d -> d.type() == AlertType.DIVERSION_SUSPECTED).findFirst().orElseThrow();

        assertThat(suspected.summary()).contains("level at 1,200 m", "far below any normal arrival");
        assertThat(suspected.time()).isLessThan(levelEnds);
    }
}
