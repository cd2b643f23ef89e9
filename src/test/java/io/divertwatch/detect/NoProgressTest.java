package io.divertwatch.detect;

import static io.divertwatch.detect.FrankfurtSheremetyevo.EDDF;
import static io.divertwatch.detect.FrankfurtSheremetyevo.UUEE;
import static io.divertwatch.detect.FrankfurtSheremetyevo.out;
import static org.assertj.core.api.Assertions.assertThat;

import io.divertwatch.geo.GeoPoint;
import io.divertwatch.geo.Geodesy;
import io.divertwatch.track.StateVector;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * DIVERSION_SUSPECTED from lost progress, with worked numbers: Frankfurt to Sheremetyevo at 230 m/s
 * (13.8 km a minute). Flying across the route, the distance to the destination barely changes, so it
 * never grows by the 30 km in 5 min of a reversal; over the 10-minute look-back the aircraft must come
 * at least a quarter of the ground it covered closer.
 */
class NoProgressTest {

    private static double courseToUuee(GeoPoint from) {
        return Geodesy.initialBearingDeg(from, UUEE.position());
    }

    private static List<Detection> analyze(List<StateVector> track) {
        return FrankfurtSheremetyevo.analyze(track, "e00002");
    }

    private static long lastTime(TrackScript script) {
        List<StateVector> states = script.states();
        return states.get(states.size() - 1).time();
    }

    @Test
    void turningAcrossTheRouteAtCruiseIsSuspectedOnceTheLookBackShowsIt() {
        // 1,000 km out it turns 90° left for 15 min (207 km). Ten minutes on, it has covered 138 km and its
        // distance to UUEE has grown by √(1,000² + 138²) − 1,000 ≈ 9.5 km. The share made good falls
        // below 0.25 about 7.5 min after the turn; two more minutes of persistence.
        TrackScript script = new TrackScript("e00002", EDDF, 1_700_000_000L, 10).ground(3)
                .flyTo(out(1_800), 11_000, 230).flyTo(out(1_000), 11_000, 230);
        long turnAt = lastTime(script);
        script.flyTo(script.ahead(courseToUuee(out(1_000)) - 90, 207), 11_000, 230)
                .flyTo(out(300), 11_000, 230).flyTo(UUEE, 0, 200).ground(3);

        Detection suspected = analyze(script.states()).stream()
                .filter(d -> d.type() == AlertType.DIVERSION_SUSPECTED).findFirst().orElseThrow();
        assertThat(suspected.summary()).contains("in the last 10 min it covered").contains("closer to UUEE");
        assertThat(suspected.time() - turnAt).isBetween(7 * 60L, 12 * 60L);
    }

    @Test
    void aWeatherDeviationFiftyDegreesOffStillMakesGoodMostOfTheWay() {
        // 15 min at 50° off the course, then back to UUEE: cos 50° ≈ 0.64 of the ground covered is progress.
        TrackScript script = new TrackScript("e00002", EDDF, 1_700_000_000L, 10).ground(3)
                .flyTo(out(1_800), 11_000, 230).flyTo(out(1_000), 11_000, 230);
        script.flyTo(script.ahead(courseToUuee(out(1_000)) - 50, 207), 11_000, 230)
                .flyTo(out(300), 11_000, 230).flyTo(UUEE, 0, 200).ground(3);

        assertThat(analyze(script.states())).extracting(Detection::type)
                .doesNotContain(AlertType.DIVERSION_SUSPECTED, AlertType.DIVERTED);
    }

    @Test
    void aDepartureClimbingAcrossTheRouteIsNotSuspected() {
        // Out of the origin area at 3,000 m, then 12 min at 90° to the route while climbing to 10,000 m
        // (144 km at 200 m/s): no progress at all, but a departure routes where it must.
        TrackScript script = new TrackScript("e00002", EDDF, 1_700_000_000L, 10).ground(3);
        GeoPoint climbOut = Geodesy.destination(EDDF.lat(), EDDF.lon(), courseToUuee(EDDF.position()), 80);
        script.flyTo(climbOut, 3_000, 150);
        script.flyTo(script.ahead(courseToUuee(climbOut) + 90, 144), 10_000, 200).flyTo(out(300), 11_000, 230)
                .flyTo(UUEE, 0, 200).ground(3);

        assertThat(analyze(script.states())).extracting(Detection::type)
                .doesNotContain(AlertType.DIVERSION_SUSPECTED, AlertType.DIVERTED);
    }
}
