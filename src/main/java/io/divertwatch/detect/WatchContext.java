package io.divertwatch.detect;

import io.divertwatch.geo.AreaGrid;
import io.divertwatch.geo.CellMask;
import io.divertwatch.geo.CircleCover;
import io.divertwatch.geo.CourseCone;
import io.divertwatch.geo.CourseCone.UnitVector;
import io.divertwatch.geo.SpatialGrid;
import io.divertwatch.track.Icao24;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An immutable snapshot of what is watched: watches by icao24 and callsign, the watched airports in
 * a spatial grid and the geofences in an area grid. The engine swaps snapshots atomically when the API changes them.
 */
public final class WatchContext {

    /** Beyond this radius a one-degree grid visits more empty cells than a ten-degree one visits airports. */
    private static final double COARSE_QUERY_KM = 300;

    public static final WatchContext EMPTY = new WatchContext(List.of(), List.of(), List.of());

    private final Map<String, WatchSpec> byIcao24 = new HashMap<>();
    private final Map<String, WatchSpec> byCallsign = new HashMap<>();
    private final List<WatchSpec> watches;
    private final Map<String, WatchedAirportSpec> watchedByIdent = new HashMap<>();
    private final List<WatchedAirportSpec> watchedAirports;
    private final SpatialGrid<WatchedAirportSpec> watchedGrid;
    /** The same airports in ten-degree cells, for the questions asked over hundreds of kilometres. */
    private final SpatialGrid<Aimable> watchedCoarseGrid;
    /** The same airports by the cells their radius reaches, for what contains a point. */
    private final CircleCover<WatchedAirportSpec> watchedRadii;
    private final List<GeofenceSpec> geofences;
    private final AreaGrid<GeofenceSpec> geofenceGrid;
    /** Where a watched airport's radius or a geofence concerns every aircraft; elsewhere a fix is skipped at once. */
    private final CellMask everyAircraftCells = new CellMask();

    public WatchContext(Collection<WatchSpec> watches, Collection<WatchedAirportSpec> watchedAirports,
            Collection<GeofenceSpec> geofences) {
        this.watches = List.copyOf(watches);
        // Lowest id wins when several watches name the same aircraft: the oldest intent stands. An address
        // a watch names outright wins over one its identity resolved to (a fleet's, a registration's).
        List<WatchSpec> byId = watches.stream().sorted((a, b) -> Long.compare(idOf(a), idOf(b))).toList();
        for (WatchSpec w : byId) {
            String icao24 = Icao24.parse(w.icao24());
            if (icao24 != null) {
                byIcao24.putIfAbsent(icao24, w);
            }
            if (w.callsign() != null) {
                byCallsign.putIfAbsent(normalizeCallsign(w.callsign()), w);
            }
        }
        for (WatchSpec w : byId) {
            for (String address : w.addresses()) {
                String resolved = Icao24.parse(address);
                if (resolved != null) {
                    byIcao24.putIfAbsent(resolved, w);
                }
            }
        }
        this.watchedAirports = List.copyOf(watchedAirports);
        this.watchedAirports.forEach(w -> watchedByIdent.put(w.airport().ident(), w));
        this.watchedGrid = new SpatialGrid<>(this.watchedAirports, w -> w.airport().position());
        this.watchedCoarseGrid = new SpatialGrid<>(this.watchedAirports.stream().map(Aimable::of).toList(),
                a -> a.watched().airport().position(), 10.0);
        this.watchedRadii = new CircleCover<>(this.watchedAirports, w -> w.airport().position(),
                WatchedAirportSpec::radiusKm);
        this.geofences = List.copyOf(geofences);
        this.geofenceGrid = new AreaGrid<>(this.geofences, GeofenceSpec::area);
        this.watchedAirports.stream().filter(WatchedAirportSpec::anyAircraft)
                .forEach(w -> everyAircraftCells.markCircle(w.airport().lat(), w.airport().lon(), w.radiusKm()));
        this.geofences.stream().filter(GeofenceSpec::anyAircraft).forEach(g -> everyAircraftCells.markArea(g.area()));
    }

