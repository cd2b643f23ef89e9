package io.divertwatch.detect.rule;

import io.divertwatch.geo.Airport;

import java.util.Locale;

/** Small formatting helpers for one-sentence summaries. */
final class Describe {

    private Describe() {
    }

    static String airport(Airport a) {
        return a.name() == null || a.name().isBlank() ? a.ident() : a.name() + " (" + a.ident() + ")";
    }

    static String km(double km) {
        return String.format(Locale.ROOT, "%,.0f km", km);
    }

    static String kmh(double kmh) {
        return String.format(Locale.ROOT, "%,.0f km/h", kmh);
    }

    static String metres(double m) {
        return String.format(Locale.ROOT, "%,.0f m", m);
    }

    static String deg(double d) {
        return String.format(Locale.ROOT, "%03.0f°", Math.floor(d + 0.5) % 360);
    }
}
