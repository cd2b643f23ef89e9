package io.divertwatch.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class GeoAreaTest {

    /** A closed ring from [lon, lat] corner pairs. */
    static List<double[]> ring(double... lonLat) {
        List<double[]> ring = new ArrayList<>();
        for (int i = 0; i < lonLat.length; i += 2) {
            ring.add(new double[] {lonLat[i], lonLat[i + 1]});
        }
        ring.add(new double[] {lonLat[0], lonLat[1]});
        return ring;
    }

    static GeoArea polygon(List<double[]>... rings) {
        return GeoArea.of(List.of(List.of(rings)));
    }

    @Test
    void aBoxAroundPyongyangContainsSunanAndNotSeoul() {
        GeoArea northKorea = polygon(ring(124, 37.6, 131, 37.6, 131, 43, 124, 43));
        assertThat(northKorea.contains(39.224, 125.670)).as("ZKPY").isTrue();
        assertThat(northKorea.contains(37.46, 126.44)).as("RKSI").isFalse();
    }

    @Test
    void aHoleIsOutside() {
        GeoArea withHole = polygon(ring(0, 0, 10, 0, 10, 10, 0, 10), ring(4, 4, 6, 4, 6, 6, 4, 6));
        assertThat(withHole.contains(2, 2)).isTrue();
        assertThat(withHole.contains(5, 5)).isFalse();
    }

    @Test
    void aPolygonAcrossTheAntimeridianIsTheNarrowStripNotTheRestOfTheWorld() {
        // Chukotka to the Aleutians: 170°E to 170°W, written with both signs as GeoJSON allows.
        GeoArea strip = polygon(ring(170, 50, -170, 50, -170, 60, 170, 60));
        assertThat(strip.contains(55, 179.5)).isTrue();
        assertThat(strip.contains(55, -179.5)).isTrue();
        assertThat(strip.contains(55, 180)).isTrue();
        assertThat(strip.contains(55, 0)).isFalse();
        assertThat(strip.contains(55, 160)).isFalse();
        assertThat(strip.contains(55, -160)).isFalse();
        // The same strip written with longitudes beyond 180 is refused as a position error, not misread.
        assertThatThrownBy(() -> polygon(ring(170, 50, 190, 50, 190, 60, 170, 60)))
                .hasMessageContaining("lon in [-180, 180]");
    }

    @Test
    void aMultiPolygonContainsEachPart() {
        GeoArea two = GeoArea.of(List.of(List.of(ring(0, 0, 1, 0, 1, 1, 0, 1)), List.of(ring(20, 20, 21, 20, 21, 21))));
        assertThat(two.polygons()).isEqualTo(2);
        assertThat(two.contains(0.5, 0.5)).isTrue();
        assertThat(two.contains(20.2, 20.8)).isTrue();
        assertThat(two.contains(10, 10)).isFalse();
    }

    @Test
    void distanceToTheAreaIsZeroInsideAndToTheNearestEdgeOutside() {
        GeoArea box = polygon(ring(0, 0, 1, 0, 1, 1, 0, 1));
        assertThat(box.distanceKm(0.5, 0.5)).isZero();
        // One degree of latitude north of the top edge: 111.2 km.
        assertThat(box.distanceKm(2, 0.5)).isCloseTo(111.2, within(0.5));
        // Across the antimeridian, 1° of longitude at the equator east of a box ending at 180.
        GeoArea east = polygon(ring(179, -1, 180, -1, 180, 1, 179, 1));
        assertThat(east.distanceKm(0, -179)).isCloseTo(111.2, within(0.5));
    }

    @Test
    void refusesShapesThatAreNotPolygons() {
        assertThatThrownBy(() -> polygon(List.of(new double[] {0, 0}, new double[] {1, 0}, new double[] {0, 0})))
                .hasMessageContaining("at least 4 positions");
        assertThatThrownBy(() -> polygon(List.of(new double[] {0, 0}, new double[] {1, 0}, new double[] {1, 1},
                new double[] {0, 1}))).hasMessageContaining("not closed");
        assertThatThrownBy(() -> polygon(ring(0, 0, 1, 1, 2, 2))).hasMessageContaining("encloses no area");
        assertThatThrownBy(() -> polygon(ring(0, 0, 1, 0, 1, 95, 0, 1))).hasMessageContaining("position 2");
        // A band around the North Pole: its unwrapped ring does not close.
        assertThatThrownBy(() -> polygon(ring(-180, 80, -90, 80, 0, 80, 90, 80, 180, 80)))
                .hasMessageContaining("circles a pole");
    }

    @Test
    void theGridFindsOnlyTheAreasThatContainThePoint() {
        record Named(String name, GeoArea area) {
        }
        List<Named> areas = List.of(new Named("korea", polygon(ring(124, 37.6, 131, 37.6, 131, 43, 124, 43))),
                new Named("bering", polygon(ring(170, 50, -170, 50, -170, 60, 170, 60))),
                new Named("small", polygon(ring(125.5, 39, 126, 39, 126, 39.5, 125.5, 39.5))));
        AreaGrid<Named> grid = new AreaGrid<>(areas, Named::area);
        assertThat(grid.containing(39.224, 125.670)).extracting(Named::name).containsExactlyInAnyOrder("korea", "small");
        assertThat(grid.containing(55, -175)).extracting(Named::name).containsExactly("bering");
        assertThat(grid.containing(0, 0)).isEmpty();
        assertThat(grid.anyContaining(55, 175, a -> a.name().equals("bering"))).isTrue();
        assertThat(grid.anyContaining(55, 175, a -> a.name().equals("korea"))).isFalse();
    }

    @Test
    void aRectangleFromMinus180To180IsTheWholeWidthNotNothing() {
        GeoArea world = polygon(ring(-180, -90, 180, -90, 180, 90, -180, 90));
        GeoArea band = polygon(ring(-180, -60, 180, -60, 180, 60, -180, 60));

        assertThat(world.contains(0, 0)).isTrue();
        assertThat(world.contains(89, 179.9)).isTrue();
        assertThat(world.contains(-89, -179.9)).isTrue();
        assertThat(band.contains(0, 170)).isTrue();
        assertThat(band.contains(-59, -179)).isTrue();
        assertThat(band.contains(70, 0)).isFalse();
    }
}
