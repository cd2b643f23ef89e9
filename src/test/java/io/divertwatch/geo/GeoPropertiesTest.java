package io.divertwatch.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.divertwatch.support.Seeded;
import io.divertwatch.support.Seeded.Draw;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Properties of the geodesy and the area geometry that must hold anywhere on the globe. */
class GeoPropertiesTest {

    private static final double HALF_CIRCUMFERENCE_KM = Math.PI * Geodesy.EARTH_RADIUS_KM;

    /** The tries of a property without a count of its own. */
    private static final int TRIES = 1000;

    private static GeoPoint point(Draw draw) {
        return new GeoPoint(draw.between(-90.0, 90.0), draw.between(-180.0, 180.0));
    }

    @Test
    void distanceIsSymmetricNonNegativeAndAtMostHalfTheCircumference() {
        Seeded.forAll(1L, TRIES, draw -> distanceIsSymmetricNonNegativeAndAtMostHalfTheCircumference(point(draw),
                point(draw)));
    }

    private static void distanceIsSymmetricNonNegativeAndAtMostHalfTheCircumference(GeoPoint a, GeoPoint b) {
        double ab = Geodesy.distanceKm(a, b);
        assertThat(ab).isBetween(0.0, HALF_CIRCUMFERENCE_KM + 1e-6);
        assertThat(Geodesy.distanceKm(b, a)).isCloseTo(ab, within(1e-6));
        assertThat(Geodesy.distanceKm(a, a)).isZero();
    }

    @Test
    void triangleInequality() {
        Seeded.forAll(2L, TRIES, draw -> triangleInequality(point(draw), point(draw), point(draw)));
    }

    private static void triangleInequality(GeoPoint a, GeoPoint b, GeoPoint c) {
        assertThat(Geodesy.distanceKm(a, c)).isLessThanOrEqualTo(Geodesy.distanceKm(a, b) + Geodesy.distanceKm(b, c) + 1e-6);
    }

    @Test
    void flyingABearingForADistanceLandsThatFarAwayOnThatBearing() {
        Seeded.forAll(3L, TRIES, draw -> flyingABearingForADistanceLandsThatFarAwayOnThatBearing(
                draw.between(-85.0, 85.0), draw.between(-180.0, 180.0), draw.between(0.0, 360.0),
                draw.between(1.0, 5000.0)));
    }

    private static void flyingABearingForADistanceLandsThatFarAwayOnThatBearing(double lat, double lon,
            double bearing, double km) {
        GeoPoint there = Geodesy.destination(lat, lon, bearing, km);
        assertThat(Geodesy.distanceKm(lat, lon, there.lat(), there.lon())).isCloseTo(km, within(km * 1e-6 + 1e-6));
        assertThat(Geodesy.headingDifferenceDeg(Geodesy.initialBearingDeg(lat, lon, there.lat(), there.lon()), bearing))
                .isLessThan(0.01);
    }

    @Test
    void headingDifferenceIsSymmetricAndAtMost180() {
        Seeded.forAll(4L, TRIES, draw -> headingDifferenceIsSymmetricAndAtMost180(draw.between(-720.0, 720.0),
                draw.between(-720.0, 720.0)));
    }

    private static void headingDifferenceIsSymmetricAndAtMost180(double a, double b) {
        double d = Geodesy.headingDifferenceDeg(a, b);
        assertThat(d).isBetween(0.0, 180.0);
        assertThat(Geodesy.headingDifferenceDeg(b, a)).isCloseTo(d, within(1e-9));
    }

    @Test
    void aCourseDiffersFromTheBearingExactlyWhenTheirHeadingDifferenceExceedsTheTolerance() {
        Seeded.forAll(5L, 5000, draw -> aCourseDiffersFromTheBearingExactlyWhenBeyondTheTolerance(point(draw),
                point(draw), draw.between(-360.0, 720.0), draw.between(0.0, 180.0)));
    }

    private static void aCourseDiffersFromTheBearingExactlyWhenBeyondTheTolerance(GeoPoint from, GeoPoint to,
            double course, double tolerance) {
        double difference = Geodesy.headingDifferenceDeg(course, Geodesy.initialBearingDeg(from, to));
        if (Math.abs(difference - tolerance) > 1e-6) {
            assertThat(Geodesy.courseDiffersFromBearing(from.lat(), from.lon(), to.lat(), to.lon(), course, tolerance))
                    .as("%.6f° off with %.6f° allowed", difference, tolerance).isEqualTo(difference > tolerance);
        }
    }

    @Test
    void aCourseNearTheBearingToANearbyPointIsToldApartAtTheTolerance() {
        Seeded.forAll(6L, 2000, draw -> aCourseNearTheBearingToANearbyPointIsToldApartAtTheTolerance(
                draw.between(-89.0, 89.0), draw.between(-180.0, 180.0), draw.between(0.0, 360.0),
                draw.between(0.5, 3000.0), draw.between(-60.0, 60.0)));
    }

