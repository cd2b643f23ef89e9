package io.divertwatch.detect;

import io.divertwatch.airport.Airport;
import io.divertwatch.geo.GeoPoint;

import java.util.HashMap;
import java.util.Map;

/**
 * One flight of one aircraft: the segment between two landings (or a long gap with a jump). Its
 * start time is the flight part of every incident key, so an incident alerts once per flight.
 */
final class FlightState {

    final long id;
    final GeoPoint firstPosition;
    boolean airborne;
    long airborneSince;
    /** Where this flight took off, when a take-off was seen; else the route's origin, else null. */
    Airport departure;
    boolean leftOriginArea;
    double maxAltitudeM = Double.NaN;
    Landing landing;
    final Map<String, Persistence> evidence = new HashMap<>();
    /** Incident keys already emitted (key → type), so an incident alerts once and escalations can refer back. */
    final Map<String, String> firedKeys = new HashMap<>();

    FlightState(long id, GeoPoint firstPosition, boolean airborne, Airport departure) {
        this.id = id;
        this.firstPosition = firstPosition;
        this.airborne = airborne;
        this.airborneSince = airborne ? id : -1;
        this.departure = departure;
    }

    Persistence evidence(String name) {
        return evidence.computeIfAbsent(name, k -> new Persistence());
    }
}
