package io.divertwatch.detect;

import io.divertwatch.geo.Airport;

import java.util.List;

/**
 * A watch as the engine sees it: which aircraft (icao24 and/or callsign) and, optionally, the route
 * the analyst expects it to fly.
 *
 * @param origin      may be null (unknown)
 * @param destination may be null (no route: only the watched-airport rules apply)
 */
public record WatchSpec(Long id, String icao24, String callsign, String label, Airport origin, Airport destination,
        List<Airport> via, double corridorKm) {

    /** The corridor of a watch that names none (the {@code ROUTE_DEVIATION} rule, docs/detection.md). */
    public static final double DEFAULT_CORRIDOR_KM = 150;

    public WatchSpec {
        via = via == null ? List.of() : List.copyOf(via);
    }

    public boolean hasRoute() {
        return destination != null;
    }
}
