package io.divertwatch.track;

import io.divertwatch.geo.GeoPoint;

/**
 * One trusted position of one aircraft, the unit the detection rules reason on. SI units; unknown
 * numbers are NaN and an unknown {@code onGround} is null.
 *
 * @param altitudeM barometric altitude, or geometric altitude when the barometric one is unknown
 */
public record Fix(long time, double lat, double lon, double altitudeM, Boolean onGround, double groundSpeedMps,
        double trackDeg, double verticalRateMps, String squawk, String source) {

    public static Fix of(StateVector sv) {
        double altitude = Double.isNaN(sv.baroAltitudeM()) ? sv.geoAltitudeM() : sv.baroAltitudeM();
        return new Fix(sv.time(), sv.lat(), sv.lon(), altitude, sv.onGround(), sv.velocityMps(), sv.trueTrackDeg(),
                sv.verticalRateMps(), sv.squawk(), sv.source());
    }

    public GeoPoint position() {
        return new GeoPoint(lat, lon);
    }

    public boolean isOnGround() {
        return Boolean.TRUE.equals(onGround);
    }

    public boolean hasAltitude() {
        return !Double.isNaN(altitudeM);
    }
}
