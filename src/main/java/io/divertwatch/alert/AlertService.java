package io.divertwatch.alert;

import io.divertwatch.common.ApiException;
import io.divertwatch.common.Page;
import io.divertwatch.common.PageParams;
import io.divertwatch.common.Text;
import io.divertwatch.detect.Clearance;
import io.divertwatch.detect.Detection;
import io.divertwatch.sea.VesselDetection;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns detections into stored alerts: one per incident, escalations linked to what they escalate.
 * Each stored alert is announced as {@link AlertRaised} within the same transaction, so what its
 * observers write (one webhook outbox row per matching subscription) commits with it: an alert is
 * never stored without its deliveries nor delivered without being stored.
 */
@ApplicationScoped
public class AlertService {

    /**
     * The engine keys incidents by flight; after a restart it cannot know the flight began before,
     * so the same aircraft, type, airport, geofence and watch within this window (data time) counts as the same
     * incident.
     */
    private static final Duration SAME_INCIDENT_WINDOW = Duration.ofHours(6);

    private final AlertMapper mapper;
    private final Event<AlertRaised> raised;
    private final Event<AlertResolved> resolved;
    private final MeterRegistry registry;

    AlertService(AlertMapper mapper, Event<AlertRaised> raised, Event<AlertResolved> resolved,
            MeterRegistry registry) {
        this.mapper = mapper;
        this.raised = raised;
        this.resolved = resolved;
        this.registry = registry;
    }

    @Transactional
    public List<Alert> record(List<Detection> detections) {
        List<Alert> stored = new ArrayList<>();
        Instant now = Instant.now();
        for (Detection d : detections) {
            if (!isKnownIncident(d)) {
                stored.add(store(mapper.toEntity(d, now), d.relatedKey()));
            }
        }
        return stored;
    }

    /** Maritime detections: keyed by vessel, port and the fix that began them, so a key alone says "known". */
    @Transactional
    public List<Alert> recordVessels(List<VesselDetection> detections) {
        List<Alert> stored = new ArrayList<>();
        Instant now = Instant.now();
        for (VesselDetection d : detections) {
            if (Alert.count("incidentKey", d.key()) == 0) {
                stored.add(store(mapper.toEntity(d, now), d.relatedKey()));
            }
        }
        return stored;
    }

    /**
     * Resolves the alerts whose evidence the engine saw go. An incident stored under another key (the
     * same one seen again after a restart, {@link #isKnownIncident}) is found as that alert.
     */
    @Transactional
    public List<Alert> resolve(List<Clearance> clearances) {
        List<Alert> closed = new ArrayList<>();
        for (Clearance c : clearances) {
            Alert alert = Alert.find("incidentKey", c.key()).firstResult();
            if (alert == null) {
                Instant time = Instant.ofEpochSecond(c.time());
                alert = Alert.<Alert>find("icao24 = ?1 and type = ?2 and resolvedAt is null and time between ?3 and ?4"
                        + " order by time desc", c.icao24(), c.type().name(), time.minus(SAME_INCIDENT_WINDOW), time)
                        .firstResult();
            }
            if (alert != null && alert.resolvedAt == null) {
                closed.add(close(alert, Instant.ofEpochSecond(c.time()), AlertView.BY_ENGINE, c.reason()));
            }
        }
        return closed;
    }

    /** A person closes an alert; closing a closed one changes nothing. */
    @Transactional
    public Alert resolve(long id, String by, String reason) {
        Alert alert = get(id);
        return alert.resolvedAt != null ? alert : close(alert, Instant.now(), by, reason);
    }

    private Alert close(Alert alert, Instant at, String by, String reason) {
        alert.resolvedAt = at;
        alert.resolvedBy = Text.cut(by, 200);
        alert.resolution = Text.cut(reason, 1000);
        resolved.fire(new AlertResolved(alert, mapper.view(alert)));
        registry.counter("divertwatch.alerts.resolved", "type", alert.type).increment();
        Log.infof("Alert %d %s resolved by %s: %s", alert.id, alert.type, Text.forLog(alert.resolvedBy),
                Text.forLog(alert.resolution));
        return alert;
    }

    private Alert store(Alert alert, String relatedKey) {
        if (relatedKey != null) {
            Alert related = Alert.find("incidentKey", relatedKey).firstResult();
            alert.relatedAlertId = related == null ? null : related.id;
        }
        alert.persist();
        raised.fire(new AlertRaised(alert, mapper.view(alert)));
        registry.counter("divertwatch.alerts", "type", alert.type).increment();
        Log.infof("Alert %d %s %s: %s", alert.id, alert.type, alert.icao24 != null ? alert.icao24 : "MMSI " + alert.mmsi,
                Text.forLog(alert.summary));
        return alert;
    }

