package io.divertwatch.geo;

import java.util.ArrayList;
import java.util.List;

/**
 * A watched area: one or more polygons with optional holes, as GeoJSON Polygon and MultiPolygon
 * describe them (RFC 7946: positions are [lon, lat], edges are straight lines in lon/lat, the first
 * ring is the outer boundary, rings are closed).
 * <p>
 * Antimeridian-safe: each polygon's longitudes are unwrapped so that no edge is longer than 180° in
 * longitude; a polygon drawn from 170° to -170° is the 20°-wide strip across the date line, not the
 * 340° band the other way round. A ring whose unwrapped longitudes do not close circles a pole; such
 * rings are refused (split the area instead). Immutable.
 */
public final class GeoArea {

    /** Bounds the cost of one containment test and of one stored area. */
    public static final int MAX_POSITIONS = 20_000;
    private static final double KM_PER_DEGREE = Math.toRadians(Geodesy.EARTH_RADIUS_KM);

    /** One polygon: rings of unwrapped (lon, lat) pairs, outer ring first, and its bounds. */
    private record Part(List<double[]> ringsLon, List<double[]> ringsLat, double lonMin, double lonMax,
            double latMin, double latMax) {
    }

    private final List<Part> parts;

    private GeoArea(List<Part> parts) {
        this.parts = parts;
    }

    /**
     * Builds an area from polygons, each a list of rings, each a list of {@code [lon, lat]} positions.
     *
     * @throws IllegalArgumentException with a message fit for an API client when the shape is invalid
     */
    public static GeoArea of(List<List<List<double[]>>> polygons) {
        if (polygons == null || polygons.isEmpty()) {
            throw new IllegalArgumentException("an area needs at least one polygon");
        }
        int positions = 0;
        List<Part> parts = new ArrayList<>(polygons.size());
        for (int p = 0; p < polygons.size(); p++) {
            List<List<double[]>> rings = polygons.get(p);
            if (rings == null || rings.isEmpty()) {
                throw new IllegalArgumentException("polygon " + p + " has no rings");
            }
            List<double[]> lons = new ArrayList<>(rings.size());
            List<double[]> lats = new ArrayList<>(rings.size());
            double reference = Double.NaN;
            for (int r = 0; r < rings.size(); r++) {
                String where = "polygon " + p + ", ring " + r;
                List<double[]> ring = rings.get(r);
                positions += ring == null ? 0 : ring.size();
                if (positions > MAX_POSITIONS) {
                    throw new IllegalArgumentException("an area may have at most " + MAX_POSITIONS + " positions");
                }
                double[][] unwrapped = unwrap(ring, reference, where);
                if (r == 0) {
                    reference = unwrapped[0][0];
                    if (Math.abs(signedArea(unwrapped[0], unwrapped[1])) < 1e-12) {
                        // All the way round along one parallel and back: meant as a cap around a pole.
                        throw new IllegalArgumentException(where + (max(unwrapped[0]) - min(unwrapped[0]) >= 360
                                ? " circles a pole; split the area into polygons that do not" : " encloses no area"));
                    }
                }
                lons.add(unwrapped[0]);
                lats.add(unwrapped[1]);
            }
            double[] outerLon = lons.get(0);
            double[] outerLat = lats.get(0);
            parts.add(new Part(List.copyOf(lons), List.copyOf(lats), min(outerLon), max(outerLon), min(outerLat),
                    max(outerLat)));
        }
        return new GeoArea(List.copyOf(parts));
    }

    /**
     * Unwraps one closed ring's longitudes so that consecutive positions differ by at most 180°; the
     * first position is moved within 180° of {@code reference} (a hole follows its outer ring).
     */
    private static double[][] unwrap(List<double[]> ring, double reference, String where) {
        if (ring == null || ring.size() < 4) {
            throw new IllegalArgumentException(where + " needs at least 4 positions (closed: last = first)");
        }
        int n = ring.size();
        double[] lon = new double[n];
        double[] lat = new double[n];
        for (int i = 0; i < n; i++) {
            double[] position = ring.get(i);
            if (position == null || position.length < 2 || !Double.isFinite(position[0]) || !Double.isFinite(position[1])
                    || !GeoPoint.isValid(position[1], position[0])) {
                throw new IllegalArgumentException(where + ", position " + i
                        + " must be [lon, lat] with lon in [-180, 180] and lat in [-90, 90]");
            }
            lat[i] = position[1];
            if (i == 0) {
                lon[0] = Double.isNaN(reference) ? position[0]
                        : reference + Geodesy.normalizeLon(position[0] - reference);
            } else {
                double step = position[0] - ring.get(i - 1)[0];
                // From -180 to 180 (or back) is the full width along a parallel, as the rectangle of the
                // whole world draws it; every other step takes the short way round.
                lon[i] = lon[i - 1] + (Math.abs(step) == 360 ? step : Geodesy.normalizeLon(step));
            }
        }
        double[] first = ring.get(0);
        double[] last = ring.get(n - 1);
        if (first[1] != last[1] || Geodesy.normalizeLon(first[0] - last[0]) != 0) {
            throw new IllegalArgumentException(where + " is not closed: its last position must equal its first");
        }
        if (Math.abs(lon[n - 1] - lon[0]) > 1e-9) {
            throw new IllegalArgumentException(where + " circles a pole; split the area into polygons that do not");
        }
        return new double[][] {lon, lat};
    }

