package io.divertwatch.detect.rule;

import static io.divertwatch.track.FlightPhysics.GLIDE_M_PER_KM;

import io.divertwatch.detect.Candidate;
import io.divertwatch.detect.WatchedAirportSpec;
import io.divertwatch.geo.Airport;
import io.divertwatch.geo.AirportType;
import io.divertwatch.geo.Geodesy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Ranks the airports a diverting aircraft may be heading for: those it points at, those a normal
 * descent from its altitude would reach, and watched airports above others. Among airports that fit
 * equally, a large one ranks higher: airliners divert to runways, services and handling built for
 * them, and a course line crosses many small fields that no diversion would choose.
 */
final class CandidateRanker {

    private static final int MAX_CANDIDATES = 5;
    // Weights of the score's parts; they add up to 1. Being watched outweighs being large.
    private static final double ALIGNMENT_WEIGHT = 0.4;
    private static final double REACH_WEIGHT = 0.25;
    private static final double WATCHED_WEIGHT = 0.2;
    private static final double LARGE_AIRPORT_WEIGHT = 0.15;

    private CandidateRanker() {
    }

    static List<Candidate> rank(RuleContext ctx) {
        Map<String, Airport> pool = new LinkedHashMap<>();
        for (Airport a : ctx.airports.majorWithin(ctx.fix.lat(), ctx.fix.lon(), ctx.config.candidateRangeKm())) {
            pool.put(a.ident(), a);
        }
        for (WatchedAirportSpec w : ctx.watches.watchedAirportsWithin(ctx.fix.lat(), ctx.fix.lon(),
                ctx.config.watchedAlignmentRangeKm())) {
            pool.put(w.airport().ident(), w.airport());
        }
        if (ctx.route != null && ctx.route.origin() != null) {
            pool.putIfAbsent(ctx.route.origin().ident(), ctx.route.origin());
        }
        if (ctx.route != null) {
            pool.remove(ctx.route.destination().ident());
        }
        double track = ctx.trackDeg();
        boolean descending = ctx.descending();
        List<Candidate> ranked = new ArrayList<>(pool.size());
        for (Airport a : pool.values()) {
            double distance = ctx.distanceKm(a);
            double off = Double.isNaN(track) ? 90 : Geodesy.headingDifferenceDeg(track, ctx.bearingDeg(a));
            double alignment = Math.max(0, 1 - off / 90);
            double reach = reachFit(ctx, a, distance, descending);
            boolean watched = ctx.watches.watchedAirport(a.ident()) != null;
            boolean large = a.type() == AirportType.LARGE_AIRPORT;
            double score = ALIGNMENT_WEIGHT * alignment + REACH_WEIGHT * reach + (watched ? WATCHED_WEIGHT : 0)
                    + (large ? LARGE_AIRPORT_WEIGHT : 0);
            ranked.add(new Candidate(a.ident(), a.name(), round1(distance), round1(off), watched, round3(score)));
        }
        ranked.sort(Comparator.comparingDouble(Candidate::score).reversed());
        return List.copyOf(ranked.subList(0, Math.min(MAX_CANDIDATES, ranked.size())));
    }

    /** 1 when the airport lies where a normal descent from the present height would end, falling off either side. */
    private static double reachFit(RuleContext ctx, Airport a, double distanceKm, boolean descending) {
        if (!ctx.fix.hasAltitude()) {
            return 0.5;
        }
        double height = Math.max(0, ctx.fix.altitudeM() - a.elevationOrZeroM());
        double ideal = Math.max(20, height / GLIDE_M_PER_KM);
        double fit = 1 / (1 + Math.abs(distanceKm - ideal) / ideal);
        return descending ? fit : fit * 0.7;
    }

    private static double round1(double v) {
        return Math.round(v * 10) / 10.0;
    }

    private static double round3(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
