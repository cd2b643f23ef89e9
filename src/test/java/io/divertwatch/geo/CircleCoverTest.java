package io.divertwatch.geo;

import static org.assertj.core.api.Assertions.assertThat;

import io.divertwatch.support.Seeded;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class CircleCoverTest {

    record Spot(int id, GeoPoint centre, double radiusKm) {
    }

    private static CircleCover<Spot> cover(List<Spot> spots) {
        return new CircleCover<>(spots, Spot::centre, Spot::radiusKm);
    }

    /**
     * The same answer as measuring every circle: circles of 1 to 2,500 km anywhere (poles and
     * antimeridian included), points near them and anywhere.
     */
    @Test
    void findsExactlyTheCirclesThatContainAPoint() {
        Seeded.forAll(300L, 300, draw -> findsExactlyTheCirclesThatContainAPoint(draw.anyLong()));
    }

    private static void findsExactlyTheCirclesThatContainAPoint(long seed) {
        Random random = new Random(seed);
        List<Spot> spots = new ArrayList<>();
        for (int i = 0, n = 1 + random.nextInt(40); i < n; i++) {
            spots.add(new Spot(i, randomPoint(random), Math.pow(10, random.nextDouble() * 3.4)));
        }
        CircleCover<Spot> cover = cover(spots);
        for (int k = 0; k < 50; k++) {
            Spot near = spots.get(random.nextInt(spots.size()));
            GeoPoint p = random.nextBoolean() ? randomPoint(random)
                    : Geodesy.destination(near.centre().lat(), near.centre().lon(), random.nextDouble() * 360,
                            near.radiusKm() * random.nextDouble() * 1.2);
            List<Spot> expected = spots.stream()
                    .filter(s -> Geodesy.distanceKm(p, s.centre()) <= s.radiusKm()).toList();

            assertThat(cover.covering(p.lat(), p.lon())).as("at %s", p).containsExactlyElementsOf(expected);
            assertThat(cover.anyCovering(p.lat(), p.lon(), s -> s.id() % 2 == 0)).as("even ones at %s", p)
                    .isEqualTo(expected.stream().anyMatch(s -> s.id() % 2 == 0));
        }
    }

    @Test
    void aCircleAcrossTheAntimeridianCoversBothSidesAndNothingIsCoveredWhereNoneReaches() {
        Spot fiji = new Spot(1, new GeoPoint(-17.0, 179.8), 100);
        CircleCover<Spot> cover = cover(List.of(fiji));
        assertThat(cover.covering(-17.0, -179.5)).containsExactly(fiji);
        assertThat(cover.covering(-17.0, 179.5)).containsExactly(fiji);
        assertThat(cover.covering(-17.0, 178.5)).as("about 138 km west").isEmpty();
        assertThat(cover.anyCovering(50, 10, s -> true)).isFalse();
        assertThat(cover(List.of()).covering(0, 0)).isEmpty();
    }

    private static GeoPoint randomPoint(Random random) {
        double lat = random.nextInt(10) == 0 ? (random.nextBoolean() ? 1 : -1) * (85 + random.nextDouble() * 5)
                : -90 + random.nextDouble() * 180;
        double lon = random.nextInt(10) == 0 ? (random.nextBoolean() ? 179.5 : -179.5) + random.nextDouble() * 0.5
                : -180 + random.nextDouble() * 360;
        return new GeoPoint(lat, Geodesy.normalizeLon(lon));
    }
}
