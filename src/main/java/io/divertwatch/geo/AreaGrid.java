package io.divertwatch.geo;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Areas indexed by the one-degree cells their polygons' bounds touch, so that asking which areas
 * contain a point tests only the few whose bounds reach that cell, however many areas exist.
 * Immutable once built; safe to share between threads.
 */
public final class AreaGrid<T> {

    private final List<T>[] cells;
    private final Function<T, GeoArea> area;
    private final int size;

    @SuppressWarnings("unchecked")
    public AreaGrid(Collection<T> items, Function<T, GeoArea> area) {
        this.area = area;
        this.cells = new List[CellMask.CELLS];
        for (T item : items) {
            area.apply(item).forEachCell((lat, lon) -> {
                int key = CellMask.cellOf(lat, lon);
                if (cells[key] == null) {
                    cells[key] = new ArrayList<>(2);
                }
                List<T> cell = cells[key];
                if (cell.isEmpty() || cell.get(cell.size() - 1) != item) {
                    cell.add(item);
                }
            });
        }
        this.size = items.size();
    }

    public int size() {
        return size;
    }

    /** The items whose area contains the point. */
    public List<T> containing(double lat, double lon) {
        List<T> cell = size == 0 ? null : cells[CellMask.cellOf(lat, lon)];
        if (cell == null) {
            return List.of();
        }
        List<T> found = new ArrayList<>(1);
        for (T item : cell) {
            if (area.apply(item).contains(lat, lon)) {
                found.add(item);
            }
        }
        return found;
    }

    /** Whether an item accepted by {@code test} contains the point; allocation-free, for every fix. */
    public boolean anyContaining(double lat, double lon, Predicate<T> test) {
        List<T> cell = size == 0 ? null : cells[CellMask.cellOf(lat, lon)];
        if (cell == null) {
            return false;
        }
        for (T item : cell) {
            if (test.test(item) && area.apply(item).contains(lat, lon)) {
                return true;
            }
        }
        return false;
    }
}
