package io.divertwatch.geo;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;

/**
 * Items that each cover a circle on the globe (a watched airport's radius), for the question asked
 * of every fix: which circles contain this point? Each item is listed, with its centre and radius, in
 * every one-degree cell its circle can touch, so the answer needs one cell's short list, not a search
 * through the cells around the point; a bitmap of the cells in use answers "none" first, with one
 * memory read. Built once, then read-only; safe to share between threads.
 */
public final class CircleCover<T> {

    private static final double KM_PER_DEGREE_LAT = Math.toRadians(Geodesy.EARTH_RADIUS_KM);

    /** An item's circle, kept with the item so that testing it reads one object. */
    private record Circle<T>(T item, double lat, double lon, double radiusKm) {

        /**
         * Settled without trigonometry where it can be (a kilometre off the edge, against rounding):
         * the great circle is no shorter than the difference in latitude, and no longer than the way
         * along the meridian and then along the parallel, which a cosine at most 1 overstates.
         */
        boolean contains(double lat, double lon) {
            double northSouthKm = Math.abs(lat - this.lat) * KM_PER_DEGREE_LAT;
            if (northSouthKm > radiusKm + 1) {
                return false;
            }
            if (northSouthKm + Math.abs(Geodesy.normalizeLon(lon - this.lon)) * KM_PER_DEGREE_LAT < radiusKm - 1) {
                return true;
            }
            return Geodesy.distanceKm(lat, lon, this.lat, this.lon) <= radiusKm;
        }
    }

    /** The cells that have a list. */
    private final CellMask used = new CellMask();
    /** The circles that may reach each cell, indexed as {@link CellMask#cellOf} numbers cells; null where none. */
    private final Circle<T>[][] cells;

    @SuppressWarnings("unchecked")
    public CircleCover(Collection<T> items, Function<T, GeoPoint> centre, ToDoubleFunction<T> radiusKm) {
        List<Circle<T>>[] lists = new List[CellMask.CELLS];
        for (T item : items) {
            GeoPoint c = centre.apply(item);
            Circle<T> circle = new Circle<>(item, c.lat(), c.lon(), radiusKm.applyAsDouble(item));
            SpatialGrid.CellBounds b = SpatialGrid.boundsNear(circle.lat(), circle.lon(), circle.radiusKm(), 1.0);
            for (int la = b.latLo(); la <= b.latHi(); la++) {
                for (int lo = b.lonLo(); lo <= b.lonHi(); lo++) {
                    int key = CellMask.cell(la, lo);
                    if (lists[key] == null) {
                        lists[key] = new ArrayList<>(2);
                    }
                    if (!lists[key].isEmpty() && lists[key].get(lists[key].size() - 1) == circle) {
                        continue;
                    }
                    lists[key].add(circle);
                }
            }
        }
        cells = new Circle[lists.length][];
        for (int key = 0; key < lists.length; key++) {
            if (lists[key] != null) {
                cells[key] = lists[key].toArray(new Circle[0]);
                used.mark(key);
            }
        }
    }

    /** The items whose circle contains the point, in the order they were given. */
    public List<T> covering(double lat, double lon) {
        if (!used.mayContain(lat, lon)) {
            return List.of();
        }
        List<T> found = List.of();
        for (Circle<T> circle : cells[CellMask.cellOf(lat, lon)]) {
            if (circle.contains(lat, lon)) {
                if (found.isEmpty()) {
                    found = new ArrayList<>(2);
                }
                found.add(circle.item());
            }
        }
        return found;
    }

    /** Whether an item that {@code test} accepts has a circle containing the point. Allocates nothing. */
    public boolean anyCovering(double lat, double lon, Predicate<T> test) {
        if (!used.mayContain(lat, lon)) {
            return false;
        }
        for (Circle<T> circle : cells[CellMask.cellOf(lat, lon)]) {
            if (test.test(circle.item()) && circle.contains(lat, lon)) {
                return true;
            }
        }
        return false;
    }
}
