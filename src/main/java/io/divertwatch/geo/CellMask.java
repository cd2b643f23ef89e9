package io.divertwatch.geo;

/**
 * One bit per one-degree cell of the globe (8 KiB in all, so it stays in the processor's nearest
 * cache): set where something may be. Asking it first settles, with one memory read, the question
 * nearly every fix gets the answer "no" to. Built once, then read-only; safe to share between threads.
 */
public final class CellMask {

    private static final int LON_CELLS = 360;
    private static final int LAT_CELLS = 180;
    /** How many one-degree cells the globe has, numbered as {@link #cellOf} numbers them. */
    static final int CELLS = LAT_CELLS * LON_CELLS;

    private final long[] bits = new long[(CELLS + 63) / 64];
    private boolean empty = true;

    /** Marks every cell a circle of {@code radiusKm} around the point can touch. */
    public void markCircle(double lat, double lon, double radiusKm) {
        SpatialGrid.CellBounds b = SpatialGrid.boundsNear(lat, lon, radiusKm, 1.0);
        for (int la = b.latLo(); la <= b.latHi(); la++) {
            for (int lo = b.lonLo(); lo <= b.lonHi(); lo++) {
                mark(cell(la, lo));
            }
        }
    }

    /** Marks every cell the area's polygons' bounds touch. */
    public void markArea(GeoArea area) {
        area.forEachCell((lat, lon) -> mark(cellOf(lat, lon)));
    }

    public boolean isEmpty() {
        return empty;
    }

    public boolean mayContain(double lat, double lon) {
        if (empty) {
            return false;
        }
        int key = cellOf(lat, lon);
        return (bits[key >>> 6] & 1L << key) != 0;
    }

    /** Marks one cell, numbered as {@link #cellOf} numbers them. */
    void mark(int key) {
        bits[key >>> 6] |= 1L << key;
        empty = false;
    }

    /** The one-degree cell of a point: the numbering every one-degree grid of this package shares. */
    static int cellOf(double lat, double lon) {
        return cell(Math.min(LAT_CELLS - 1, Math.max(0, (int) Math.floor(lat) + 90)), (int) Math.floor(lon) + 180);
    }

    /** The cell in row {@code latCell} (0 = 90°S) and column {@code lonCell} (0 = 180°W; wraps around). */
    static int cell(int latCell, int lonCell) {
        return latCell * LON_CELLS + Math.floorMod(lonCell, LON_CELLS);
    }
}
