package io.divertwatch.airport;

import io.divertwatch.geo.AirportIndex;

/** CDI event: a new airport index replaced the previous one. */
public record AirportsLoaded(AirportIndex index) {
}
