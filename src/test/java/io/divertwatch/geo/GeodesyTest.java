package io.divertwatch.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Worked numbers from docs/architecture.md (airport reference points from published coordinates). */
class GeodesyTest {

    static final GeoPoint ZSPD = new GeoPoint(31.1434, 121.8050);
    static final GeoPoint UUEE = new GeoPoint(55.9769, 37.4112);
    static final GeoPoint ZKPY = new GeoPoint(39.2241, 125.6700);

    @Test
    void shanghaiToMoscowDistanceAndCourse() {
        assertThat(Geodesy.distanceKm(ZSPD, UUEE)).isCloseTo(6851, within(10.0));
        assertThat(Geodesy.initialBearingDeg(ZSPD, UUEE)).isCloseTo(320.7, within(0.3));
    }

    @Test
    void shanghaiToPyongyangDistanceAndCourse() {
        assertThat(Geodesy.distanceKm(ZSPD, ZKPY)).isCloseTo(964, within(5.0));
        assertThat(Geodesy.initialBearingDeg(ZSPD, ZKPY)).isCloseTo(20.3, within(0.5));
    }

    @Test
    void pyongyangLiesFarOffTheShanghaiMoscowGreatCircle() {
        double offKm = Math.abs(Geodesy.crossTrackKm(ZKPY, ZSPD, UUEE));
        assertThat(offKm).isCloseTo(830, within(15.0));
        // To the right of the track: the aircraft must turn right (north-east) to reach it.
        assertThat(Geodesy.crossTrackKm(ZKPY, ZSPD, UUEE)).isPositive();
    }

    @Test
    void alongTrackIsSignedAndSegmentDistanceIsClamped() {
        GeoPoint behind = Geodesy.destination(ZSPD.lat(), ZSPD.lon(), 140.7, 100);
        assertThat(Geodesy.alongTrackKm(behind, ZSPD, UUEE)).isCloseTo(-100, within(1.0));
        assertThat(Geodesy.distanceToSegmentKm(behind, ZSPD, UUEE)).isCloseTo(100, within(1.0));
        GeoPoint midway = Geodesy.destination(ZSPD.lat(), ZSPD.lon(), 320.7, 3000);
        assertThat(Geodesy.distanceToSegmentKm(midway, ZSPD, UUEE)).isLessThan(5);
    }

    @Test
    void destinationPointRoundTrips() {
        GeoPoint p = Geodesy.destination(ZSPD.lat(), ZSPD.lon(), Geodesy.initialBearingDeg(ZSPD, ZKPY),
                Geodesy.distanceKm(ZSPD, ZKPY));
        assertThat(Geodesy.distanceKm(p, ZKPY)).isLessThan(0.01);
    }

    @Test
    void headingDifferenceWrapsAroundNorth() {
        assertThat(Geodesy.headingDifferenceDeg(350, 10)).isEqualTo(20);
        assertThat(Geodesy.headingDifferenceDeg(10, 350)).isEqualTo(20);
        assertThat(Geodesy.headingDifferenceDeg(0, 180)).isEqualTo(180);
    }

    @Test
    void gridFindsNeighboursAcrossTheAntimeridian() {
        GeoPoint east = new GeoPoint(0, 179.9);
        GeoPoint west = new GeoPoint(0, -179.9);
        SpatialGrid<GeoPoint> grid = new SpatialGrid<>(java.util.List.of(east, west), p -> p);
        assertThat(grid.within(0, 179.95, 20)).containsExactlyInAnyOrder(east, west);
        assertThat(grid.nearest(0, -179.95, 50)).isEqualTo(west);
        assertThat(grid.nearest(45, 0, 500)).isNull();
    }
}
