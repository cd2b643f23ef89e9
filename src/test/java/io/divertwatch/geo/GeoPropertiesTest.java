package io.divertwatch.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Assume;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;

/** Properties of the geodesy and the area geometry that must hold anywhere on the globe. */
class GeoPropertiesTest {

    private static final double HALF_CIRCUMFERENCE_KM = Math.PI * Geodesy.EARTH_RADIUS_KM;

    @Provide
    Arbitrary<GeoPoint> points() {
        return Combinators.combine(Arbitraries.doubles().between(-90, 90), Arbitraries.doubles().between(-180, 180))
                .as(GeoPoint::new);
    }

    @Property
    void distanceIsSymmetricNonNegativeAndAtMostHalfTheCircumference(@ForAll("points") GeoPoint a,
            @ForAll("points") GeoPoint b) {
        double ab = Geodesy.distanceKm(a, b);
        assertThat(ab).isBetween(0.0, HALF_CIRCUMFERENCE_KM + 1e-6);
        assertThat(Geodesy.distanceKm(b, a)).isCloseTo(ab, within(1e-6));
        assertThat(Geodesy.distanceKm(a, a)).isZero();
    }

    @Property
    void triangleInequality(@ForAll("points") GeoPoint a, @ForAll("points") GeoPoint b, @ForAll("points") GeoPoint c) {
        assertThat(Geodesy.distanceKm(a, c)).isLessThanOrEqualTo(Geodesy.distanceKm(a, b) + Geodesy.distanceKm(b, c) + 1e-6);
    }

    @Property
    void flyingABearingForADistanceLandsThatFarAwayOnThatBearing(
            @ForAll @DoubleRange(min = -85, max = 85) double lat, @ForAll @DoubleRange(min = -180, max = 180) double lon,
            @ForAll @DoubleRange(min = 0, max = 360, maxIncluded = false) double bearing,
            @ForAll @DoubleRange(min = 1, max = 5000) double km) {
        GeoPoint there = Geodesy.destination(lat, lon, bearing, km);
        assertThat(Geodesy.distanceKm(lat, lon, there.lat(), there.lon())).isCloseTo(km, within(km * 1e-6 + 1e-6));
        assertThat(Geodesy.headingDifferenceDeg(Geodesy.initialBearingDeg(lat, lon, there.lat(), there.lon()), bearing))
                .isLessThan(0.01);
    }

    @Property
    void headingDifferenceIsSymmetricAndAtMost180(@ForAll @DoubleRange(min = -720, max = 720) double a,
            @ForAll @DoubleRange(min = -720, max = 720) double b) {
        double d = Geodesy.headingDifferenceDeg(a, b);
        assertThat(d).isBetween(0.0, 180.0);
        assertThat(Geodesy.headingDifferenceDeg(b, a)).isCloseTo(d, within(1e-9));
    }

    @Property(tries = 5000)
    void aCourseDiffersFromTheBearingExactlyWhenTheirHeadingDifferenceExceedsTheTolerance(
            @ForAll("points") GeoPoint from, @ForAll("points") GeoPoint to,
            @ForAll @DoubleRange(min = -360, max = 720) double course,
            @ForAll @DoubleRange(min = 0, max = 180) double tolerance) {
        double difference = Geodesy.headingDifferenceDeg(course, Geodesy.initialBearingDeg(from, to));
        if (Math.abs(difference - tolerance) > 1e-6) {
            assertThat(Geodesy.courseDiffersFromBearing(from.lat(), from.lon(), to.lat(), to.lon(), course, tolerance))
                    .as("%.6f° off with %.6f° allowed", difference, tolerance).isEqualTo(difference > tolerance);
        }
    }

    @Property(tries = 2000)
    void aCourseNearTheBearingToANearbyPointIsToldApartAtTheTolerance(
            @ForAll @DoubleRange(min = -89, max = 89) double lat, @ForAll @DoubleRange(min = -180, max = 180) double lon,
            @ForAll @DoubleRange(min = 0, max = 360) double bearing, @ForAll @DoubleRange(min = 0.5, max = 3000) double km,
            @ForAll @DoubleRange(min = -60, max = 60) double offset) {
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
    @Property(tries = 3000)
    void theDistanceToALegIsTheLeastDistanceToAnyOfItsPoints(@ForAll("points") GeoPoint a,
            @ForAll("points") GeoPoint b, @ForAll("points") GeoPoint anywhere, @ForAll boolean nearAnAntipode,
            @ForAll @DoubleRange(min = 0, max = 360) double bearing,
            @ForAll @DoubleRange(min = 0, max = 3000) double km) {
        GeoPoint end = bearing < 180 ? a : b;
        GeoPoint p = nearAnAntipode ? Geodesy.destination(-end.lat(), end.lon() + 180, bearing, km) : anywhere;
        double legKm = Geodesy.distanceKm(a, b);
        Assume.that(legKm < HALF_CIRCUMFERENCE_KM - 1); // between antipodes every meridian is a leg
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
    @Property
    void aBoxContainsWhatLiesBetweenItsEdgesWhereverItIsDrawn(
            @ForAll @DoubleRange(min = -179.99, max = 179.99) double west, @ForAll @DoubleRange(min = 0.5, max = 90) double width,
            @ForAll @DoubleRange(min = -80, max = 70) double south, @ForAll @DoubleRange(min = 0.5, max = 10) double height,
            @ForAll @DoubleRange(min = -0.5, max = 1.5) double across, @ForAll @DoubleRange(min = -0.5, max = 1.5) double up) {
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
