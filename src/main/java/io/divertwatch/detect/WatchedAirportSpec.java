package io.divertwatch.detect;

import io.divertwatch.geo.Airport;

/**
 * @param anyAircraft when true, every aircraft approaching or landing here alerts, watched or not
 */
public record WatchedAirportSpec(Airport airport, double radiusKm, boolean anyAircraft) {

    /** The radius of a watched airport that names none: an arrival on a 3° path is below 5,200 m there. */
    public static final double DEFAULT_RADIUS_KM = 100;
}