    private boolean isKnownIncident(Detection d) {
        Instant time = Instant.ofEpochSecond(d.time());
        if (Alert.count("incidentKey", d.key()) > 0) {
            return true;
        }
        Long geofenceId = d.geofence() == null ? null : d.geofence().id();
        Parameters p = Parameters.with("icao24", d.icao24()).and("type", d.type().name())
                .and("from", time.minus(SAME_INCIDENT_WINDOW)).and("to", time.plus(SAME_INCIDENT_WINDOW));
        // A resolved incident may begin again (a flight that turns away a second time).
        StringBuilder query = new StringBuilder(
                "icao24 = :icao24 and type = :type and time between :from and :to and resolvedAt is null");
        if (d.airport() == null) {
            query.append(" and airport is null");
        } else {
            query.append(" and airport = :airport");
            p = p.and("airport", d.airport());
        }
        if (geofenceId == null) {
            query.append(" and geofenceId is null");
        } else {
            query.append(" and geofenceId = :geofenceId");
            p = p.and("geofenceId", geofenceId);
        }
        if (d.watchId() == null) {
            query.append(" and watchId is null");
        } else {
            query.append(" and watchId = :watchId");
            p = p.and("watchId", d.watchId());
        }
        return Alert.count(query.toString(), p) > 0;
    }

    /** Alerts newest first (data time, then id), a page at a time; the cursor is the last alert's id. */
    public Page<Alert> page(String type, String status, String icao24, Integer mmsi, Instant since,
            PageParams page) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters p = new Parameters();
        if (page.after() != null) {
            Alert last = Alert.findById(page.afterId());
            if (last == null) {
                throw ApiException.badRequest("after must be a cursor from a Link header");
            }
            query.append(" and (time < :lastTime or (time = :lastTime and id < :lastId))");
            p = p.and("lastTime", last.time).and("lastId", last.id);
        }
        if (type != null) {
            query.append(" and type = :type");
            p = p.and("type", type);
        }
        if (status != null) {
            query.append(switch (status) {
                case AlertView.OPEN -> " and resolvedAt is null and acknowledgedAt is null";
                case AlertView.ACKNOWLEDGED -> " and resolvedAt is null and acknowledgedAt is not null";
                default -> " and resolvedAt is not null";
            });
        }
        if (icao24 != null) {
            query.append(" and icao24 = :icao24");
            p = p.and("icao24", icao24);
        }
        if (mmsi != null) {
            query.append(" and mmsi = :mmsi");
            p = p.and("mmsi", mmsi);
        }
        if (since != null) {
            query.append(" and time >= :since");
            p = p.and("since", since);
        }
        query.append(" order by time desc, id desc");
        return Page.of(Alert.<Alert>find(query.toString(), p).range(0, page.limit()).list(), page.limit(),
                a -> String.valueOf(a.id));
    }

    /** Open alerts (neither acknowledged nor resolved) per aircraft with data time at or after {@code since}. */
    public Map<String, Long> openAlertCounts(Instant since) {
        Map<String, Long> counts = new HashMap<>();
        Alert.<Alert>find("acknowledgedAt is null and resolvedAt is null and icao24 is not null and time >= ?1", since).stream()
                .forEach(a -> counts.merge(a.icao24, 1L, Long::sum));
        return counts;
    }

    /** Open alerts per vessel with data time at or after {@code since}. */
    public Map<Integer, Long> openVesselAlertCounts(Instant since) {
        Map<Integer, Long> counts = new HashMap<>();
        Alert.<Alert>find("acknowledgedAt is null and resolvedAt is null and mmsi is not null and time >= ?1", since).stream()
                .forEach(a -> counts.merge(a.mmsi, 1L, Long::sum));
        return counts;
    }

    public Alert get(long id) {
        Alert alert = Alert.findById(id);
        if (alert == null) {
            throw ApiException.notFound("no alert with id " + id);
        }
        return alert;
    }

    @Transactional
    public Alert acknowledge(long id) {
        Alert alert = get(id);
        if (alert.acknowledgedAt == null) {
            alert.acknowledgedAt = Instant.now();
        }
        return alert;
    }
}
