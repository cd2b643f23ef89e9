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
     * The route distance keeps to the distance flown near the route, not across the globe (its
     * formulas wrap far away): clearances are given within the range its property test covers.
     */
    private static final double MAX_MEASURED_KM = 1200;
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
        this.marginKm = margin(offKm, route.corridorKm() - offKm);
    }

    /**
     * How far an aircraft measured {@code offKm} from a route can fly with its distance from the route
     * still on the same side of a line {@code clearKm} away: 0 when that is not known.
     */
    static double margin(double offKm, double clearKm) {
        return offKm > MAX_MEASURED_KM ? 0 : Math.max(0, Math.min(MAX_MARGIN_KM, clearKm - ROUNDING_KM));
    }
}
