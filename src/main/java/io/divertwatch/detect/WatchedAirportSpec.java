package io.divertwatch.detect;

import io.divertwatch.airport.Airport;

/**
 * @param anyAircraft when true, every aircraft approaching or landing here alerts, watched or not
 */
public record WatchedAirportSpec(Airport airport, double radiusKm, boolean anyAircraft) {
}
