package io.divertwatch.airport;

/** CDI event: a new airport index replaced the previous one. */
public record AirportsLoaded(AirportIndex index) {
}
