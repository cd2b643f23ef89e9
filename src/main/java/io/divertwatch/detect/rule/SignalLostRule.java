package io.divertwatch.detect.rule;

import io.divertwatch.detect.AlertType;
import io.divertwatch.detect.Candidate;
import io.divertwatch.detect.GeofenceSpec;
import io.divertwatch.detect.Severity;
import io.divertwatch.detect.WatchedAirportSpec;
import io.divertwatch.geo.Airport;
import io.divertwatch.geo.Geodesy;

import java.util.Comparator;
import java.util.List;

/**
 * {@code SIGNAL_LOST}: a watched aircraft went silent, without a landing the engine could infer,
 * while low or near a watched airport or area: where an undeclared stop would begin (docs/detection.md). Lists the
 * airports it could have reached. Evaluated when the engine judges silence (live: after the
 * signal-loss time; analyses: at the end of the track).
 */
final class SignalLostRule {

    static final double LOW_ALTITUDE_M = 3000;
    static final double NEAR_WATCHED_KM = 150;
    private static final double REACH_KM = 300;
    private static final int LISTED = 5;

    private SignalLostRule() {
    }

    static void onSilence(RuleContext ctx) {
        // Low-level coverage gaps around the departure airfield are routine, not a disappearance.
        if (!ctx.isWatchedAircraft() || !ctx.flight().airborne || !ctx.flight().leftOriginArea) {
            return;
        }
        boolean low = ctx.fix.hasAltitude() && ctx.fix.altitudeM() < LOW_ALTITUDE_M;
        WatchedAirportSpec nearWatched = ctx.watches.watchedAirportsWithin(ctx.fix.lat(), ctx.fix.lon(), NEAR_WATCHED_KM)
                .stream().min(Comparator.comparingDouble(w -> ctx.distanceKm(w.airport()))).orElse(null);
        GeofenceSpec nearArea = nearWatched != null ? null
                : ctx.watches.nearestGeofence(ctx.fix.lat(), ctx.fix.lon(), NEAR_WATCHED_KM);
        if (!low && nearWatched == null && nearArea == null) {
            return;
        }
        List<Candidate> reachable = ctx.airports.majorWithin(ctx.fix.lat(), ctx.fix.lon(), REACH_KM).stream()
                .sorted(Comparator.comparingDouble(ctx::distanceKm)).limit(LISTED)
                .map(a -> candidate(ctx, a)).toList();
        String where = nearWatched != null
                ? Describe.km(ctx.distanceKm(nearWatched.airport())) + " from watched airport "
                        + Describe.airport(nearWatched.airport())
                : nearArea != null ? areaDistance(ctx, nearArea) : "at " + Describe.metres(ctx.fix.altitudeM());
        boolean nearWatchedPlace = nearWatched != null || nearArea != null;
        String summary = ctx.who() + " went silent " + where + (reachable.isEmpty() ? "" : "; nearest airports: "
                + String.join(", ", reachable.stream().map(Candidate::icao).toList())) + ".";
        ctx.report(Finding.of(AlertType.SIGNAL_LOST, nearWatchedPlace ? Severity.CRITICAL : Severity.WARNING, summary)
                .airport(nearWatched == null ? null : nearWatched.airport().ident()).candidates(reachable));
    }

    private static String areaDistance(RuleContext ctx, GeofenceSpec area) {
        double km = area.area().distanceKm(ctx.fix.lat(), ctx.fix.lon());
        return (km == 0 ? "inside" : Describe.km(km) + " from") + " watched area " + area.name();
    }

    private static Candidate candidate(RuleContext ctx, Airport a) {
        double track = ctx.trackDeg();
        double off = Double.isNaN(track) ? 180 : Geodesy.headingDifferenceDeg(track, ctx.bearingDeg(a));
        double distance = ctx.distanceKm(a);
        boolean watched = ctx.watches.watchedAirport(a.ident()) != null;
        return new Candidate(a.ident(), a.name(), Math.round(distance * 10) / 10.0, Math.round(off * 10) / 10.0,
                watched, Math.round((1 - distance / REACH_KM) * 1000) / 1000.0);
    }
}
