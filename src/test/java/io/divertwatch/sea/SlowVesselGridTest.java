package io.divertwatch.sea;

import static org.assertj.core.api.Assertions.assertThat;

import io.divertwatch.geo.GeoPoint;
import io.divertwatch.geo.Geodesy;
import io.divertwatch.support.Seeded;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * The encounter index must find every vessel within 500 m of a point, wherever on the globe (to 85°
 * of latitude; one draw in three astride the antimeridian), after vessels moved between cells.
 */
class SlowVesselGridTest {

    @Test
    void everyVesselWithinHalfAKilometreIsAmongTheNeighbours() {
        Seeded.forAll(500L, 500, draw -> {
            double lat = draw.between(-85.0, 85.0);
            double lon = draw.between(0.0, 3.0) < 1 ? Geodesy.normalizeLon(180 + draw.between(-0.02, 0.02))
                    : draw.between(-180.0, 180.0);
            SlowVesselGrid grid = new SlowVesselGrid();
            GeoPoint[] at = new GeoPoint[60];
            long[] cell = new long[at.length];
            for (int i = 0; i < at.length; i++) {
                // Placed once, then moved: membership must follow the move.
                GeoPoint first = Geodesy.destination(lat, lon, draw.between(0.0, 360.0), draw.between(0.0, 3.0));
                cell[i] = grid.move(i + 1, SlowVesselGrid.NONE, SlowVesselGrid.cellOf(first.lat(), first.lon()));
                at[i] = Geodesy.destination(lat, lon, draw.between(0.0, 360.0), draw.between(0.0, 1.5));
                cell[i] = grid.move(i + 1, cell[i], SlowVesselGrid.cellOf(at[i].lat(), at[i].lon()));
            }
            Set<Integer> near = new HashSet<>();
            grid.forEachNear(lat, lon, near::add);
            for (int i = 0; i < at.length; i++) {
                if (Geodesy.distanceKm(lat, lon, at[i].lat(), at[i].lon()) <= 0.5) {
                    assertThat(near).as("vessel %d at %s from %.5f, %.5f", i + 1, at[i], lat, lon).contains(i + 1);
                }
            }
            assertThat(near).doesNotHaveDuplicates();
        });
    }
}
