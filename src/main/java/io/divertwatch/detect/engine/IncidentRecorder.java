package io.divertwatch.detect.engine;

import io.divertwatch.detect.AlertType;
import io.divertwatch.detect.Clearance;
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

    /** A sink that adds the detections of new incidents to {@code out}, and what resolves open ones to {@code cleared}. */
    FindingSink into(List<Detection> out, List<Clearance> cleared) {
        return new FindingSink() {
            @Override
            public void report(RuleContext ctx, Finding finding) {
                Detection d = record(ctx, finding);
                if (d != null) {
                    out.add(d);
                }
            }

            @Override
            public void clear(RuleContext ctx, AlertType type, String subject, String reason) {
                if (ctx.flight.markCleared(type, subject)) {
                    cleared.add(new Clearance(incidentKey(ctx.track.icao24(), ctx.flight, type, subject), type,
                            ctx.fix.time(), ctx.track.icao24(), ctx.fix, reason));
                }
            }
        };
    }

    private Detection record(RuleContext ctx, Finding f) {
        FlightState flight = ctx.flight;
        String icao24 = ctx.track.icao24();
        String subject = subject(flight, f.type(), f.airport(), f.geofence());
        if (!flight.markFired(f.type(), subject)) {
            return null;
        }
        String key = incidentKey(icao24, flight, f.type(), subject);
        String related = null;
        AlertType earlier = f.escalates();
        if (earlier != null) {
            String earlierSubject = earlier == AlertType.DIVERSION_SUSPECTED ? flight.latestSuspicionSubject() : null;
            related = flight.hasFired(earlier, f.airport()) ? incidentKey(icao24, flight, earlier, f.airport())
                    : flight.hasFired(earlier, earlierSubject) ? incidentKey(icao24, flight, earlier, earlierSubject)
                    : null;
        }
        Route route = ctx.route;
        Fix at = f.at() != null ? f.at() : ctx.fix;
        return new Detection(key, f.type(), f.severity(), at.time(), icao24, ctx.track.callsign(),
                ctx.watch == null ? null : ctx.watch.id(), f.airport(), f.candidates(),
                route == null || route.origin() == null ? null : route.origin().ident(),
                route == null ? null : route.destination().ident(), at, f.summary(), ctx.track.lastN(evidenceFixes),
                related, f.returnedToOrigin(), f.geofence());
    }

    /**
     * What an incident of {@code type} is about: one open suspicion per flight, whichever airport ranks
     * first (a new one only after the last was cleared).
     */
    private static String subject(FlightState flight, AlertType type, String airport, GeofenceSpec geofence) {
        return type == AlertType.DIVERSION_SUSPECTED ? flight.suspicionSubject()
                : geofence != null ? "geofence:" + geofence.id() : airport;
    }

    private static String incidentKey(String icao24, FlightState flight, AlertType type, String airport) {
        return icao24 + "|" + flight.id() + "|" + type + "|" + (airport == null ? "" : airport);
    }
}
