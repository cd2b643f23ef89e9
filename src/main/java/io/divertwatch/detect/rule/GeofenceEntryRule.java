package io.divertwatch.detect.rule;

import io.divertwatch.detect.AlertType;
import io.divertwatch.detect.GeofenceSpec;
import io.divertwatch.detect.Severity;
import io.divertwatch.track.Fix;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GEOFENCE_ENTRY}: the first of at least two consecutive trusted fixes inside a watched area
 * (docs/detection.md). One fix inside is not enough: a single stray position must not put an aircraft over
 * a border. The alert is placed at the entry fix. Areas marked for every aircraft alert for all
 * traffic; the others only for watched aircraft.
 */
final class GeofenceEntryRule implements Rule {

    static final int CONSECUTIVE_FIXES = 2;

    @Override
    public void onFix(RuleContext ctx) {
        FlightState flight = ctx.flight();
        List<GeofenceSpec> inside = ctx.watches.geofences().isEmpty() ? List.of()
                : ctx.watches.geofencesContaining(ctx.fix.lat(), ctx.fix.lon());
        if (inside.isEmpty()) {
            if (!flight.insideGeofences.isEmpty()) {
                flight.insideGeofences = Map.of();
            }
            return;
        }
        // Its time is all that is needed, and reading it from the history would fetch the track's past.
        long previousTime = ctx.track.previousTime();
        Map<Long, Entry> stillInside = new HashMap<>(2);
        for (GeofenceSpec fence : inside) {
            if (!fence.anyAircraft() && !ctx.isWatchedAircraft()) {
                continue;
            }
            Entry entry = flight.insideGeofences.get(fence.id());
            // Consecutive means the previous trusted fix was the last one seen inside.
            if (entry == null || entry.lastInside != previousTime) {
                entry = new Entry(ctx.fix);
            }
            entry.lastInside = ctx.fix.time();
            entry.fixes++;
            stillInside.put(fence.id(), entry);
            if (entry.fixes == CONSECUTIVE_FIXES) {
                Fix at = entry.first;
                String summary = ctx.who() + " entered watched area " + fence.name()
                        + (at.hasAltitude() ? " at " + Describe.metres(at.altitudeM()) : "")
                        + (Double.isNaN(at.trackDeg()) ? "" : ", tracking " + Describe.deg(at.trackDeg())) + ".";
                // Placed at the fix where the aircraft entered.
                ctx.report(Finding.of(AlertType.GEOFENCE_ENTRY,
                        ctx.isWatchedAircraft() ? Severity.CRITICAL : Severity.WARNING, summary).geofence(fence).at(at));
            }
        }
        flight.insideGeofences = stillInside;
    }

    /** Where an aircraft entered an area, and how many consecutive fixes it has spent there. */
    static final class Entry {
        final Fix first;
        long lastInside;
        int fixes;

        Entry(Fix first) {
            this.first = first;
        }
    }
}
