package io.divertwatch.geo;

import java.util.Locale;

/** OurAirports' {@code type} column. */
public enum AirportType {
    LARGE_AIRPORT, MEDIUM_AIRPORT, SMALL_AIRPORT, HELIPORT, SEAPLANE_BASE, BALLOONPORT, CLOSED, OTHER;

    public static AirportType parse(String value) {
        if (value == null) {
            return OTHER;
        }
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return OTHER;
        }
    }
}
