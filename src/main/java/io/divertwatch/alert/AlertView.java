package io.divertwatch.alert;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.divertwatch.detect.Candidate;
import io.divertwatch.sea.VesselDetection.PortCandidate;

import java.time.Instant;
import java.util.List;

/**
 * An alert in the public JSON shape (docs/contract.md); the same document is the webhook event's data.
 * An alert is about an aircraft ({@code icao24} and its fields) or a vessel ({@code mmsi} and its).
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record AlertView(Long id, String type, String severity, Instant time, Instant detectedAt, String icao24,
        String callsign, String registration, String typeCode, String operator, String identitySource,
        AlertSubject.ListEntry listEntry, Long watchId, String airport, GeofenceRef geofence,
        List<Candidate> candidates, Route route, Position position, String summary, List<FixView> evidence,
        Long relatedAlertId, Boolean returnedToOrigin, Instant acknowledgedAt, Integer mmsi, Integer imo,
        String vesselName, Long vesselWatchId, String port, List<PortCandidate> portCandidates,
        Integer counterpartMmsi) {

    /** Who the alert is about, as its fields say. */
    public AlertSubject subject() {
        return new AlertSubject(registration, typeCode, operator, identitySource, listEntry);
    }

    public record Route(String origin, String destination) {
    }

    /** The watched area a {@code GEOFENCE_ENTRY} concerns; its name as it was when the alert fired. */
    public record GeofenceRef(long id, String name) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Position(Double lat, Double lon, Double altitudeM, Double trackDeg, Double groundSpeedMps) {
    }
}
