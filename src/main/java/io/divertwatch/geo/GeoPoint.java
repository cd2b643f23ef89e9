package io.divertwatch.geo;

/** A position in WGS-84 degrees. */
public record GeoPoint(double lat, double lon) {

    public GeoPoint {
        if (!isValid(lat, lon)) {
            throw new IllegalArgumentException("invalid position lat=" + lat + " lon=" + lon);
        }
    }

    public static boolean isValid(double lat, double lon) {
        return lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180;
    }
}
