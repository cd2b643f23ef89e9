package io.divertwatch.geo;

/**
 * The points a course from a position points at: within {@code rangeKm} along the great circle and
 * with an initial bearing within {@code toleranceDeg} of the course. The trigonometry is done once,
 * for the position and the course; each point is then three dot products with its unit vector,
 * because the initial bearing to a point is the direction of that point's projection onto the
 * plane tangent to the sphere at the position.
 */
public final class CourseCone {

    private final double px;
    private final double py;
    private final double pz;
    private final double aheadX;
    private final double aheadY;
    private final double aheadZ;
    private final double rightX;
    private final double rightY;
    private final double rightZ;
    private final double minCosine;
    private final double toleranceDeg;
    private final double tanTolerance;

    public CourseCone(double lat, double lon, double courseDeg, double toleranceDeg, double rangeKm) {
        double phi = Math.toRadians(lat);
        double lambda = Math.toRadians(lon);
        double sinPhi = Math.sin(phi);
        double cosPhi = Math.cos(phi);
        double sinLambda = Math.sin(lambda);
        double cosLambda = Math.cos(lambda);
        px = cosPhi * cosLambda;
        py = cosPhi * sinLambda;
        pz = sinPhi;
        // Unit vectors pointing north and east in the tangent plane at the position.
        double northX = -sinPhi * cosLambda;
        double northY = -sinPhi * sinLambda;
        double northZ = cosPhi;
        double eastX = -sinLambda;
        double eastY = cosLambda;
        double course = Math.toRadians(courseDeg);
        double cosCourse = Math.cos(course);
        double sinCourse = Math.sin(course);
        aheadX = cosCourse * northX + sinCourse * eastX;
        aheadY = cosCourse * northY + sinCourse * eastY;
        aheadZ = cosCourse * northZ;
        rightX = cosCourse * eastX - sinCourse * northX;
        rightY = cosCourse * eastY - sinCourse * northY;
        rightZ = -sinCourse * northZ;
        minCosine = Math.cos(Math.min(Math.PI, rangeKm / Geodesy.EARTH_RADIUS_KM));
        this.toleranceDeg = Math.max(0, Math.min(180, toleranceDeg));
        tanTolerance = Math.tan(Math.toRadians(this.toleranceDeg));
    }

    public boolean contains(UnitVector v) {
        if (v.x() * px + v.y() * py + v.z() * pz < minCosine) {
            return false;
        }
        double along = v.x() * aheadX + v.y() * aheadY + v.z() * aheadZ;
        double across = v.x() * rightX + v.y() * rightY + v.z() * rightZ;
        if (toleranceDeg < 90) {
            return along > 0 && Math.abs(across) <= tanTolerance * along;
        }
        // Wide cones (a configuration may ask for one) include points behind the position.
        return Math.toDegrees(Math.atan2(Math.abs(across), along)) <= toleranceDeg;
    }

    /** A point on the unit sphere, for comparisons by dot product. */
    public record UnitVector(double x, double y, double z) {

        public static UnitVector of(double lat, double lon) {
            double phi = Math.toRadians(lat);
            double lambda = Math.toRadians(lon);
            return new UnitVector(Math.cos(phi) * Math.cos(lambda), Math.cos(phi) * Math.sin(lambda), Math.sin(phi));
        }
    }
}
