package io.divertwatch.sea;

import io.divertwatch.detect.GeofenceSpec;
import io.divertwatch.geo.CellMask;
import io.divertwatch.geo.CircleCover;
import io.divertwatch.geo.GeoPoint;
import io.divertwatch.geo.Geodesy;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The ports and watched areas of a {@link SeaContext}, indexed for the questions every report asks:
 * which port is this in, is it near anything watched. Built with the thresholds' slack; read-only.
 */
final class PortIndex {

    private final List<PortSpec> ports;
    private final List<PortSpec> watchedPorts;
    private final List<GeofenceSpec> areas;
    /** Every port's circle widened by the leaving distance: a vessel inside it may still be in the port. */
    private final CircleCover<PortSpec> cover;
    private final CellMask nearWatchedCells = new CellMask();
    /** Every watched port's circle widened by {@code nearKm}: a vessel inside it is near the port. */
    private final CircleCover<PortSpec> nearWatchedPorts;
    private final double nearKm;
    private final Map<String, PortSpec> byName = new HashMap<>();

    PortIndex(SeaContext context, MaritimeConfig config) {
        this.ports = context.ports();
        this.watchedPorts = ports.stream().filter(PortSpec::watched).toList();
        this.areas = context.areas();
        this.nearKm = config.nearWatchedKm();
        this.cover = new CircleCover<>(ports, p -> new GeoPoint(p.lat(), p.lon()), p -> p.radiusKm() + config.leaveKm());
        watchedPorts.forEach(p -> nearWatchedCells.markCircle(p.lat(), p.lon(), p.radiusKm() + nearKm));
        this.nearWatchedPorts = new CircleCover<>(watchedPorts, p -> new GeoPoint(p.lat(), p.lon()),
                p -> p.radiusKm() + nearKm);
        for (GeofenceSpec area : areas) {
            nearWatchedCells.markArea(area.area());
        }
        ports.forEach(p -> byName.putIfAbsent(key(p.name()), p));
    }

    /** The port holding the point (the nearest, when ports overlap), or null. */
    PortSpec inside(double lat, double lon) {
        PortSpec best = null;
        double bestKm = Double.MAX_VALUE;
        for (PortSpec p : cover.covering(lat, lon)) {
            if (p.distanceKm(lat, lon) == 0) {
                double centre = Geodesy.distanceKm(lat, lon, p.lat(), p.lon());
                if (centre < bestKm) {
                    best = p;
                    bestKm = centre;
                }
            }
        }
        return best;
    }

    /** Whether a vessel there is within {@code slackKm} of the port. */
    static boolean within(PortSpec port, double lat, double lon, double slackKm) {
        return port.distanceKm(lat, lon) <= slackKm;
    }

    /** Whether the point is near a watched port or in or near a watched area: vessels there matter. */
    boolean nearWatched(double lat, double lon) {
        if (!nearWatchedCells.mayContain(lat, lon)) {
            return false;
        }
        // A port drawn as a polygon lies inside its circle: the circle alone may say too much.
        if (nearWatchedPorts.anyCovering(lat, lon, p -> p.area() == null || p.distanceKm(lat, lon) <= nearKm)) {
            return true;
        }
        for (GeofenceSpec a : areas) {
            if (a.area().contains(lat, lon) || a.area().distanceKm(lat, lon) <= nearKm) {
                return true;
            }
        }
        return false;
    }

    /** Whether the point lies inside a watched area. */
    boolean inWatchedArea(double lat, double lon) {
        for (GeofenceSpec a : areas) {
            if (a.area().contains(lat, lon)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the point is at sea: in no port, and {@code km} or more from every known port. */
    boolean awayFromPorts(double lat, double lon, double km) {
        return inside(lat, lon) == null && nearest(lat, lon, km) == null;
    }

    /** The nearest port within {@code maxKm}, to say where a vessel was ("off Vladivostok"), or null. */
    PortSpec nearest(double lat, double lon, double maxKm) {
        PortSpec best = null;
        double bestKm = maxKm;
        for (PortSpec p : ports) {
            double km = p.distanceKm(lat, lon);
            if (km <= bestKm) {
                best = p;
                bestKm = km;
            }
        }
        return best;
    }

    List<PortSpec> watchedPorts() {
        return watchedPorts;
    }

    /** The port a declared destination names ("VLADIVOSTOK", "RU VVO"), or null. */
    PortSpec declared(String destination) {
        if (destination == null) {
            return null;
        }
        String wanted = key(destination);
        if (wanted.length() < 3) {
            return null;
        }
        PortSpec exact = byName.get(wanted);
        if (exact != null) {
            return exact;
        }
        for (Map.Entry<String, PortSpec> e : byName.entrySet()) {
            if (e.getKey().length() >= 4 && (wanted.contains(e.getKey()) || e.getKey().contains(wanted))) {
                return e.getValue();
            }
        }
        return null;
    }

    /** A name's letters only, upper case: "Vostochnyy Port" and "VOSTOCHNYY" meet. */
    static String key(String name) {
        return name == null ? "" : name.toUpperCase(Locale.ROOT).replaceAll("[^\\p{L}]", "");
    }
}
