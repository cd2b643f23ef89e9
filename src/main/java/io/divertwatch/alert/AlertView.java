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
        Integer counterpartMmsi, String status, Instant resolvedAt, String resolvedBy, String resolution) {

    /** Needs a human: neither acknowledged nor resolved. */
    public static final String OPEN = "open";
    public static final String ACKNOWLEDGED = "acknowledged";
    /** Its evidence went (the engine said why), or a person closed it. */
    public static final String RESOLVED = "resolved";
    /** What resolves an alert when no person does: the detection engine, on the data. */
    public static final String BY_ENGINE = "engine";

    /** The status an alert with these times has. */
    public static String status(Instant acknowledgedAt, Instant resolvedAt) {
        return resolvedAt != null ? RESOLVED : acknowledgedAt != null ? ACKNOWLEDGED : OPEN;
    }

    /** This alert, resolved at data time {@code at} by {@code by} for {@code reason}. */
    public AlertView resolved(Instant at, String by, String reason) {
        return new AlertView(id, type, severity, time, detectedAt, icao24, callsign, registration, typeCode, operator,
                identitySource, listEntry, watchId, airport, geofence, candidates, route, position, summary, evidence,
                relatedAlertId, returnedToOrigin, acknowledgedAt, mmsi, imo, vesselName, vesselWatchId, port,
                portCandidates, counterpartMmsi, RESOLVED, at, by, reason);
    }

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
