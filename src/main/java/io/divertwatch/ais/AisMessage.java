package io.divertwatch.ais;

/**
 * One decoded AIS message: who sent it, and its position part, its static part, or both (a class B
 * extended report, type 19, has both). Types other than 1, 2, 3, 5, 18, 19, 24 and 27 are kept with
 * their type and sender only.
 *
 * @param receivedAt when the message was received (Unix seconds, from an NMEA 4 tag block or the
 *                   receiver's own time stamp), or 0 when the stream does not say
 */
public record AisMessage(int type, int mmsi, Position position, Statics statics, long receivedAt) {

    /** Not available, as AIS encodes it: the decoded value of a field a transmitter leaves unset. */
    public static final int NO_HEADING = -1;

    /**
     * Where a vessel is and how it moves. Unknown values are NaN (speed 102.3 kn, course 360°, longitude
     * 181°, latitude 91° on the air), or {@link #NO_HEADING}; {@code status} is the navigational status
     * (0–15, 15 "not defined"), -1 for class B, which sends none.
     *
     * @param second the UTC second of the fix (0–59), or 60 and above when not available
     */
    public record Position(int status, double speedKn, boolean accuracy, double lon, double lat, double courseDeg,
            int heading, int second, boolean raim) {

        public boolean hasLocation() {
            return !Double.isNaN(lat) && !Double.isNaN(lon);
        }
    }

    /**
     * What a vessel says of itself: from type 5 (IMO number, call sign, name, type, dimensions, draught,
     * destination and ETA), type 19, or one part of type 24 ({@code part} 'A' carries the name, 'B' the
     * type, vendor, call sign and dimensions). Absent values are null, 0 or NaN.
     *
     * @param eta         "MM-ddTHH:mmZ" as transmitted (no year), or null when not available
     * @param mothership  for an auxiliary craft's type 24 part B, the MMSI of its mother ship; else 0
     */
    public record Statics(char part, int imo, String callSign, String name, int shipType, int toBow, int toStern,
            int toPort, int toStarboard, double draughtM, String destination, String eta, String vendorId,
            int model, int serial, int mothership) {
    }

    public boolean hasPosition() {
        return position != null;
    }

    public boolean hasStatics() {
        return statics != null;
    }
}
