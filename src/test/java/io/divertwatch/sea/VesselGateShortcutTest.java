package io.divertwatch.sea;

import static org.assertj.core.api.Assertions.assertThat;

import io.divertwatch.geo.Geodesy;
import io.divertwatch.support.Seeded;

import org.junit.jupiter.api.Test;

/**
 * The gate judges most jumps without trigonometry (docs/performance.md); its verdict must be the
 * exact formula's, anywhere on the globe (poles and antimeridian included) and at every reporting
 * interval, except within a hair of the limit where 111.2 km a degree rounds up the Earth's 111.195.
 */
class VesselGateShortcutTest {

    private static final MaritimeConfig CONFIG = MaritimeConfig.defaults();

    @Test
    void theCheapBoundsGiveTheExactVerdict() {
        Seeded.forAll(20_261_207L, 20_000, draw -> {
            double lat1 = draw.between(-89.9, 89.9);
            double lon1 = draw.between(-180.0, 180.0);
            long seconds = draw.between(1L, 6 * 3600L);
            double allowedKm = CONFIG.implausibleSpeedKn() * 1.852 * seconds / 3600.0 + 1.0;
            // Jumps from a few metres to a few times the allowed distance, in any direction.
            double km = allowedKm * Math.pow(10, draw.between(-3.0, 0.6));
            var to = Geodesy.destination(lat1, lon1, draw.between(0.0, 360.0), km);
            double exact = Geodesy.distanceKm(lat1, lon1, to.lat(), to.lon());
            if (Math.abs(exact - allowedKm) < allowedKm * 1e-4) {
                return;
            }
            assertThat(VesselGate.plausible(lat1, lon1, to.lat(), to.lon(), seconds, CONFIG))
                    .as("%.5f,%.5f → %.5f,%.5f: %.3f km in %d s (allowed %.3f)", lat1, lon1, to.lat(), to.lon(),
                            exact, seconds, allowedKm)
                    .isEqualTo(exact <= allowedKm);
        });
    }
}
