package io.divertwatch.detect.rule;

import io.divertwatch.detect.AlertType;
import io.divertwatch.detect.Severity;
import io.divertwatch.detect.WatchedAirportSpec;

/**
 * {@code WATCHED_AIRPORT_APPROACH}: inside a watched airport's radius, below the approach altitude,
 * descending or tracking toward it (docs/detection.md). Departures from the airport itself do not count.
 */
final class WatchedAirportApproachRule implements Rule {

    private static final double TOWARD_TOLERANCE_DEG = 30;
    private static final int MIN_FIXES = 2;

    @Override
    public void onFix(RuleContext ctx) {
        if (!ctx.flight().airborne || !ctx.fix.hasAltitude() || ctx.fix.isOnGround()) {
            return;
        }
        if (ctx.fix.altitudeM() >= ctx.config.approachMaxAltitudeM()) {
            // Overflying high approaches no airport: settled without looking the watched ones up.
            ctx.flight().resetApproachEvidence(null);
            return;
        }
        for (WatchedAirportSpec watched : ctx.watches.watchedAirportsCovering(ctx.fix.lat(), ctx.fix.lon())) {
            String ident = watched.airport().ident();
            if (!(watched.anyAircraft() || ctx.isWatchedAircraft())
                    || ctx.flight().hasFired(AlertType.WATCHED_AIRPORT_APPROACH, ident)) {
                // Reported once per flight and airport: no evidence about it is needed any more.
                continue;
            }
            if (ctx.fix.altitudeM() - watched.airport().elevationOrZeroM() <= -200) {
                // Far below the field: a wrong altitude, settled without the bearing, the trend or the track history.
                ctx.flight().resetApproachEvidence(ident);
                continue;
            }
            double track = ctx.trackDeg();
            boolean toward = !Double.isNaN(track) && ctx.pointsAt(track, watched.airport(), TOWARD_TOLERANCE_DEG);
            boolean departingHere = ctx.flight().departure != null && ctx.flight().departure.ident().equals(ident);
            // The descent is read from the track's history, so it is asked only when it decides.
            boolean approaching = departingHere ? toward && ctx.descending() : toward || ctx.descending();
            if (!approaching) {
                ctx.flight().resetApproachEvidence(ident);
            } else if (ctx.flight().approachEvidence(ident).update(true, ctx.fix.time(), 0, MIN_FIXES)) {
                String summary = ctx.who() + " is approaching watched airport " + Describe.airport(watched.airport())
                        + ": " + Describe.km(ctx.distanceKm(watched.airport())) + " out at "
                        + Describe.metres(ctx.fix.altitudeM())
                        + (ctx.descending() ? ", descending" : "") + (toward ? ", tracking toward it" : "") + ".";
                ctx.report(Finding.of(AlertType.WATCHED_AIRPORT_APPROACH, Severity.WARNING, summary).airport(ident));
            }
        }
    }
}
