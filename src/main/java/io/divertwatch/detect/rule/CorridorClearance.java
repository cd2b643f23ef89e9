package io.divertwatch.detect.rule;

import io.divertwatch.geo.Geodesy;

/**
 * Where a flight was last measured inside its route's corridor, and how far inside. The distance
 * from a route changes by no more than the distance flown, so until the aircraft is that far from
 * where it was measured it is surely still inside: one haversine then answers what measuring the
 * route again (several haversines and bearings per leg) would.
 */
final class CorridorClearance {

    /** Left unclaimed, against the rounding of the two ways of measuring. */
    private static final double ROUNDING_KM = 0.001;
    /**
     * Margins are claimed up to the step its property test takes: from anywhere on the globe, up to
     * this far, the route distance has kept to the distance flown.
     */
    private static final double MAX_MARGIN_KM = 300;

    private Route route;
    private double lat;
    private double lon;
    private double marginKm;

    boolean surelyInside(Route route, double lat, double lon) {
        return route == this.route && Geodesy.distanceKm(this.lat, this.lon, lat, lon) < marginKm;
    }

    /** Records a measurement of {@code offKm} from {@code route} at the point. */
    void measured(Route route, double lat, double lon, double offKm) {
        this.route = route;
        this.lat = lat;
        this.lon = lon;
        this.marginKm = margin(route.corridorKm() - offKm);
    }

    /**
     * How far an aircraft can fly with its distance from a route still on the same side of a line
     * {@code clearKm} away from where it was measured: 0 when it is on the line or past it.
     */
    static double margin(double clearKm) {
        return Math.max(0, Math.min(MAX_MARGIN_KM, clearKm - ROUNDING_KM));
    }
}
