package io.divertwatch.source;

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

    public boolean hasPosition() {
        return !Double.isNaN(lat) && !Double.isNaN(lon) && lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180
                && time() > 0;
    }
}