    /** Whether the point lies inside the area (on an edge counts either way). */
    public boolean contains(double lat, double lon) {
        for (Part part : parts) {
            if (lat < part.latMin || lat > part.latMax) {
                continue;
            }
            double x = shiftInto(lon, part);
            if (x < part.lonMin || x > part.lonMax) {
                continue;
            }
            if (inRing(part.ringsLon.get(0), part.ringsLat.get(0), x, lat) && !inAnyHole(part, x, lat)) {
                return true;
            }
        }
        return false;
    }

    /** Distance from the point to the area in km: 0 inside, else to the nearest edge (flat locally). */
    public double distanceKm(double lat, double lon) {
        if (contains(lat, lon)) {
            return 0;
        }
        double best = Double.MAX_VALUE;
        double cosLat = Math.cos(Math.toRadians(lat));
        for (Part part : parts) {
            double x = shiftInto(lon, part);
            for (int r = 0; r < part.ringsLon.size(); r++) {
                double[] lons = part.ringsLon.get(r);
                double[] lats = part.ringsLat.get(r);
                for (int i = 0; i + 1 < lons.length; i++) {
                    best = Math.min(best, segmentDistanceKm(x, lat, cosLat, lons[i], lats[i], lons[i + 1], lats[i + 1]));
                }
            }
        }
        return best;
    }

    /**
     * The one-degree cells (lat, lon with lon in [-180, 180)) each polygon's bounds touch, for
     * indexing; the visitor receives the cell's south-west corner as integer degrees.
     */
    public void forEachCell(CellVisitor visitor) {
        for (Part part : parts) {
            for (int lat = (int) Math.floor(part.latMin); lat <= (int) Math.floor(Math.min(part.latMax, 89.999)); lat++) {
                int lonFrom = (int) Math.floor(part.lonMin);
                int lonTo = Math.min((int) Math.floor(part.lonMax), lonFrom + 359);
                for (int lon = lonFrom; lon <= lonTo; lon++) {
                    visitor.visit(lat, Math.floorMod(lon + 180, 360) - 180);
                }
            }
        }
    }

    @FunctionalInterface
    public interface CellVisitor {
        void visit(int lat, int lon);
    }

    public int polygons() {
        return parts.size();
    }

    /** One ring with its longitudes unwrapped as {@link GeoArea} draws it: consecutive ones less than 180° apart. */
    public record Ring(double[] lon, double[] lat) {
    }

    /** The rings of each polygon, outer ring first, in the plane the area is drawn in (for validation). */
    public List<List<Ring>> unwrappedPolygons() {
        List<List<Ring>> out = new ArrayList<>(parts.size());
        for (Part part : parts) {
            List<Ring> rings = new ArrayList<>(part.ringsLon.size());
            for (int r = 0; r < part.ringsLon.size(); r++) {
                rings.add(new Ring(part.ringsLon.get(r).clone(), part.ringsLat.get(r).clone()));
            }
            out.add(List.copyOf(rings));
        }
        return List.copyOf(out);
    }

    private static boolean inAnyHole(Part part, double x, double lat) {
        for (int r = 1; r < part.ringsLon.size(); r++) {
            if (inRing(part.ringsLon.get(r), part.ringsLat.get(r), x, lat)) {
                return true;
            }
        }
        return false;
    }

    /** The longitude, moved by whole turns next to the part's unwrapped longitudes. */
    private static double shiftInto(double lon, Part part) {
        double centre = (part.lonMin + part.lonMax) / 2;
        return centre + Geodesy.normalizeLon(lon - centre);
    }

    /** Even-odd ray casting on a closed ring. */
    private static boolean inRing(double[] xs, double[] ys, double x, double y) {
        boolean inside = false;
        for (int i = 0, j = xs.length - 1; i < xs.length; j = i++) {
            if ((ys[i] > y) != (ys[j] > y) && x < (xs[j] - xs[i]) * (y - ys[i]) / (ys[j] - ys[i]) + xs[i]) {
                inside = !inside;
            }
        }
        return inside;
    }

    private static double segmentDistanceKm(double x, double y, double cosLat, double x1, double y1, double x2,
            double y2) {
        double ax = (x1 - x) * cosLat, ay = y1 - y;
        double bx = (x2 - x) * cosLat, by = y2 - y;
        double dx = bx - ax, dy = by - ay;
        double lengthSquared = dx * dx + dy * dy;
        double t = lengthSquared == 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / lengthSquared));
        double px = ax + t * dx, py = ay + t * dy;
        return Math.sqrt(px * px + py * py) * KM_PER_DEGREE;
    }

    private static double signedArea(double[] xs, double[] ys) {
        double sum = 0;
        for (int i = 0; i + 1 < xs.length; i++) {
            sum += xs[i] * ys[i + 1] - xs[i + 1] * ys[i];
        }
        return sum / 2;
    }

    private static double min(double[] values) {
        double m = Double.MAX_VALUE;
        for (double v : values) {
            m = Math.min(m, v);
        }
        return m;
    }

    private static double max(double[] values) {
        double m = -Double.MAX_VALUE;
        for (double v : values) {
            m = Math.max(m, v);
        }
        return m;
    }
}