    private static void aCourseNearTheBearingToANearbyPointIsToldApartAtTheTolerance(double lat, double lon,
            double bearing, double km, double offset) {
        GeoPoint to = Geodesy.destination(lat, lon, bearing, km);
        double difference = Geodesy.headingDifferenceDeg(bearing + offset, Geodesy.initialBearingDeg(lat, lon,
                to.lat(), to.lon()));
        if (Math.abs(difference - 45) > 1e-6) {
            assertThat(Geodesy.courseDiffersFromBearing(lat, lon, to.lat(), to.lon(), bearing + offset, 45))
                    .isEqualTo(difference > 45);
        }
    }

    /**
     * The distance to a leg is the least distance to any of its points, however long the leg: points are
     * drawn anywhere, and half of them near the antipode of one end, where the foot of the perpendicular
     * falls off the leg on the far side.
     */
    @Test
    void theDistanceToALegIsTheLeastDistanceToAnyOfItsPoints() {
        Seeded.forAll(7L, 3000, draw -> theDistanceToALegIsTheLeastDistanceToAnyOfItsPoints(point(draw), point(draw),
                point(draw), draw.bool(), draw.between(0.0, 360.0), draw.between(0.0, 3000.0)));
    }

    private static void theDistanceToALegIsTheLeastDistanceToAnyOfItsPoints(GeoPoint a, GeoPoint b,
            GeoPoint anywhere, boolean nearAnAntipode, double bearing, double km) {
        GeoPoint end = bearing < 180 ? a : b;
        GeoPoint p = nearAnAntipode ? Geodesy.destination(-end.lat(), end.lon() + 180, bearing, km) : anywhere;
        double legKm = Geodesy.distanceKm(a, b);
        if (legKm >= HALF_CIRCUMFERENCE_KM - 1) {
            return; // between antipodes every meridian is a leg
        }
        int samples = 4000;
        double least = Double.MAX_VALUE;
        for (int i = 0; i <= samples; i++) {
            least = Math.min(least, Geodesy.distanceKm(p, alongTheLeg(a, b, (double) i / samples)));
        }
        assertThat(Geodesy.distanceToSegmentKm(p, a, b)).isCloseTo(least, within(legKm / samples + 1e-3));
    }

    /** The point a fraction of the way from a to b, interpolated between their unit vectors (exact at the poles). */
    private static GeoPoint alongTheLeg(GeoPoint a, GeoPoint b, double fraction) {
        double[] u = unit(a);
        double[] v = unit(b);
        double angle = Math.acos(Math.max(-1, Math.min(1, u[0] * v[0] + u[1] * v[1] + u[2] * v[2])));
        if (angle < 1e-12) {
            return a;
        }
        double wa = Math.sin((1 - fraction) * angle) / Math.sin(angle);
        double wb = Math.sin(fraction * angle) / Math.sin(angle);
        double x = wa * u[0] + wb * v[0];
        double y = wa * u[1] + wb * v[1];
        double z = wa * u[2] + wb * v[2];
        return new GeoPoint(Math.toDegrees(Math.atan2(z, Math.hypot(x, y))), Math.toDegrees(Math.atan2(y, x)));
    }

    private static double[] unit(GeoPoint p) {
        double lat = Math.toRadians(p.lat());
        double lon = Math.toRadians(p.lon());
        return new double[] { Math.cos(lat) * Math.cos(lon), Math.cos(lat) * Math.sin(lon), Math.sin(lat) };
    }

    /**
     * A box drawn anywhere, including across the antimeridian, contains exactly the points between its
     * edges: points are placed by fractions of the box's width and height, half of them outside.
     */
    @Test
    void aBoxContainsWhatLiesBetweenItsEdgesWhereverItIsDrawn() {
        Seeded.forAll(8L, TRIES, draw -> aBoxContainsWhatLiesBetweenItsEdgesWhereverItIsDrawn(
                draw.between(-179.99, 179.99), draw.between(0.5, 90.0), draw.between(-80.0, 70.0),
                draw.between(0.5, 10.0), draw.between(-0.5, 1.5), draw.between(-0.5, 1.5)));
    }

    private static void aBoxContainsWhatLiesBetweenItsEdgesWhereverItIsDrawn(double west, double width, double south,
            double height, double across, double up) {
        double east = Geodesy.normalizeLon(west + width);
        double north = south + height;
        GeoArea box = GeoArea.of(List.of(List.of(GeoAreaTest.ring(west, south, east, south, east, north, west, north))));
        double lat = south + up * height;
        double lon = Geodesy.normalizeLon(west + across * width);
        double margin = 1e-6;
        boolean inside = across > margin && across < 1 - margin && up > margin && up < 1 - margin;
        boolean outside = across < -margin || across > 1 + margin || up < -margin || up > 1 + margin;
        if (inside) {
            assertThat(box.contains(lat, lon)).isTrue();
            assertThat(box.distanceKm(lat, lon)).isZero();
        } else if (outside) {
            assertThat(box.contains(lat, lon)).isFalse();
            assertThat(box.distanceKm(lat, lon)).isPositive();
        }
    }
}
