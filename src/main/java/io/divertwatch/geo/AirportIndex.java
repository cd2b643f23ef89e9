package io.divertwatch.geo;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Immutable look-up structure over a set of airports: by code, and by position through spatial
 * grids (one for every airport, one for the major ones that landing detection considers).
 */
public final class AirportIndex {

    private final Map<String, Airport> byIdent = new HashMap<>();
    private final Map<String, Airport> byAlias = new HashMap<>();
    private final SpatialGrid<Airport> all;
    private final SpatialGrid<Airport> major;
    private final String origin;

    public AirportIndex(Collection<Airport> airports, String origin) {
        this(airports, Map.of(), origin);
    }

    /** @param aliases other code → ident; an ident always wins over an alias of the same spelling */
    public AirportIndex(Collection<Airport> airports, Map<String, String> aliases, String origin) {
        for (Airport airport : airports) {
            byIdent.putIfAbsent(airport.ident().toUpperCase(Locale.ROOT), airport);
        }
        aliases.forEach((code, ident) -> {
            Airport target = byIdent.get(ident.toUpperCase(Locale.ROOT));
            if (target != null) {
                byAlias.putIfAbsent(code.toUpperCase(Locale.ROOT), target);
            }
        });
        this.all = new SpatialGrid<>(airports.stream().filter(a -> a.type() != AirportType.CLOSED).toList(),
                Airport::position);
        this.major = new SpatialGrid<>(airports.stream().filter(Airport::isMajor).toList(), Airport::position);
        this.origin = origin;
    }

    /** Where the airports came from (file path, URL or "built-in"), for logs and the API. */
    public String origin() {
        return origin;
    }

    public int size() {
        return byIdent.size();
    }

    /** Look-up by OurAirports ident (ICAO code) or an ICAO alias of it, case-insensitive. */
    public Optional<Airport> byIdent(String ident) {
        if (ident == null) {
            return Optional.empty();
        }
        String code = ident.trim().toUpperCase(Locale.ROOT);
        Airport a = byIdent.get(code);
        return Optional.ofNullable(a != null ? a : byAlias.get(code));
    }

    public Airport nearestAny(double lat, double lon, double maxKm) {
        return all.nearest(lat, lon, maxKm);
    }

    public List<Airport> majorWithin(double lat, double lon, double radiusKm) {
        return major.within(lat, lon, radiusKm);
    }
}
