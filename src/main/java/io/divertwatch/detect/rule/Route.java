package io.divertwatch.detect.rule;

import io.divertwatch.geo.Airport;
import io.divertwatch.geo.GeoPoint;
import io.divertwatch.geo.Geodesy;

import java.util.ArrayList;
import java.util.List;

/** The route an aircraft is expected to fly: origin (may be unknown), via points, destination. */
public final class Route {

    private final Airport origin;
    private final Airport destination;
    private final List<Airport> via;
    private final double corridorKm;
    /** Origin (when known), via points and destination, built once: asked on every fix. */
    private final List<GeoPoint> knownPoints;
    /** Origin and destination are one airport, settled once: asked on every fix. */
    private final boolean roundTrip;

    public Route(Airport origin, Airport destination, List<Airport> via, double corridorKm) {
        this.origin = origin;
        this.destination = destination;
        this.via = via;
        this.corridorKm = corridorKm;
        List<GeoPoint> points = new ArrayList<>(via.size() + 2);
        if (origin != null) {
            points.add(origin.position());
        }
        via.forEach(v -> points.add(v.position()));
        points.add(destination.position());
        this.knownPoints = List.copyOf(points);
        this.roundTrip = origin != null && origin.ident().equals(destination.ident());
    }

    public Airport origin() {
        return origin;
    }

    /**
     * Whether the flight ends where it began: the route's origin is its destination, or, with no
     * origin given, the airport the flight departed from is.
     */
    boolean isRoundTrip(Airport departure) {
        if (origin != null) {
            return roundTrip;
        }
        return departure != null && departure.ident().equals(destination.ident());
    }

    public Airport destination() {
        return destination;
    }

    public List<Airport> via() {
        return via;
    }

    double corridorKm() {
        return corridorKm;
    }

    /** Distance from the route's polyline (great-circle legs), starting at {@code start} when the origin is unknown. */
    double distanceFromRouteKm(GeoPoint p, GeoPoint start) {
        List<GeoPoint> points = knownPoints;
        if (origin == null && start != null) {
            points = new ArrayList<>(knownPoints.size() + 1);
            points.add(start);
            points.addAll(knownPoints);
        }
        if (points.size() == 1) {
            return Geodesy.distanceKm(p, points.get(0));
        }
        double best = Double.MAX_VALUE;
        for (int i = 0; i + 1 < points.size(); i++) {
            best = Math.min(best, Geodesy.distanceToSegmentKm(p, points.get(i), points.get(i + 1)));
        }
        return best;
    }
}
