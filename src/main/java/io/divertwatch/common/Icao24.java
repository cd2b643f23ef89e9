package io.divertwatch.common;

import java.util.Locale;
import java.util.regex.Pattern;

/** The API's reading of an icao24 parameter: 6 hex digits, stored and compared lowercase. */
public final class Icao24 {

    private static final Pattern HEX6 = Pattern.compile("[0-9a-fA-F]{6}");

    private Icao24() {
    }

    /** The lowercase code, null when absent, or a 400 naming the parameter. */
    public static String optional(String value, String parameter) {
        return value == null || value.isBlank() ? null : require(value, parameter);
    }

    public static String require(String value, String parameter) {
        String trimmed = value == null ? "" : value.trim();
        if (!HEX6.matcher(trimmed).matches()) {
            throw ApiException.badRequest(parameter + " '" + value + "' must be 6 hex digits");
        }
        return trimmed.toLowerCase(Locale.ROOT);
    }
}
