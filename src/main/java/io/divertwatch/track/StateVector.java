package io.divertwatch.track;

/**
 * One aircraft state as a feed reports it, in SI units (metres, m/s, degrees, Unix seconds).
 * Unknown numbers are NaN, an unknown {@code onGround} is null: every feed leaves some fields out.
 * Feeds deliver {@code icao24} in lowercase (a leading {@code ~} marks a non-ICAO address), so
 * consumers compare it as it is.
 *
 * @param timePosition Unix time of the position, or 0 when the feed gives none
 * @param lastContact  Unix time of the last message of any kind
 * @param source       the feed the state came from ("opensky", "replay", …)
 * @param squawk       a valid code as one of {@link Squawks}' shared strings, anything else as sent
 * @param address      {@code icao24} as a number ({@link Icao24#address}), worked out when the state is made
 * @param callsignKey  {@code callsign} packed into a long ({@link #callsignKey(String)}), worked out when the
 *                     state is made
 */
public record StateVector(String icao24, String callsign, String originCountry, long timePosition, long lastContact,
        double lat, double lon, double baroAltitudeM, Boolean onGround, double velocityMps, double trueTrackDeg,
        double verticalRateMps, double geoAltitudeM, String squawk, String source, int address, long callsignKey) {

    /** Worked out from {@code icao24} in the canonical constructor. */
    private static final int FROM_ICAO24 = Integer.MIN_VALUE;
    /** Worked out from {@code callsign} in the canonical constructor. */
    private static final long FROM_CALLSIGN = Long.MIN_VALUE;

    public StateVector {
        int actual = icao24 == null ? Icao24.NO_ADDRESS : Icao24.address(icao24);
        if (address != actual && address != FROM_ICAO24) {
            throw new IllegalArgumentException("address " + address + " is not that of '" + icao24 + "'");
        }
        address = actual;
        long actualKey = callsign == null ? 0 : callsignKey(callsign);
        if (callsignKey != actualKey && callsignKey != FROM_CALLSIGN) {
            throw new IllegalArgumentException("callsign key " + callsignKey + " is not that of '" + callsign + "'");
        }
        callsignKey = actualKey;
        squawk = Squawks.shared(squawk);
    }

    /**
     * A state whose {@link #address} is worked out from {@code icao24} as it is made, while the
     * parser's fresh string is still in the cache: the engine finds the aircraft by the number, and
     * reading the string there, long after parsing, would cost two cache misses per state.
     */
    public StateVector(String icao24, String callsign, String originCountry, long timePosition, long lastContact,
            double lat, double lon, double baroAltitudeM, Boolean onGround, double velocityMps, double trueTrackDeg,
            double verticalRateMps, double geoAltitudeM, String squawk, String source) {
        this(icao24, callsign, originCountry, timePosition, lastContact, lat, lon, baroAltitudeM, onGround,
                velocityMps, trueTrackDeg, verticalRateMps, geoAltitudeM, squawk, source, FROM_ICAO24, FROM_CALLSIGN);
    }

    /**
     * Up to eight ASCII characters other than NUL as one long, a different one for each string; else
     * 0, and then the strings must be compared. Worked out when a state is made, while the parser's
     * fresh string is still in the cache: the engine compares callsigns on every state.
     */
    public static long callsignKey(String callsign) {
        int length = callsign.length();
        if (length > 8) {
            return 0;
        }
        long packed = 0;
        for (int i = 0; i < length; i++) {
            char c = callsign.charAt(i);
            if (c == 0 || c >= 128) {
                return 0;
            }
            packed = packed << 8 | c;
        }
        return packed;
    }

    /** The data time of the position: the position's own time when known, else the last contact. */
    public long time() {
        return timePosition > 0 ? timePosition : lastContact;
    }

    public boolean hasPosition() {
        return !Double.isNaN(lat) && !Double.isNaN(lon) && lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180
                && time() > 0;
    }
}
