package io.divertwatch.geo;

/**
 * A latitude/longitude box as OpenSky takes it ({@code lamin, lomin, lamax, lomax}). Boxes never
 * cross the antimeridian: one that would is split by the caller or widened to the whole world.
 */
public record BoundingBox(double latMin, double lonMin, double latMax, double lonMax) {

    public BoundingBox {
        if (!(latMin <= latMax && lonMin <= lonMax) || !GeoPoint.isValid(latMin, lonMin)
                || !GeoPoint.isValid(latMax, lonMax)) {
            throw new IllegalArgumentException("invalid box " + latMin + "," + lonMin + " .. " + latMax + "," + lonMax);
        }
    }

    /** A box that contains every point within {@code radiusKm} of the centre, clipped to the world. */
    public static BoundingBox around(double lat, double lon, double radiusKm) {
        double dLat = Math.toDegrees(radiusKm / Geodesy.EARTH_RADIUS_KM);
        double latMin = Math.max(-90, lat - dLat);
        double latMax = Math.min(90, lat + dLat);
        double maxAbsLat = Math.max(Math.abs(latMin), Math.abs(latMax));
        if (maxAbsLat >= 89.0) {
            return new BoundingBox(latMin, -180, latMax, 180);
        }
        double dLon = dLat / Math.cos(Math.toRadians(maxAbsLat));
        double lonMin = lon - dLon;
        double lonMax = lon + dLon;
        if (lonMin < -180 || lonMax > 180) {
            // Crossing the antimeridian: the full longitude band is the simple, always-correct answer.
            return new BoundingBox(latMin, -180, latMax, 180);
        }
        return new BoundingBox(latMin, lonMin, latMax, lonMax);
    }

    public double areaSquareDegrees() {
        return (latMax - latMin) * (lonMax - lonMin);
    }

    public boolean isWorld() {
        return latMin <= -90 && latMax >= 90 && lonMin <= -180 && lonMax >= 180;
    }

    public boolean contains(double lat, double lon) {
        return lat >= latMin && lat <= latMax && lon >= lonMin && lon <= lonMax;
    }

    public BoundingBox union(BoundingBox other) {
        return new BoundingBox(Math.min(latMin, other.latMin), Math.min(lonMin, other.lonMin),
                Math.max(latMax, other.latMax), Math.max(lonMax, other.lonMax));
    }
}
