package io.divertwatch.detect.engine;

import io.divertwatch.detect.AlertType;
import io.divertwatch.detect.Detection;
import io.divertwatch.detect.GeofenceSpec;
import io.divertwatch.detect.rule.Finding;
import io.divertwatch.detect.rule.FindingSink;
import io.divertwatch.detect.rule.FlightState;
import io.divertwatch.detect.rule.Route;
import io.divertwatch.detect.rule.RuleContext;
import io.divertwatch.track.Fix;

import java.util.List;

/**
 * One incident, not a storm (docs/detection.md): turns the rules' findings into detections keyed by
 * (aircraft, flight, type, subject), drops a finding whose incident this flight has reported already,
 * and links an escalation to the incident it escalates. Each detection carries the recent fixes as
 * its evidence.
 */
final class IncidentRecorder {

    private final int evidenceFixes;

    IncidentRecorder(int evidenceFixes) {
        this.evidenceFixes = evidenceFixes;
    }

    /** A sink that adds the detections of new incidents to {@code out}. */
    FindingSink into(List<Detection> out) {
        return (ctx, finding) -> {
            Detection d = record(ctx, finding);
            if (d != null) {
                out.add(d);
            }
        };
    }

    private Detection record(RuleContext ctx, Finding f) {
        FlightState flight = ctx.flight;
        String icao24 = ctx.track.icao24();
        String subject = subject(f.type(), f.airport(), f.geofence());
        if (!flight.markFired(f.type(), subject)) {
            return null;
        }
        String key = incidentKey(icao24, flight, f.type(), subject);
        String related = null;
        AlertType earlier = f.escalates();
        if (earlier != null) {
            related = flight.hasFired(earlier, f.airport()) ? incidentKey(icao24, flight, earlier, f.airport())
                    : flight.hasFired(earlier, null) ? incidentKey(icao24, flight, earlier, null) : null;
        }
        Route route = ctx.route;
        Fix at = f.at() != null ? f.at() : ctx.fix;
        return new Detection(key, f.type(), f.severity(), at.time(), icao24, ctx.track.callsign(),
                ctx.watch == null ? null : ctx.watch.id(), f.airport(), f.candidates(),
                route == null || route.origin() == null ? null : route.origin().ident(),
                route == null ? null : route.destination().ident(), at, f.summary(), ctx.track.lastN(evidenceFixes),
                related, f.returnedToOrigin(), f.geofence());
    }

    /** What an incident of {@code type} is about: one suspicion per flight, whichever airport ranks first. */
    private static String subject(AlertType type, String airport, GeofenceSpec geofence) {
        return type == AlertType.DIVERSION_SUSPECTED ? null : geofence != null ? "geofence:" + geofence.id() : airport;
    }

    private static String incidentKey(String icao24, FlightState flight, AlertType type, String airport) {
        return icao24 + "|" + flight.id() + "|" + type + "|" + (airport == null ? "" : airport);
    }
}
