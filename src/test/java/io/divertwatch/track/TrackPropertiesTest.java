package io.divertwatch.track;

import static org.assertj.core.api.Assertions.assertThat;

import io.divertwatch.geo.GeoPoint;
import io.divertwatch.geo.Geodesy;
import io.divertwatch.support.Seeded;

import org.junit.jupiter.api.Test;

class TrackPropertiesTest {

    private static final double MAX_KMH = TrackLimits.DEFAULT.maxGroundSpeedKmh();

    /**
     * The shortcuts that spare the trigonometry never change the answer: a hop is plausible exactly
     * when its great-circle distance is within reach. Hops anywhere (poles and antimeridian included),
     * from a few metres to well past reach, after 1 s to an hour.
     */
    @Test
    void aHopIsPlausibleExactlyWhenItsGreatCircleDistanceIsWithinReach() {
        Seeded.forAll(20_261_201L, 20_000, draw -> aHopIsPlausibleExactlyWhenWithinReach(draw.between(-90.0, 90.0),
                draw.between(-180.0, 180.0), draw.between(0.0, 360.0), draw.between(0.0, 3.0), draw.between(1L, 3600L)));
    }

    private static void aHopIsPlausibleExactlyWhenWithinReach(double lat, double lon, double bearing, double logKm,
            long seconds) {
        GeoPoint to = Geodesy.destination(lat, lon, bearing, Math.pow(10, logKm) - 0.99);
        Fix fix = new Fix(1_000 + seconds, to.lat(), to.lon(), 10_000, false, 230, bearing, 0, null, "test");
        double allowedKm = MAX_KMH * seconds / 3600.0 + FlightPhysics.POSITION_NOISE_KM;
        double distanceKm = Geodesy.distanceKm(lat, lon, to.lat(), to.lon());

        boolean plausible = TrackGate.plausible(1_000, lat, lon, fix, MAX_KMH);

        if (Math.abs(distanceKm - allowedKm) > 1e-9) {
            assertThat(plausible).as("%.3f km within %.3f km", distanceKm, allowedKm)
                    .isEqualTo(distanceKm <= allowedKm);
        }
    }
}
