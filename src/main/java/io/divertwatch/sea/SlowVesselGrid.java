package io.divertwatch.sea;

import io.divertwatch.geo.Geodesy;

/**
 * Where the slow vessels are, in cells at least 1.1 km across: the vessels within 500 m of one lie in
 * its cell or the eight around it. Only slow vessels are kept and a vessel is moved when it changes
 * cell, so finding a vessel's neighbours costs the same with ten thousand vessels or a million.
 * Longitude cells are scaled per latitude band (equal widths on the ground) and go round the globe, so
 * that the cells either side of the antimeridian are neighbours.
 */
final class SlowVesselGrid {

    /** A cell's height in degrees of latitude: 1.11 km. */
    private static final double CELL_DEG = 0.01;
    static final long NONE = Long.MIN_VALUE;

    private final LongMap<int[]> cells = new LongMap<>();

    /** The cell a point lies in. */
    static long cellOf(double lat, double lon) {
        int band = (int) Math.floor(lat / CELL_DEG);
        return key(band, column(band, lon));
    }

    /** Moves a vessel from cell {@code from} (or {@link #NONE}) to {@code to}; returns {@code to}. */
    long move(int mmsi, long from, long to) {
        if (from == to) {
            return to;
        }
        if (from != NONE) {
            remove(mmsi, from);
        }
        if (to != NONE) {
            int[] list = cells.get(to);
            if (list == null) {
                cells.put(to, new int[] { 1, mmsi });
            } else {
                if (list[0] + 1 == list.length) {
                    list = java.util.Arrays.copyOf(list, list.length * 2);
                    cells.put(to, list);
                }
                list[++list[0]] = mmsi;
            }
        }
        return to;
    }

    /** Calls {@code visitor} with every vessel in the nine cells around the point. */
    void forEachNear(double lat, double lon, java.util.function.IntConsumer visitor) {
        int band = (int) Math.floor(lat / CELL_DEG);
        for (int b = band - 1; b <= band + 1; b++) {
            int columns = columns(b);
            int column = column(b, lon);
            for (int c = column - 1; c <= column + 1; c++) {
                int[] list = cells.get(key(b, Math.floorMod(c, columns)));
                if (list != null) {
                    for (int i = 1; i <= list[0]; i++) {
                        visitor.accept(list[i]);
                    }
                }
            }
        }
    }

    int cells() {
        return cells.size();
    }

    private void remove(int mmsi, long cell) {
        int[] list = cells.get(cell);
        if (list == null) {
            return;
        }
        for (int i = 1; i <= list[0]; i++) {
            if (list[i] == mmsi) {
                list[i] = list[list[0]--];
                break;
            }
        }
        if (list[0] == 0) {
            cells.remove(cell);
        }
    }

    /**
     * Each band's number of cells round the globe, worked out once: 360° × cos(latitude) / CELL_DEG,
     * rounded down, so that no cell is narrower on the ground than it is high.
     */
    private static final int BANDS = (int) Math.round(90 / CELL_DEG);
    private static final int[] COLUMNS = new int[2 * BANDS + 2];

    static {
        for (int band = -BANDS - 1; band <= BANDS; band++) {
            double cos = Math.max(0.05, Math.cos(Math.toRadians((band + 0.5) * CELL_DEG)));
            COLUMNS[band + BANDS + 1] = (int) Math.floor(360 * cos / CELL_DEG);
        }
    }

    private static int columns(int band) {
        return COLUMNS[Math.max(0, Math.min(COLUMNS.length - 1, band + BANDS + 1))];
    }

    /** The band's column of a longitude, 0 at 180° W: cells of equal width on the ground (near the poles, wider). */
    private static int column(int band, double lon) {
        int columns = columns(band);
        int column = (int) Math.floor((Geodesy.normalizeLon(lon) + 180) * columns / 360);
        return column >= columns ? column - columns : column;
    }

    /**
     * Band and column in one long, spread by an odd multiplier (a bijection, so no two cells share a
     * key; the table takes its slot from the high bits). Never 0: that is the table's empty slot.
     */
    private static long key(int band, int column) {
        long key = ((long) band << 32 | (column & 0xffffffffL)) * 0x9E3779B97F4A7C15L;
        return key == 0 ? 1 : key;
    }
}
