package io.divertwatch.detect;

import io.divertwatch.airport.Airport;

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

    public WatchSpec {
        via = via == null ? List.of() : List.copyOf(via);
    }

    public boolean hasRoute() {
        return destination != null;
    }
}
