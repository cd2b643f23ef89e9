package io.divertwatch.geo;

import static org.assertj.core.api.Assertions.assertThat;

import io.divertwatch.geo.CourseCone.UnitVector;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** The cone must agree with the bearing-and-distance definition it replaces, everywhere. */
class CourseConeTest {

    @Test
    void agreesWithInitialBearingAndGreatCircleDistanceAnywhere() {
        Random random = new Random(11);
        int inside = 0;
        for (int i = 0; i < 200_000; i++) {
            double lat = -85 + random.nextDouble() * 170;
            double lon = -180 + random.nextDouble() * 360;
            double course = random.nextDouble() * 360;
            double tolerance = 1 + random.nextDouble() * 170;
            double range = 50 + random.nextDouble() * 3000;
            // Targets near the position, so that both answers occur often.
            double targetLat = Math.max(-90, Math.min(90, lat + (random.nextDouble() - 0.5) * 40));
            double targetLon = Geodesy.normalizeLon(lon + (random.nextDouble() - 0.5) * 60);
            double distance = Geodesy.distanceKm(lat, lon, targetLat, targetLon);
            double off = Geodesy.headingDifferenceDeg(course, Geodesy.initialBearingDeg(lat, lon, targetLat, targetLon));
            boolean expected = distance <= range && off <= tolerance;
            boolean nearEdge = Math.abs(distance - range) < 1e-6 || Math.abs(off - tolerance) < 1e-6;
            boolean actual = new CourseCone(lat, lon, course, tolerance, range)
                    .contains(UnitVector.of(targetLat, targetLon));
            if (!nearEdge) {
                assertThat(actual).as("%.4f,%.4f course %.1f±%.1f within %.0f km: %.4f,%.4f (%.1f km, %.2f° off)",
                        lat, lon, course, tolerance, range, targetLat, targetLon, distance, off).isEqualTo(expected);
            }
            inside += actual ? 1 : 0;
        }
        assertThat(inside).as("points inside the cone").isGreaterThan(5_000);
    }

    @Test
    void pyongyangLiesAheadOfAnAircraftTurningToItFromTheYellowSea() {
        // 37.5°N 123°E, course 45°: Sunan (39.224°N 125.670°E) is 302 km away on a bearing of 49.7°.
        CourseCone cone = new CourseCone(37.5, 123.0, 45, 10, 2000);
        assertThat(cone.contains(UnitVector.of(39.224, 125.670))).isTrue();
        assertThat(new CourseCone(37.5, 123.0, 45, 3, 2000).contains(UnitVector.of(39.224, 125.670))).isFalse();
        assertThat(new CourseCone(37.5, 123.0, 45, 10, 250).contains(UnitVector.of(39.224, 125.670))).isFalse();
        assertThat(new CourseCone(37.5, 123.0, 225, 10, 2000).contains(UnitVector.of(39.224, 125.670))).isFalse();
    }

    @Test
    void aConeWiderThanARightAngleReachesBehind() {
        // From 0°N 0°E on course 0°: a point due south-east lies 135° off.
        UnitVector southEast = UnitVector.of(-1, 1);
        assertThat(new CourseCone(0, 0, 0, 140, 1000).contains(southEast)).isTrue();
        assertThat(new CourseCone(0, 0, 0, 130, 1000).contains(southEast)).isFalse();
        assertThat(new CourseCone(0, 0, 0, 89, 1000).contains(UnitVector.of(1, 1))).isTrue();
    }
}
