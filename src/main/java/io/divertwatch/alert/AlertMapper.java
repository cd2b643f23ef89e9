package io.divertwatch.alert;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.divertwatch.common.Text;
import io.divertwatch.detect.AlertType;
import io.divertwatch.detect.Candidate;
import io.divertwatch.detect.Detection;
import io.divertwatch.sea.VesselDetection;
import io.divertwatch.sea.VesselDetection.PortCandidate;
import io.divertwatch.sea.VesselFix;
import io.divertwatch.sea.VesselStatics;
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
    private static final TypeReference<List<PortCandidate>> PORT_CANDIDATES = new TypeReference<>() {
    };
    private static final double KNOT_MPS = 1852.0 / 3600;

    /** The stored summary's column width. */
    private static final int MAX_SUMMARY = 1000;

    private final ObjectMapper json;
    private final AlertSubjects subjects;
    private final VesselSubjects vessels;

    AlertMapper(ObjectMapper json, AlertSubjects subjects, VesselSubjects vessels) {
        this.json = json;
        this.subjects = subjects;
        this.vessels = vessels;
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
                summary(d, who), d.evidence().stream().map(FixView::of).toList(), null, d.returnedToOrigin(), null,
                null, null, null, null, null, null, null, AlertView.OPEN, null, null, null);
    }

    /** The public view of a maritime detection. */
    public AlertView view(VesselDetection d, Instant detectedAt) {
        return view(d, detectedAt, vessels.describe(d.mmsi(), d.watchId()));
    }

    /** The public view of a maritime detection about a vessel known by what it said ({@code said}): analyses. */
    public AlertView view(VesselDetection d, Instant detectedAt, VesselStatics said) {
        return view(d, detectedAt, new VesselSubjects.VesselSubject(said.imo() > 0 ? said.imo() : null, said.name(),
                null));
    }

    private AlertView view(VesselDetection d, Instant detectedAt, VesselSubjects.VesselSubject who) {
        VesselFix p = d.position();
        StringBuilder summary = new StringBuilder(d.summary());
        if (who.imo() != null && !d.summary().contains("IMO")) {
            summary.append(" IMO ").append(who.imo()).append('.');
        }
        if (who.listEntry() != null) {
            summary.append(" Listed: ").append(who.listEntry().describe()).append('.');
        }
        return new AlertView(null, d.type().name(), d.severity().label(), Instant.ofEpochSecond(d.time()), detectedAt,
                null, null, null, null, null, null, who.listEntry(), null, null, null, List.of(), null,
                p == null ? null : new AlertView.Position(p.lat(), p.lon(), null, FixView.known(p.courseDeg()),
                        FixView.known(p.speedKn() * KNOT_MPS)),
                cut(summary.toString()), d.evidence().stream().map(AlertMapper::fixView).toList(), null, null, null,
                d.mmsi(), who.imo(), who.name(), d.watchId(), d.port() == null ? null : d.port().describe(),
                d.candidates(), d.counterpartMmsi() == 0 ? null : d.counterpartMmsi(), AlertView.OPEN, null, null, null);
    }

    private static FixView fixView(VesselFix f) {
        return new FixView(Instant.ofEpochSecond(f.time()), f.lat(), f.lon(), null, null,
                FixView.known(f.speedKn() * KNOT_MPS), FixView.known(f.courseDeg()), null, null, f.source());
    }

    private static String cut(String summary) {
        return Text.cut(summary, MAX_SUMMARY);
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
        return cut(s.toString());
    }

    public Alert toEntity(Detection d, Instant detectedAt) {
        Alert a = toEntity(view(d, detectedAt), d.key());
        a.routeOrigin = d.routeOrigin();
        a.routeDestination = d.routeDestination();
        return a;
    }

    public Alert toEntity(VesselDetection d, Instant detectedAt) {
        Alert a = toEntity(view(d, detectedAt), d.key());
        a.portId = d.port() == null ? null : d.port().id();
        return a;
    }

    private Alert toEntity(AlertView v, String key) {
        Alert a = new Alert();
        a.incidentKey = key;
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
        a.mmsi = v.mmsi();
        a.imo = v.imo();
        a.vesselName = v.vesselName();
        a.vesselWatchId = v.vesselWatchId();
        a.port = v.port();
        a.portCandidatesJson = v.portCandidates() == null || v.portCandidates().isEmpty() ? null
                : write(v.portCandidates());
        a.counterpartMmsi = v.counterpartMmsi();
        return a;
    }

    public AlertView view(Alert a) {
        return new AlertView(a.id, a.type, a.severity, a.time, a.detectedAt, a.icao24, a.callsign, a.registration,
                a.typeCode, a.operator, a.identitySource, a.listName == null ? null
                        : new AlertSubject.ListEntry(a.listName, a.listEntityId, a.listProgram, a.listLinkedTo),
                a.watchId, a.airport, a.geofenceId == null ? null : new AlertView.GeofenceRef(a.geofenceId, a.geofenceName),
                read(a.candidatesJson, CANDIDATES), route(a.routeOrigin, a.routeDestination),
                a.lat == null ? null : new AlertView.Position(a.lat, a.lon, a.altitudeM, a.trackDeg, a.groundSpeedMps),
                a.summary, read(a.evidenceJson, FIXES), a.relatedAlertId, a.returnedToOrigin, a.acknowledgedAt, a.mmsi,
                a.imo, a.vesselName, a.vesselWatchId, a.port, a.mmsi == null ? null : read(a.portCandidatesJson,
                        PORT_CANDIDATES), a.counterpartMmsi, AlertView.status(a.acknowledgedAt, a.resolvedAt), a.resolvedAt,
                a.resolvedBy, a.resolution);
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
