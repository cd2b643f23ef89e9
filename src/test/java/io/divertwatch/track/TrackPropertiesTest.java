package io.divertwatch.track;

import static org.assertj.core.api.Assertions.assertThat;

import io.divertwatch.geo.GeoPoint;
import io.divertwatch.geo.Geodesy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.LongRange;

class TrackPropertiesTest {

    private static final double MAX_KMH = TrackLimits.DEFAULT.maxGroundSpeedKmh();

    /**
     * The shortcuts that spare the trigonometry never change the answer: a hop is plausible exactly
     * when its great-circle distance is within reach. Hops anywhere (poles and antimeridian included),
     * from a few metres to well past reach, after 1 s to an hour.
     */
    @Property(tries = 20_000)
    void aHopIsPlausibleExactlyWhenItsGreatCircleDistanceIsWithinReach(
            @ForAll @DoubleRange(min = -90, max = 90) double lat, @ForAll @DoubleRange(min = -180, max = 180) double lon,
            @ForAll @DoubleRange(min = 0, max = 360) double bearing, @ForAll @DoubleRange(min = 0, max = 3) double logKm,
            @ForAll @LongRange(min = 1, max = 3600) long seconds) {
        GeoPoint to = Geodesy.destination(lat, lon, bearing, Math.pow(10, logKm) - 0.99);
        Fix fix = new Fix(1_000 + seconds, to.lat(), to.lon(), 10_000, false, 230, bearing, 0, null, "test");
        double allowedKm = MAX_KMH * seconds / 3600.0 + Track.POSITION_NOISE_KM;
        double distanceKm = Geodesy.distanceKm(lat, lon, to.lat(), to.lon());

        boolean plausible = Track.plausible(1_000, lat, lon, fix, MAX_KMH);

        if (Math.abs(distanceKm - allowedKm) > 1e-9) {
            assertThat(plausible).as("%.3f km within %.3f km", distanceKm, allowedKm)
                    .isEqualTo(distanceKm <= allowedKm);
        }
    }
}
