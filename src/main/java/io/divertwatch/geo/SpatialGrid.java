package io.divertwatch.geo;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A fixed grid over latitude/longitude, one-degree cells unless told otherwise. Radius and nearest
 * queries visit only the cells a circle can touch, so their cost depends on local density, not on how
 * many items are indexed.
 * Immutable once built; safe to share between threads.
 */
public final class SpatialGrid<T> {

    private final double cellDeg;
    private final int lonCells;
    private final int latCells;

    /** Cell lists indexed by {@code latCell * lonCells + lonCell}; null where a cell is empty. */
    private final List<T>[] cells;
    private final Function<T, GeoPoint> position;
    private final int size;

    public SpatialGrid(Collection<T> items, Function<T, GeoPoint> position) {
        this(items, position, 1.0);
    }

    /**
     * @param cellDeg cell size, a divisor of 180: larger cells suit queries over larger radii, which
     *                would otherwise visit many empty cells
     */
    @SuppressWarnings("unchecked")
    public SpatialGrid(Collection<T> items, Function<T, GeoPoint> position, double cellDeg) {
        this.position = position;
        this.cellDeg = cellDeg;
        this.lonCells = (int) Math.round(360 / cellDeg);
        this.latCells = (int) Math.round(180 / cellDeg);
        this.cells = new List[latCells * lonCells];
        for (T item : items) {
            GeoPoint p = position.apply(item);
            int key = key(latCell(p.lat()), lonCell(p.lon()));
            if (cells[key] == null) {
                cells[key] = new ArrayList<>(4);
            }
            cells[key].add(item);
        }
        this.size = items.size();
    }

    public int size() {
        return size;
    }

    /** Every item within {@code radiusKm} of the point, in no particular order. */
    public List<T> within(double lat, double lon, double radiusKm) {
        List<T> found = new ArrayList<>();
        forEachCandidate(lat, lon, radiusKm, item -> {
            GeoPoint p = position.apply(item);
            if (Geodesy.distanceKm(lat, lon, p.lat(), p.lon()) <= radiusKm) {
                found.add(item);
            }
            return true;
        });
        return found;
    }

    /**
     * Visits every item in the cells a circle of {@code radiusKm} touches (a superset of the items
     * within the radius: the visitor checks what it needs itself). Allocates nothing of its own.
     */
    public void forEachNear(double lat, double lon, double radiusKm, Consumer<T> visitor) {
        forEachCandidate(lat, lon, radiusKm, item -> {
            visitor.accept(item);
            return true;
        });
    }

    /** The nearest item within {@code maxKm}, or null. */
    public T nearest(double lat, double lon, double maxKm) {
        double radius = Math.min(maxKm, 25.0);
        while (true) {
            T best = null;
            double bestKm = Double.MAX_VALUE;
            for (T item : within(lat, lon, radius)) {
                GeoPoint p = position.apply(item);
                double d = Geodesy.distanceKm(lat, lon, p.lat(), p.lon());
                if (d < bestKm) {
                    bestKm = d;
                    best = item;
                }
            }
            if (best != null || radius >= maxKm) {
                return best;
            }
            radius = Math.min(maxKm, radius * 4);
        }
    }

    /** Visits candidates while {@code visitor} returns true; returns false when it stopped early. */
    private boolean forEachCandidate(double lat, double lon, double radiusKm, Predicate<T> visitor) {
        CellBounds b = boundsNear(lat, lon, radiusKm, cellDeg);
        for (int la = b.latLo(); la <= b.latHi(); la++) {
            for (int lo = b.lonLo(); lo <= b.lonHi(); lo++) {
                // Wrapping the column index makes circles across the antimeridian find both sides.
                List<T> items = cells[key(la, Math.floorMod(lo, lonCells))];
                if (items != null) {
                    for (T item : items) {
                        if (!visitor.test(item)) {
                            return false;
                        }
                    }
                }
            }
        }
        return true;
    }

    /**
     * The cells of {@code cellDeg} degrees a circle can touch: rows {@code latLo..latHi} (0 = 90°S)
     * and columns {@code lonLo..lonHi} (0 = 180°W), which may run past either end and then wrap.
     */
    record CellBounds(int latLo, int latHi, int lonLo, int lonHi) {
    }

    static CellBounds boundsNear(double lat, double lon, double radiusKm, double cellDeg) {
        int latCells = (int) Math.round(180 / cellDeg);
        int lonCells = 2 * latCells;
        double dLat = Math.toDegrees(radiusKm / Geodesy.EARTH_RADIUS_KM);
        int latLo = latCell(Math.max(-90, lat - dLat), cellDeg, latCells);
        int latHi = latCell(Math.min(90, lat + dLat), cellDeg, latCells);
        double maxAbsLat = Math.min(89.9, Math.max(Math.abs(lat - dLat), Math.abs(lat + dLat)));
        double dLon = dLat / Math.cos(Math.toRadians(maxAbsLat));
        boolean allLon = dLon >= 180 || lat + dLat >= 89.9 || lat - dLat <= -89.9;
        int lonLo = allLon ? 0 : (int) Math.floor((lon - dLon + 180) / cellDeg);
        int lonHi = allLon ? lonCells - 1 : (int) Math.floor((lon + dLon + 180) / cellDeg);
        return new CellBounds(latLo, latHi, lonLo, lonHi);
    }

    private static int latCell(double lat, double cellDeg, int latCells) {
        return Math.min(latCells - 1, Math.max(0, (int) Math.floor((Math.min(lat, 89.999999) + 90) / cellDeg)));
    }

    private int latCell(double lat) {
        return latCell(lat, cellDeg, latCells);
    }

    private int lonCell(double lon) {
        return Math.floorMod((int) Math.floor((lon + 180) / cellDeg), lonCells);
    }

    private int key(int latCell, int lonCell) {
        return latCell * lonCells + lonCell;
    }
}
