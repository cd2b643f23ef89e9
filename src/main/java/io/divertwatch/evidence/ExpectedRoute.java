package io.divertwatch.evidence;

import java.util.List;

/**
 * The route the aircraft was expected to fly: its origin (when known), via points and destination, and
 * how far from it counts as off the route.
 */
record ExpectedRoute(List<Point> points, double corridorKm, String filedBy) {

    /** @param role {@code origin}, {@code via} or {@code destination} */
    record Point(String role, String ident, String name, double lat, double lon) {
    }
}
