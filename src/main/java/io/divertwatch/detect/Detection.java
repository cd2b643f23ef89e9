package io.divertwatch.detect;

import io.divertwatch.track.Fix;

import java.util.List;

/**
 * What a rule found, before it becomes a stored alert.
 *
 * @param key        the incident key: one alert per key (docs/detection.md)
 * @param time       data time of the triggering fix
 * @param relatedKey key of the earlier detection this one escalates, or null
 * @param geofence   the area entered, for {@code GEOFENCE_ENTRY}; else null
 */
public record Detection(String key, AlertType type, Severity severity, long time, String icao24, String callsign,
        Long watchId, String airport, List<Candidate> candidates, String routeOrigin, String routeDestination,
        Fix position, String summary, List<Fix> evidence, String relatedKey, Boolean returnedToOrigin,
        GeofenceSpec geofence) {
}
