package io.divertwatch.detect;

import static io.divertwatch.detect.FrankfurtSheremetyevo.EDDF;
import static io.divertwatch.detect.FrankfurtSheremetyevo.UUEE;
import static io.divertwatch.detect.FrankfurtSheremetyevo.analyze;
import static io.divertwatch.detect.FrankfurtSheremetyevo.out;
import static org.assertj.core.api.Assertions.assertThat;

import io.divertwatch.geo.Geodesy;
import io.divertwatch.source.StateVector;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * DIVERSION_SUSPECTED from a descent that starts far too early for the destination, with worked
 * numbers. Frankfurt to Sheremetyevo (elevation 190 m). A 3° descent loses 52 m per km, so from
 * 6,000 m a normal arrival needs (6,000 − 190) / 52 ≈ 112 km; the rule wants the destination more
 * than twice that far (≈ 223 km) before it calls a descent through 6,000 m early.
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
}
