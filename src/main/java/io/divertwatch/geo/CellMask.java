package io.divertwatch.geo;

/**
 * One bit per one-degree cell of the globe (8 KiB in all, so it stays in the processor's nearest
 * cache): set where something may be. Asking it first settles, with one memory read, the question
 * nearly every fix gets the answer "no" to. Built once, then read-only; safe to share between threads.
 */
public final class CellMask {

    private static final int LON_CELLS = 360;
    private static final int LAT_CELLS = 180;

    private final long[] bits = new long[(LAT_CELLS * LON_CELLS + 63) / 64];
    private boolean empty = true;

    /** Marks every cell a circle of {@code radiusKm} around the point can touch. */
    public void markCircle(double lat, double lon, double radiusKm) {
        SpatialGrid.CellBounds b = SpatialGrid.boundsNear(lat, lon, radiusKm, 1.0);
        for (int la = b.latLo(); la <= b.latHi(); la++) {
            for (int lo = b.lonLo(); lo <= b.lonHi(); lo++) {
                set(la, Math.floorMod(lo, LON_CELLS));
            }
        }
    }

    /** Marks every cell the area's polygons' bounds touch. */
    public void markArea(GeoArea area) {
        area.forEachCell((lat, lon) -> set(lat + 90, lon + 180));
    }

    public boolean isEmpty() {
        return empty;
    }

    public boolean mayContain(double lat, double lon) {
        if (empty) {
            return false;
        }
        int latCell = Math.min(LAT_CELLS - 1, Math.max(0, (int) Math.floor(lat) + 90));
        int lonCell = Math.floorMod((int) Math.floor(lon) + 180, LON_CELLS);
        int key = latCell * LON_CELLS + lonCell;
        return (bits[key >>> 6] & 1L << key) != 0;
    }

    private void set(int latCell, int lonCell) {
        int key = latCell * LON_CELLS + lonCell;
        bits[key >>> 6] |= 1L << key;
        empty = false;
    }
}
