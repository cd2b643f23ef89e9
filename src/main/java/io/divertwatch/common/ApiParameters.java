package io.divertwatch.common;

import io.divertwatch.detect.AlertType;
import io.divertwatch.track.Icao24;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

/** How the API reads the parameters many endpoints share; a bad one is a 400 naming it. */
public final class ApiParameters {

    private static final Pattern CALLSIGN = Pattern.compile("[A-Z0-9]{1,8}");

    private ApiParameters() {
    }

    /**
     * A whole number from {@code min} to {@code max}; {@code whenAbsent} when not given. Read here rather
     * than by JAX-RS, which answers a query parameter it cannot convert with 404.
     */
    public static int wholeNumber(String value, String parameter, int whenAbsent, int min, int max) {
        if (value == null || value.isBlank()) {
            return whenAbsent;
        }
        String v = value.trim();
        long n = v.matches("[+-]?\\d{1,10}") ? Long.parseLong(v) : Long.MIN_VALUE;
        if (n < min || n > max) {
            throw ApiException.badRequest(parameter + " " + Text.forLog(value) + " must be a whole number from " + min
                    + " to " + max);
        }
        return (int) n;
    }

    /** {@code true} or {@code false} in any case; {@code whenAbsent} when not given. */
    public static boolean trueOrFalse(String value, String parameter, boolean whenAbsent) {
        if (value == null || value.isBlank()) {
            return whenAbsent;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ApiException.badRequest(parameter + " " + Text.forLog(value) + " must be true or false");
        };
    }

    /** An ISO-8601 instant; null when absent. */
    public static Instant optionalInstant(String value, String parameter) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest(parameter + " '" + value + "' must be an ISO-8601 instant, e.g. "
                    + "2026-11-26T08:00:00Z");
        }
    }

    /** An ISO-8601 instant that must be given. */
    public static Instant instant(String value, String parameter) {
        Instant instant = optionalInstant(value, parameter);
        if (instant == null) {
            throw ApiException.badRequest(parameter + " is required: an ISO-8601 instant, e.g. 2026-11-26T08:00:00Z");
        }
        return instant;
    }

    /** An aircraft address: six hex digits, answered lowercase; null when absent. */
    public static String optionalIcao24(String value, String parameter) {
        return value == null || value.isBlank() ? null : icao24(value, parameter);
    }

    /** A vessel's MMSI (1 to 9 digits, not 0); null when absent. */
    public static Integer optionalMmsi(String value, String parameter) {
        return value == null || value.isBlank() ? null : mmsi(value, parameter);
    }

    public static int mmsi(String value, String parameter) {
        String v = value.trim();
        if (!v.matches("\\d{1,9}") || Integer.parseInt(v) == 0) {
            throw ApiException.badRequest(parameter + " " + Text.forLog(value) + " must be an MMSI: 1 to 9 digits");
        }
        return Integer.parseInt(v);
    }

    public static String icao24(String value, String parameter) {
        String icao24 = Icao24.parse(value);
        if (icao24 == null || icao24.startsWith("~")) {
            throw ApiException.badRequest(parameter + " '" + value + "' must be 6 hex digits");
        }
        return icao24;
    }

    /** A callsign: 1 to 8 letters or digits, answered in capitals; null when absent. */
    public static String optionalCallsign(String value, String parameter) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String callsign = value.trim().toUpperCase(Locale.ROOT);
        if (!CALLSIGN.matcher(callsign).matches()) {
            throw ApiException.badRequest(parameter + " must be 1 to 8 letters or digits");
        }
        return callsign;
    }

    /** An alert type, case-insensitive. */
    public static AlertType alertType(String value, String parameter) {
        AlertType type = AlertType.parse(value);
        if (type == null) {
            throw ApiException.badRequest(parameter + " '" + value + "' is not one of "
                    + Arrays.toString(AlertType.values()));
        }
        return type;
    }
}
