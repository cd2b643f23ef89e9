package io.divertwatch.geo;

import static io.divertwatch.geo.GeoAreaTest.polygon;
import static io.divertwatch.geo.GeoAreaTest.ring;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** The mask may say "maybe" where nothing is, but must never say "no" where something is. */
class CellMaskTest {

    @Test
    void everyPointInsideACircleIsMarkedAnywhereOnTheGlobe() {
        Random random = new Random(7);
        for (int i = 0; i < 2_000; i++) {
            double lat = -89 + random.nextDouble() * 178;
            double lon = -180 + random.nextDouble() * 360;
            double radiusKm = 5 + random.nextDouble() * 300;
            CellMask mask = new CellMask();
            mask.markCircle(lat, lon, radiusKm);
            for (int k = 0; k < 20; k++) {
                GeoPoint p = Geodesy.destination(lat, lon, random.nextDouble() * 360, random.nextDouble() * radiusKm);
                assertThat(mask.mayContain(p.lat(), p.lon()))
                        .as("%.3f,%.3f within %.0f km of %.3f,%.3f", p.lat(), p.lon(), radiusKm, lat, lon).isTrue();
            }
        }
    }

    @Test
    void aCircleOnTheAntimeridianMarksBothSides() {
        CellMask mask = new CellMask();
        mask.markCircle(-17.0, 179.8, 100);
        assertThat(mask.mayContain(-17.0, -179.5)).isTrue();
        assertThat(mask.mayContain(-17.0, 179.5)).isTrue();
        assertThat(mask.mayContain(-17.0, 170.0)).isFalse();
    }

    @Test
    void anAreaIsMarkedAndFarAwayIsNot() {
        CellMask mask = new CellMask();
        assertThat(mask.isEmpty()).isTrue();
        mask.markArea(polygon(ring(124, 37.6, 131, 37.6, 131, 43, 124, 43)));
        assertThat(mask.isEmpty()).isFalse();
        assertThat(mask.mayContain(39.224, 125.670)).as("ZKPY").isTrue();
        assertThat(mask.mayContain(55.97, 37.41)).as("UUEE").isFalse();
    }

    @Test
    void anEmptyMaskHoldsNothing() {
        assertThat(new CellMask().mayContain(0, 0)).isFalse();
    }
}
