package io.divertwatch.watch;

import java.time.Instant;

public record WatchedAirportView(String icao, String name, Double lat, Double lon, double radiusKm,
        boolean anyAircraft, String note, Instant createdAt) {
}
