package io.divertwatch.detect.rule;

import static org.assertj.core.api.Assertions.assertThat;

import io.divertwatch.airport.BuiltInAirports;
import io.divertwatch.geo.Airport;
import io.divertwatch.geo.AirportIndex;
import io.divertwatch.geo.GeoPoint;
import io.divertwatch.geo.Geodesy;
import io.divertwatch.support.Seeded;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class CorridorClearanceTest {

    private static final AirportIndex AIRPORTS = new AirportIndex(BuiltInAirports.all(), "built-in");
    private static final List<Airport> SOME = List.of("ZSPD", "UUEE", "ZKPY", "EGLL", "KJFK", "OMDB", "WSSS", "EDDF",
            "KLAX", "VHHH", "UHHH", "LTFM").stream().map(i -> AIRPORTS.byIdent(i).orElseThrow()).toList();

    /**
     * What the clearances rest on: a route's distance changes by no more than the distance flown.
     * Routes with and without origin and via points, points anywhere on the globe (up to 20,000 km
     * from the route), steps of up to 300 km.
     */
    @Test
    void aRouteDistanceChangesByNoMoreThanTheDistanceFlown() {
        Seeded.forAll(3_000L, 20_000, draw -> aRouteDistanceChangesByNoMoreThanTheDistanceFlown(draw.anyLong()));
    }

    private static void aRouteDistanceChangesByNoMoreThanTheDistanceFlown(long seed) {
        Random random = new Random(seed);
        Airport origin = random.nextBoolean() ? pick(random) : null;
        List<Airport> via = random.nextBoolean() ? List.of(pick(random)) : List.of();
        Airport destination = pick(random);
        Route route = new Route(origin, destination, via, 150);
        GeoPoint start = point(random);
        GeoPoint from = origin != null ? origin.position() : start;
        GeoPoint onRoute = Geodesy.destination(from.lat(), from.lon(), Geodesy.initialBearingDeg(from,
                destination.position()), random.nextDouble() * Geodesy.distanceKm(from, destination.position()));
        GeoPoint p = Geodesy.destination(onRoute.lat(), onRoute.lon(), random.nextDouble() * 360,
                random.nextDouble() * 20_000);
        GeoPoint q = Geodesy.destination(p.lat(), p.lon(), random.nextDouble() * 360, random.nextDouble() * 300);

        double change = Math.abs(route.distanceFromRouteKm(q, start) - route.distanceFromRouteKm(p, start));
        assertThat(change).isLessThanOrEqualTo(Geodesy.distanceKm(p, q) + 1e-6);
    }

    @Test
    void surelyInsideOnlyWhereTheRouteMeasuresInside() {
        Seeded.forAll(500L, 500, draw -> surelyInsideOnlyWhereTheRouteMeasuresInside(draw.anyLong()));
    }

    private static void surelyInsideOnlyWhereTheRouteMeasuresInside(long seed) {
        Random random = new Random(seed);
        Route route = new Route(pick(random), pick(random), List.of(), 20 + random.nextDouble() * 200);
        GeoPoint p = point(random);
        CorridorClearance clearance = new CorridorClearance();
        clearance.measured(route, p.lat(), p.lon(), route.distanceFromRouteKm(p, null));
        GeoPoint q = Geodesy.destination(p.lat(), p.lon(), random.nextDouble() * 360, random.nextDouble() * 200);

        if (clearance.surelyInside(route, q.lat(), q.lon())) {
            assertThat(route.distanceFromRouteKm(q, null)).isLessThanOrEqualTo(route.corridorKm());
        }
        Route rebuilt = new Route(route.origin(), route.destination(), List.of(), route.corridorKm());
        assertThat(clearance.surelyInside(rebuilt, p.lat(), p.lon())).as("another route object").isFalse();
    }

    private static Airport pick(Random random) {
        return SOME.get(random.nextInt(SOME.size()));
    }

    private static GeoPoint point(Random random) {
        return new GeoPoint(Math.toDegrees(Math.asin(2 * random.nextDouble() - 1)), random.nextDouble() * 360 - 180);
    }
}
