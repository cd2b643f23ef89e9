package io.divertwatch.source;

import io.divertwatch.geo.GeoPoint;

import java.util.List;

/**
 * What the poller should cover: watched places (with a radius) and watched aircraft (with their
 * last known position and its data time, when known).
 */
public record PollTargets(List<Place> places, List<Aircraft> aircraft) {

    public static final PollTargets NONE = new PollTargets(List.of(), List.of());

    public record Place(String name, GeoPoint position, double radiusKm) {
    }

    /**
     * @param icao24       null for a watch by callsign alone
     * @param lastPosition null when never seen; {@code lastSeen} then 0
     */
    public record Aircraft(String icao24, String callsign, GeoPoint lastPosition, long lastSeen) {
    }
}
