package io.divertwatch.detect;

import static io.divertwatch.detect.FrankfurtSheremetyevo.EDDF;
import static io.divertwatch.detect.FrankfurtSheremetyevo.UUEE;
import static io.divertwatch.detect.FrankfurtSheremetyevo.analyze;
import static io.divertwatch.detect.FrankfurtSheremetyevo.out;
import static org.assertj.core.api.Assertions.assertThat;

import io.divertwatch.geo.GeoPoint;
import io.divertwatch.geo.Geodesy;
import io.divertwatch.track.StateVector;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Holds near the destination, with worked numbers: Frankfurt to Sheremetyevo, holding 20 minutes in a
 * 12 × 4 km racetrack centred 35 km west of Sheremetyevo at 3,600 m (the hold reaches 41 km out). Leaving
 * it for the destination raises nothing; leaving it north-north-west, away from Sheremetyevo, is suspected
 * once the aircraft is beyond the hold's area and 12 km farther from the destination than the hold (and
 * the way into it) ever was, about 53 km out, 4.5 minutes at 100 m/s, plus the two minutes of persistence.
 */
class HoldTest {

    private static final GeoPoint CENTRE = Geodesy.destination(UUEE.lat(), UUEE.lon(), 270, 35);

    /** Cruise in, then five 4-minute laps of the racetrack. */
    private static TrackScript holding(String icao24) {
        GeoPoint north = Geodesy.destination(CENTRE.lat(), CENTRE.lon(), 0, 2);
        GeoPoint south = Geodesy.destination(CENTRE.lat(), CENTRE.lon(), 180, 2);
        GeoPoint[] corners = {Geodesy.destination(north.lat(), north.lon(), 270, 6),
                Geodesy.destination(north.lat(), north.lon(), 90, 6), Geodesy.destination(south.lat(), south.lon(), 90, 6),
                Geodesy.destination(south.lat(), south.lon(), 270, 6)};
        TrackScript script = new TrackScript(icao24, EDDF, 1_700_000_000L, 10).ground(3)
                .flyTo(out(1_850), 11_000, 230).flyTo(out(200), 11_000, 230).flyTo(corners[0], 3_600, 150);
        for (int lap = 0; lap < 5; lap++) {
            for (GeoPoint corner : corners) {
                script.flyTo(corner, 3_600, 110);
            }
        }
        return script;
    }

    @Test
    void aHoldThatEndsAtTheDestinationRaisesNothing() {
        List<StateVector> track = holding("b0d001").flyTo(UUEE, 0, 80).ground(3).states();

        assertThat(analyze(track, "b0d001")).extracting(Detection::type)
                .doesNotContain(AlertType.DIVERSION_SUSPECTED, AlertType.DIVERTED);
    }

    @Test
    void leavingTheHoldAwayFromTheDestinationIsSuspectedWithinSevenMinutes() {
        TrackScript script = holding("b0d002");
        long left = script.time();
        GeoPoint away = Geodesy.destination(CENTRE.lat(), CENTRE.lon(), 330, 120);
        List<StateVector> track = script.flyTo(away, 1_500, 100).states();

        Detection suspected = analyze(track, "b0d002").stream()
                .filter(d -> d.type() == AlertType.DIVERSION_SUSPECTED).findFirst().orElseThrow();
        assertThat(suspected.summary()).containsPattern("it held for 2\\d min 3\\d km from UUEE, then left the hold on 33\\d°");
        assertThat(suspected.time() - left).as("seconds after leaving the hold").isBetween(120L, 420L);
    }
}
