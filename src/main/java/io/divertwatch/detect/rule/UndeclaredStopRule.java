package io.divertwatch.detect.rule;

import io.divertwatch.detect.AlertType;
import io.divertwatch.detect.Candidate;
import io.divertwatch.detect.Severity;
import io.divertwatch.detect.WatchedAirportSpec;
import io.divertwatch.geo.Airport;
import io.divertwatch.geo.Geodesy;
import io.divertwatch.track.Fix;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * {@code POSSIBLE_UNDECLARED_STOP}: a watched aircraft reappears after a coverage gap much longer than
 * the direct flight between where it vanished and where it reappeared (docs/detection.md). With v its recent
 * ground speed, the gap t could hide a stop when t − dist(last, first) / v is at least the configured
 * slack and at least the configured share of dist(last, first) / v; every watched airport A with
 * (dist(last, A) + dist(A, first)) / v + turnaround ≤ t is listed, the one with the most time to spare
 * first. Called by the engine for the first fix after the gap, only when the aircraft was airborne when
 * it went silent (no landing was seen or inferred).
 */
final class UndeclaredStopRule {

    private static final double MIN_CRUISE_MPS = 50;

    private UndeclaredStopRule() {
    }

    static void onReappearance(RuleContext ctx, Fix last) {
        long gap = ctx.fix.time() - last.time();
        if (!ctx.isWatchedAircraft() || gap < ctx.config.undeclaredStopSlackSeconds()) {
            return;
        }
        double kmh = recentSpeedKmh(ctx, last);
        double directKm = Geodesy.distanceKm(last.lat(), last.lon(), ctx.fix.lat(), ctx.fix.lon());
        long directSeconds = Math.round(directKm / kmh * 3600);
        if (gap - directSeconds < Math.max(ctx.config.undeclaredStopSlackSeconds(),
                ctx.config.undeclaredStopSlackShare() * directSeconds)) {
            return;
        }
        List<Candidate> stops = new ArrayList<>();
        for (WatchedAirportSpec watched : ctx.watches.watchedAirports()) {
            Airport a = watched.airport();
            double viaKm = Geodesy.distanceKm(last.lat(), last.lon(), a.lat(), a.lon())
                    + Geodesy.distanceKm(a.lat(), a.lon(), ctx.fix.lat(), ctx.fix.lon());
            long needed = Math.round(viaKm / kmh * 3600) + ctx.config.stopTurnaroundSeconds();
            if (needed <= gap) {
                double off = Double.isNaN(last.trackDeg()) ? 180 : Geodesy.headingDifferenceDeg(last.trackDeg(),
                        Geodesy.initialBearingDeg(last.lat(), last.lon(), a.lat(), a.lon()));
                double spareShare = (double) (gap - needed) / gap;
                stops.add(new Candidate(a.ident(), a.name(), Math.round(viaKm - directKm), Math.round(off * 10) / 10.0,
                        true, Math.round(spareShare * 1000) / 1000.0));
            }
        }
        stops.sort(Comparator.comparingDouble(Candidate::score).reversed());
        String top = stops.isEmpty() ? null : stops.get(0).icao();
        String summary = ctx.who() + " reappeared after " + duration(gap) + " without a position, "
                + duration(gap - directSeconds) + " more than the " + Describe.km(directKm) + " between its last "
                + "and its new position takes at " + Describe.kmh(kmh) + (stops.isEmpty() ? "; no watched airport fits."
                        : "; time enough for a stop at " + String.join(", ", stops.stream().map(Candidate::icao).toList())
                                + ".");
        ctx.report(Finding.of(AlertType.POSSIBLE_UNDECLARED_STOP, stops.isEmpty() ? Severity.WARNING : Severity.CRITICAL,
                summary).airport(top).candidates(stops));
    }

    /**
     * The ground speed reported with the last fix before the gap, or the assumed cruise speed: the
     * fixes before it may already have left the track's memory window.
     */
    private static double recentSpeedKmh(RuleContext ctx, Fix last) {
        return last.groundSpeedMps() > MIN_CRUISE_MPS ? last.groundSpeedMps() * 3.6 : ctx.config.assumedCruiseSpeedKmh();
    }

    private static String duration(long seconds) {
        long minutes = Math.round(seconds / 60.0);
        return minutes < 60 ? minutes + " min" : String.format(Locale.ROOT, "%d h %02d min", minutes / 60, minutes % 60);
    }
}
