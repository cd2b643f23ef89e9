package io.divertwatch.watch;

import java.time.Instant;
import java.util.List;

/** A watch as the API shows it. */
public record WatchView(Long id, String icao24, String callsign, String label, Route route, double corridorKm,
        Instant createdAt, Instant updatedAt) {

    public record Route(String origin, String destination, List<String> via) {
    }

    public static WatchView of(Watch w) {
        Route route = w.destination == null && w.origin == null ? null
                : new Route(w.origin, w.destination, w.via);
        return new WatchView(w.id, w.icao24, w.callsign, w.label, route, w.corridorKm, w.createdAt, w.updatedAt);
    }
}
