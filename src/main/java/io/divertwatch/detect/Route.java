package io.divertwatch.detect;

import io.divertwatch.airport.Airport;
import io.divertwatch.geo.GeoPoint;
import io.divertwatch.geo.Geodesy;

import java.util.ArrayList;
import java.util.List;

/** The route an aircraft is expected to fly: origin (may be unknown), via points, destination. */
record Route(Airport origin, Airport destination, List<Airport> via, double corridorKm) {

    /** Distance from the route's polyline (great-circle legs), starting at {@code start} when the origin is unknown. */
    double distanceFromRouteKm(GeoPoint p, GeoPoint start) {
        List<GeoPoint> points = new ArrayList<>();
        if (origin != null) {
            points.add(origin.position());
        } else if (start != null) {
            points.add(start);
        }
        via.forEach(v -> points.add(v.position()));
        points.add(destination.position());
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