    private static long idOf(WatchSpec w) {
        return w.id() == null ? Long.MAX_VALUE : w.id();
    }

    public WatchSpec match(String icao24, String callsign) {
        WatchSpec w = icao24 == null ? null : byIcao24.get(icao24);
        if (w == null && callsign != null && !byCallsign.isEmpty()) {
            w = byCallsign.get(normalizeCallsign(callsign));
        }
        return w;
    }

    public List<WatchedAirportSpec> watchedAirports() {
        return watchedAirports;
    }

    public WatchedAirportSpec watchedAirport(String ident) {
        return watchedByIdent.get(ident);
    }

    /** Watched airports whose own radius contains the point. */
    public List<WatchedAirportSpec> watchedAirportsCovering(double lat, double lon) {
        return watchedRadii.covering(lat, lon);
    }

    public List<WatchedAirportSpec> watchedAirportsWithin(double lat, double lon, double km) {
        if (watchedAirports.isEmpty()) {
            return List.of();
        }
        return km > COARSE_QUERY_KM ? watchedCoarseGrid.within(lat, lon, km).stream().map(Aimable::watched).toList()
                : watchedGrid.within(lat, lon, km);
    }

    /**
     * Watched airports within {@code rangeKm} whose initial great-circle bearing from the point lies
     * within {@code toleranceDeg} of {@code courseDeg}: what an aircraft on that course points at.
     */
    public List<WatchedAirportSpec> watchedAirportsAhead(double lat, double lon, double courseDeg, double toleranceDeg,
            double rangeKm) {
        if (watchedAirports.isEmpty()) {
            return List.of();
        }
        CourseCone cone = new CourseCone(lat, lon, courseDeg, toleranceDeg, rangeKm);
        List<WatchedAirportSpec> ahead = new ArrayList<>(2);
        watchedCoarseGrid.forEachNear(lat, lon, rangeKm, a -> {
            if (cone.contains(a.at())) {
                ahead.add(a.watched());
            }
        });
        return ahead;
    }

    /** A watched airport with its unit vector, so that aiming at it takes dot products, not trigonometry. */
    private record Aimable(WatchedAirportSpec watched, UnitVector at) {

        static Aimable of(WatchedAirportSpec w) {
            return new Aimable(w, UnitVector.of(w.airport().lat(), w.airport().lon()));
        }
    }

    /**
     * Whether the point lies within a watched airport's radius or inside a geofence that concerns
     * every aircraft, watched or not. Asked for every fix of every aircraft, so it allocates nothing
     * and answers most points from a one-degree bitmap.
     */
    public boolean concernsEveryAircraftAt(double lat, double lon) {
        if (!everyAircraftCells.mayContain(lat, lon)) {
            return false;
        }
        return watchedRadii.anyCovering(lat, lon, WatchedAirportSpec::anyAircraft)
                || geofenceGrid.anyContaining(lat, lon, GeofenceSpec::anyAircraft);
    }

    public List<GeofenceSpec> geofences() {
        return geofences;
    }

    /** Geofences containing the point, whether or not they concern every aircraft. */
    public List<GeofenceSpec> geofencesContaining(double lat, double lon) {
        return geofenceGrid.containing(lat, lon);
    }

    /** The geofence nearest to the point within {@code km} (0 inside), or null. */
    public GeofenceSpec nearestGeofence(double lat, double lon, double km) {
        GeofenceSpec nearest = null;
        double best = km;
        for (GeofenceSpec g : geofences) {
            double d = g.area().distanceKm(lat, lon);
            if (d <= best) {
                best = d;
                nearest = g;
            }
        }
        return nearest;
    }

    public List<WatchSpec> watches() {
        return watches;
    }

    private static String normalizeCallsign(String callsign) {
        return callsign.trim().toUpperCase(Locale.ROOT);
    }
}
