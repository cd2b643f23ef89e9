package io.divertwatch.geo;

/**
 * Spherical-Earth geodesy (docs/architecture.md). All distances in kilometres, angles in degrees.
 * <p>
 * A sphere of mean radius is accurate to about 0.5 % against the ellipsoid, far inside the
 * tolerances of the detection rules, and keeps every formula cheap enough for the per-fix hot path.
 */
public final class Geodesy {

    public static final double EARTH_RADIUS_KM = 6371.0088;

    private Geodesy() {
    }

    public static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
        double phi1 = Math.toRadians(lat1);
        double phi2 = Math.toRadians(lat2);
        double dPhi = phi2 - phi1;
        double dLambda = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dPhi / 2) * Math.sin(dPhi / 2)
                + Math.cos(phi1) * Math.cos(phi2) * Math.sin(dLambda / 2) * Math.sin(dLambda / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1.0, Math.sqrt(a)));
    }

    public static double distanceKm(GeoPoint a, GeoPoint b) {
        return distanceKm(a.lat(), a.lon(), b.lat(), b.lon());
    }

    /** Initial great-circle course from the first point to the second, in [0, 360). */
    public static double initialBearingDeg(double lat1, double lon1, double lat2, double lon2) {
        double phi1 = Math.toRadians(lat1);
        double phi2 = Math.toRadians(lat2);
        double dLambda = Math.toRadians(lon2 - lon1);
        double y = Math.sin(dLambda) * Math.cos(phi2);
        double x = Math.cos(phi1) * Math.sin(phi2) - Math.sin(phi1) * Math.cos(phi2) * Math.cos(dLambda);
        return normalizeDeg(Math.toDegrees(Math.atan2(y, x)));
    }

    /**
     * Whether {@code courseDeg} differs from the initial great-circle course from the first point to
     * the second by more than {@code toleranceDeg}: {@link #headingDifferenceDeg} of the course and
     * {@link #initialBearingDeg}, compared without the arctangent (asked of every fix of a watched
     * aircraft). The bearing's direction in the plane tangent at the first point is compared with the
     * course's by their dot product.
     */
    public static boolean courseDiffersFromBearing(double lat1, double lon1, double lat2, double lon2,
            double courseDeg, double toleranceDeg) {
        double phi1 = Math.toRadians(lat1);
        double phi2 = Math.toRadians(lat2);
        double dLambda = Math.toRadians(lon2 - lon1);
        double east = Math.sin(dLambda) * Math.cos(phi2);
        double north = Math.cos(phi1) * Math.sin(phi2) - Math.sin(phi1) * Math.cos(phi2) * Math.cos(dLambda);
        double length = Math.sqrt(east * east + north * north);
        if (length == 0) {
            // No direction (the same point): initialBearingDeg calls it north.
            return headingDifferenceDeg(courseDeg, 0) > toleranceDeg;
        }
        double course = Math.toRadians(courseDeg);
        double dot = north * Math.cos(course) + east * Math.sin(course);
        return dot < Math.cos(Math.toRadians(toleranceDeg)) * length;
    }

    public static double initialBearingDeg(GeoPoint from, GeoPoint to) {
        return initialBearingDeg(from.lat(), from.lon(), to.lat(), to.lon());
    }

    /**
     * Signed distance of {@code p} from the great circle through {@code a} and {@code b}:
     * positive to the right of the direction of travel, negative to the left.
     */
    public static double crossTrackKm(GeoPoint p, GeoPoint a, GeoPoint b) {
        double dAp = distanceKm(a, p) / EARTH_RADIUS_KM;
        double thetaAp = Math.toRadians(initialBearingDeg(a, p));
        double thetaAb = Math.toRadians(initialBearingDeg(a, b));
        return Math.asin(Math.sin(dAp) * Math.sin(thetaAp - thetaAb)) * EARTH_RADIUS_KM;
    }

    /** Distance from {@code a} along the great circle a→b to the foot of the perpendicular from {@code p}. */
    public static double alongTrackKm(GeoPoint p, GeoPoint a, GeoPoint b) {
        double dAp = distanceKm(a, p) / EARTH_RADIUS_KM;
        double dXt = crossTrackKm(p, a, b) / EARTH_RADIUS_KM;
        double cosRatio = Math.cos(dAp) / Math.cos(dXt);
        double along = Math.acos(Math.max(-1.0, Math.min(1.0, cosRatio))) * EARTH_RADIUS_KM;
        // acos loses the sign: a point behind a has its foot before a.
        double thetaAp = Math.toRadians(initialBearingDeg(a, p));
        double thetaAb = Math.toRadians(initialBearingDeg(a, b));
        return Math.cos(thetaAp - thetaAb) < 0 ? -along : along;
    }

    /** Distance from {@code p} to the great-circle segment a→b, clamped to its ends. */
    public static double distanceToSegmentKm(GeoPoint p, GeoPoint a, GeoPoint b) {
        double legKm = distanceKm(a, b);
        if (legKm < 1e-6) {
            return distanceKm(p, a);
        }
        double along = alongTrackKm(p, a, b);
        if (along > 0 && along < legKm) {
            return Math.abs(crossTrackKm(p, a, b));
        }
        // Off the leg the nearer end is not always the one on the foot's side: behind a long leg's start
        // can be just past its end, the way round the globe.
        return Math.min(distanceKm(p, a), distanceKm(p, b));
    }

    /** The point reached from a start point on an initial course after a distance along the great circle. */
    public static GeoPoint destination(double lat, double lon, double bearingDeg, double distanceKm) {
        double delta = distanceKm / EARTH_RADIUS_KM;
        double theta = Math.toRadians(bearingDeg);
        double phi1 = Math.toRadians(lat);
        double lambda1 = Math.toRadians(lon);
        double phi2 = Math.asin(Math.sin(phi1) * Math.cos(delta) + Math.cos(phi1) * Math.sin(delta) * Math.cos(theta));
        double lambda2 = lambda1 + Math.atan2(Math.sin(theta) * Math.sin(delta) * Math.cos(phi1),
                Math.cos(delta) - Math.sin(phi1) * Math.sin(phi2));
        return new GeoPoint(Math.toDegrees(phi2), normalizeLon(Math.toDegrees(lambda2)));
    }

    /** Smallest absolute difference between two headings, in [0, 180]. */
    public static double headingDifferenceDeg(double a, double b) {
        double d = Math.abs(normalizeDeg(a) - normalizeDeg(b));
        return d > 180 ? 360 - d : d;
    }

    public static double normalizeDeg(double deg) {
        double d = deg % 360.0;
        return d < 0 ? d + 360.0 : d;
    }

    /** Normalises a longitude into [-180, 180). */
    public static double normalizeLon(double lon) {
        // Nearly every call gets a longitude in range or one turn out of it; the floating-point
        // remainder costs tens of nanoseconds and runs for every fix.
        if (lon >= -180.0 && lon < 180.0) {
            return lon;
        }
        if (lon >= 180.0 && lon < 540.0) {
            return lon - 360.0;
        }
        if (lon >= -540.0 && lon < -180.0) {
            return lon + 360.0;
        }
        double l = (lon + 180.0) % 360.0;
        return (l < 0 ? l + 360.0 : l) - 180.0;
    }
}
