package io.divertwatch.alert;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.divertwatch.detect.AlertType;
import io.divertwatch.detect.Candidate;
import io.divertwatch.detect.Detection;
import io.divertwatch.track.Fix;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;

/** Converts between detections, stored alerts and their public JSON view. */
@ApplicationScoped
public class AlertMapper {

    private static final TypeReference<List<Candidate>> CANDIDATES = new TypeReference<>() {
    };
    private static final TypeReference<List<FixView>> FIXES = new TypeReference<>() {
    };

    /** The stored summary's column width. */
    private static final int MAX_SUMMARY = 1000;

    private final ObjectMapper json;
    private final AlertSubjects subjects;

    AlertMapper(ObjectMapper json, AlertSubjects subjects) {
        this.json = json;
        this.subjects = subjects;
    }

    /** The public view of a detection: what analyses return, and what a stored alert is made of. */
    public AlertView view(Detection d, Instant detectedAt) {
        Fix p = d.position();
        AlertSubject who = subjects.describe(d.icao24(), d.watchId());
        return new AlertView(null, d.type().name(), d.severity().label(), Instant.ofEpochSecond(d.time()), detectedAt,
                d.icao24(), d.callsign() == null ? null : d.callsign().trim(), who.registration(), who.typeCode(),
                who.operator(), who.identitySource(), who.listEntry(), d.watchId(), d.airport(),
                d.geofence() == null ? null : new AlertView.GeofenceRef(d.geofence().id(), d.geofence().name()),
                d.candidates(), route(d.routeOrigin(), d.routeDestination()),
                p == null ? null : new AlertView.Position(p.lat(), p.lon(), FixView.known(p.altitudeM()),
                        FixView.known(p.trackDeg()), FixView.known(p.groundSpeedMps())),
                summary(d, who), d.evidence().stream().map(FixView::of).toList(), null, d.returnedToOrigin(), null);
    }

    /**
     * The rule's sentence, saying who the aircraft is when a register or list knows: "RA-76592 (IL76,
     * Russian Air Force): … Listed: OFAC SDN entry 43131, RUSSIA-EO14024, linked to …".
     */
    static String summary(Detection d, AlertSubject who) {
        String aircraft = who.describeAircraft();
        StringBuilder s = new StringBuilder();
        if (aircraft != null && who.registration() != null && d.type() != AlertType.IDENTITY_CHANGED) {
            s.append(aircraft).append(": ");
        }
        s.append(d.summary());
        if (who.listEntry() != null) {
            s.append(" Listed: ").append(who.listEntry().describe()).append('.');
        }
        return s.length() <= MAX_SUMMARY ? s.toString() : s.substring(0, MAX_SUMMARY - 1) + "…";
    }

    public Alert toEntity(Detection d, Instant detectedAt) {
        AlertView v = view(d, detectedAt);
        Alert a = new Alert();
        a.incidentKey = d.key();
        a.type = v.type();
        a.severity = v.severity();
        a.time = v.time();
        a.detectedAt = v.detectedAt();
        a.icao24 = v.icao24();
        a.callsign = v.callsign();
        a.watchId = v.watchId();
        a.airport = v.airport();
        if (v.geofence() != null) {
            a.geofenceId = v.geofence().id();
            a.geofenceName = v.geofence().name();
        }
        a.routeOrigin = d.routeOrigin();
        a.routeDestination = d.routeDestination();
        if (v.position() != null) {
            a.lat = v.position().lat();
            a.lon = v.position().lon();
            a.altitudeM = v.position().altitudeM();
            a.trackDeg = v.position().trackDeg();
            a.groundSpeedMps = v.position().groundSpeedMps();
        }
        a.summary = v.summary();
        a.candidatesJson = write(v.candidates());
        a.evidenceJson = write(v.evidence());
        a.returnedToOrigin = v.returnedToOrigin();
        a.registration = v.registration();
        a.typeCode = v.typeCode();
        a.operator = v.operator();
        a.identitySource = v.identitySource();
        if (v.listEntry() != null) {
            a.listName = v.listEntry().list();
            a.listEntityId = v.listEntry().entityId();
            a.listProgram = v.listEntry().program();
            a.listLinkedTo = v.listEntry().linkedTo();
        }
        return a;
    }

    public AlertView view(Alert a) {
        return new AlertView(a.id, a.type, a.severity, a.time, a.detectedAt, a.icao24, a.callsign, a.registration,
                a.typeCode, a.operator, a.identitySource, a.listName == null ? null
                        : new AlertSubject.ListEntry(a.listName, a.listEntityId, a.listProgram, a.listLinkedTo),
                a.watchId, a.airport, a.geofenceId == null ? null : new AlertView.GeofenceRef(a.geofenceId, a.geofenceName),
                read(a.candidatesJson, CANDIDATES), route(a.routeOrigin, a.routeDestination),
                a.lat == null ? null : new AlertView.Position(a.lat, a.lon, a.altitudeM, a.trackDeg, a.groundSpeedMps),
                a.summary,
                read(a.evidenceJson, FIXES), a.relatedAlertId, a.returnedToOrigin, a.acknowledgedAt);
    }

    public String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private <T> List<T> read(String text, TypeReference<List<T>> type) {
        if (text == null) {
            return List.of();
        }
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static AlertView.Route route(String origin, String destination) {
        return origin == null && destination == null ? null : new AlertView.Route(origin, destination);
    }
}
