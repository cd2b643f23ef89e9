package io.divertwatch.source;

import java.util.Locale;

/**
 * One aircraft state as a feed reports it, in SI units (metres, m/s, degrees, Unix seconds).
 * Unknown numbers are NaN, an unknown {@code onGround} is null: every feed leaves some fields out.
 * Feeds deliver {@code icao24} in lowercase (a leading {@code ~} marks a non-ICAO address), so
 * consumers compare it as it is.
 *
 * @param timePosition Unix time of the position, or 0 when the feed gives none
 * @param lastContact  Unix time of the last message of any kind
 * @param source       the feed the state came from ("opensky", "replay", …)
 */
public record StateVector(String icao24, String callsign, String originCountry, long timePosition, long lastContact,
        double lat, double lon, double baroAltitudeM, Boolean onGround, double velocityMps, double trueTrackDeg,
        double verticalRateMps, double geoAltitudeM, String squawk, String source) {

    /** The data time of the position: the position's own time when known, else the last contact. */
    public long time() {
        return timePosition > 0 ? timePosition : lastContact;
    }

    /**
     * A feed's address in the contract's form: six hex digits, lowercase, optionally after {@code ~}
     * (a non-ICAO address); null when it is not one. Called for every record of every feed, so it
     * checks characters instead of compiling a pattern.
     */
    public static String icao24(String raw) {
        if (raw == null) {
            return null;
        }
        String s = raw.trim().toLowerCase(Locale.ROOT);
        int start = s.startsWith("~") ? 1 : 0;
        if (s.length() - start != 6) {
            return null;
        }
        for (int i = start; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return null;
            }
        }
        return s;
    }

    public boolean hasPosition() {
        return !Double.isNaN(lat) && !Double.isNaN(lon) && lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180
                && time() > 0;
    }
}
