package io.divertwatch.sea;

import java.util.Locale;

/** Where a vessel is, in words: "in Vladivostok", "12 km off Najin (North Korea)", or coordinates. */
final class Places {

    /** Ports this close name a place at sea. */
    private static final double NAMED_WITHIN_KM = 60;

    private Places() {
    }

    static String describe(PortIndex ports, double lat, double lon) {
        PortSpec p = ports.nearest(lat, lon, NAMED_WITHIN_KM);
        if (p == null) {
            return String.format(Locale.ROOT, "at %.3f°%s %.3f°%s", Math.abs(lat), lat >= 0 ? "N" : "S", Math.abs(lon),
                    lon >= 0 ? "E" : "W");
        }
        double km = p.distanceKm(lat, lon);
        return km == 0 ? "in " + p.describe() : String.format(Locale.ROOT, "%.0f km off %s", Math.max(1, km), p.describe());
    }
}
