package io.divertwatch.alert;

import io.divertwatch.common.IdentifiedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.DynamicUpdate;

import java.time.Instant;

/**
 * A stored alert: one per incident key. Candidates and evidence are kept as JSON documents.
 * <p>
 * Updates write only the columns that changed: the engine resolves an alert while an analyst may be
 * acknowledging it, and a whole-row update from either would undo the other.
 */
@Entity
@Table(name = "alert")
@DynamicUpdate
public class Alert extends IdentifiedEntity {

    @Column(name = "incident_key")
    public String incidentKey;
    public String type;
    public String severity;
    @Column(name = "data_time")
    public Instant time;
    @Column(name = "detected_at")
    public Instant detectedAt;
    public String icao24;
    public String callsign;
    @Column(name = "watch_id")
    public Long watchId;
    public String airport;
    @Column(name = "geofence_id")
    public Long geofenceId;
    @Column(name = "geofence_name")
    public String geofenceName;
    @Column(name = "route_origin")
    public String routeOrigin;
    @Column(name = "route_destination")
    public String routeDestination;
    public Double lat;
    public Double lon;
    @Column(name = "altitude_m")
    public Double altitudeM;
    @Column(name = "track_deg")
    public Double trackDeg;
    @Column(name = "ground_speed_mps")
    public Double groundSpeedMps;
    public String summary;
    /** Who the alert is about, when a register or the watch's list knows. */
    public String registration;
    @Column(name = "type_code")
    public String typeCode;
    public String operator;
    @Column(name = "identity_source")
    public String identitySource;
    @Column(name = "list_name")
    public String listName;
    @Column(name = "list_entity_id")
    public String listEntityId;
    @Column(name = "list_program")
    public String listProgram;
    @Column(name = "list_linked_to")
    public String listLinkedTo;
    /** The vessel an alert is about, and the port it concerns. */
    public Integer mmsi;
    public Integer imo;
    @Column(name = "vessel_name")
    public String vesselName;
    @Column(name = "vessel_watch_id")
    public Long vesselWatchId;
    public String port;
    @Column(name = "port_id")
    public Long portId;
    @Column(name = "port_candidates_json")
    public String portCandidatesJson;
    /** The other vessel of an encounter. */
    @Column(name = "counterpart_mmsi")
    public Integer counterpartMmsi;
    @Column(name = "candidates_json")
    public String candidatesJson;
    @Column(name = "evidence_json")
    public String evidenceJson;
    @Column(name = "related_alert_id")
    public Long relatedAlertId;
    @Column(name = "returned_to_origin")
    public Boolean returnedToOrigin;
    @Column(name = "acknowledged_at")
    public Instant acknowledgedAt;
    /** When its evidence went (data time) or a person closed it (wall time); null while it holds. */
    @Column(name = "resolved_at")
    public Instant resolvedAt;
    /** {@code engine}, or the name of the API key that closed it. */
    @Column(name = "resolved_by")
    public String resolvedBy;
    /** Why, in one clause: "landed at LLBG as planned". */
    public String resolution;
}
