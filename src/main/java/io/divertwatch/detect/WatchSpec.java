package io.divertwatch.detect;

import io.divertwatch.geo.Airport;

import java.util.List;
import java.util.Set;

/**
 * A watch as the engine sees it: which aircraft and, optionally, the route the analyst expects it to
 * fly. The aircraft are named by address ({@code icao24} and the {@code addresses} its identity
 * resolved to: a registration, a serial number, a type or an operator) or by callsign.
 *
 * @param origin      may be null (unknown)
 * @param destination may be null (no route: only the watched-airport rules apply)
 * @param addresses   further addresses the watch applies to, resolved from its identity
 */
public record WatchSpec(Long id, String icao24, String callsign, String label, Airport origin, Airport destination,
        List<Airport> via, double corridorKm, Set<String> addresses) {

    /** The corridor of a watch that names none (the {@code ROUTE_DEVIATION} rule, docs/detection.md). */
    public static final double DEFAULT_CORRIDOR_KM = 150;

    public WatchSpec {
        via = via == null ? List.of() : List.copyOf(via);
        addresses = addresses == null ? Set.of() : Set.copyOf(addresses);
    }

    /** A watch of one address or callsign, with no further addresses. */
    public WatchSpec(Long id, String icao24, String callsign, String label, Airport origin, Airport destination,
            List<Airport> via, double corridorKm) {
        this(id, icao24, callsign, label, origin, destination, via, corridorKm, Set.of());
    }

    public boolean hasRoute() {
        return destination != null;
    }
}
