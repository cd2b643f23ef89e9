package io.divertwatch.detect.rule;

import static io.divertwatch.track.FlightPhysics.GLIDE_M_PER_KM;

import io.divertwatch.detect.AlertType;
import io.divertwatch.detect.Candidate;
import io.divertwatch.detect.DetectionConfig;
import io.divertwatch.detect.Severity;
import io.divertwatch.detect.WatchedAirportSpec;
import io.divertwatch.geo.Airport;
import io.divertwatch.geo.Geodesy;
import io.divertwatch.track.Fix;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@code DIVERSION_SUSPECTED}: persistent evidence that a watched aircraft is no longer flying to
 * its destination (docs/detection.md). A plain distance corridor cannot tell airway routing from a turn
 * (normal Shanghai–Moscow routing runs ~290 km off the great circle), so the evidence is about
 * direction and progress instead:
 * <ul>
 * <li>tracking toward a watched airport that is off the route, while the destination lies elsewhere;</li>
 * <li>lost progress, while the aircraft points away from its destination outside its terminal area:
 * the distance to the destination grows, or over a longer look-back en route it barely shrinks;</li>
 * <li>a sustained descent to low altitude far from the destination (a return to the origin counts), or,
 * nearer, below the arrival floor: a third of the height a 3° path to the destination has there (for
 * flights that cruised above the early-descent altitude);</li>
 * <li>descending while aligned with another airport and pointing away from the destination;</li>
 * <li>leaving a hold near the destination for somewhere else ({@link HoldTracker}).</li>
 * </ul>
 * Each must hold for the configured time and number of fixes, and only once the flight has left its
 * origin area, where departure procedures point anywhere.
 */
final class DiversionSuspectedRule implements Rule {

    /** A climb of more than this over the look-back is a departure still on its way up. */
    private static final double CLIMB_M = 300;
    /** A turn through this much onto a watched airport's course is a decision (see {@link #turnedOntoIt}). */
    private static final double TURN_DEG = 30;
    /** The course before a turn is read this long before the alignment began: a 90° standard-rate turn takes 30 s. */
    private static final long TURN_LOOKBACK_SECONDS = 45;
    /** Ground covered faster than 360 km/h: en route, not holding or manoeuvring. */
    private static final double EN_ROUTE_KM_PER_S = 0.1;

    @Override
    public void onFix(RuleContext ctx) {
        Route route = ctx.route;
        FlightState flight = ctx.flight();
        if (route == null || !flight.airborne || ctx.fix.isOnGround() || flight.pathContested
                || flight.hasFired(AlertType.DIVERSION_SUSPECTED, flight.suspicionSubject())) {
            return;
        }
        if (!flight.leftOriginArea) {
            flight.resetDiversionEvidence();
            return;
        }
        Airport destination = route.destination();
        double track = ctx.trackDeg();
        boolean pointingAway = !Double.isNaN(track)
                && !ctx.pointsAt(track, destination, ctx.config.destinationOffsetDeg());
        // The distance matters only to an aircraft pointing away or come down from its cruise, and
        // most fixes are neither: unknown (NaN) otherwise.
        double toDestination = pointingAway || belowCruise(ctx) ? ctx.distanceKm(destination) : Double.NaN;

        String reason = towardWatchedAirport(ctx, route, track, pointingAway, toDestination);
        // A round trip (sightseeing, display, training) flies away from its destination and low by
        // design: only a turn toward a watched airport, or a landing elsewhere, tells a diversion.
        boolean roundTrip = route.isRoundTrip(flight.departure);
        if (reason == null && !roundTrip) {
            reason = leftHold(ctx, destination, track);
        }
        if (reason == null && !roundTrip) {
            reason = progressReversal(ctx, destination, toDestination, pointingAway);
        }
        if (reason == null && !roundTrip) {
            reason = lowDescent(ctx, destination, toDestination);
        }
        if (reason == null && !roundTrip) {
            reason = descendingTowardOtherAirport(ctx, toDestination, track, pointingAway);
        }
        if (reason == null) {
            return;
        }
        List<Candidate> candidates = CandidateRanker.rank(ctx);
        String top = candidates.isEmpty() ? null : candidates.get(0).icao();
        boolean towardWatched = !candidates.isEmpty() && candidates.get(0).watched();
        String summary = ctx.who() + " may be diverting from its route to " + destination.ident() + ": " + reason
                + (top == null ? "." : "; most likely " + top + ".");
        ctx.report(Finding.of(AlertType.DIVERSION_SUSPECTED, towardWatched ? Severity.CRITICAL : Severity.WARNING,
                summary).airport(top).candidates(candidates));
    }

    private String towardWatchedAirport(RuleContext ctx, Route route, double track, boolean pointingAway,
            double toDestination) {
        FlightState flight = ctx.flight();
        // Heading for the destination (the usual case), or manoeuvring in its terminal area, where
        // downwind legs and vectors point anywhere: no watched airport can be the new aim.
        if (Double.isNaN(track) || !pointingAway || toDestination <= ctx.config.destinationTerminalKm()) {
            flight.towardWatched = Map.of();
            return null;
        }
        double rangeKm = ctx.config.watchedAlignmentRangeKm();
        Map<String, Persistence> stillAligned = Map.of();
        String reason = null;
        for (WatchedAirportSpec watched : ctx.watches.watchedAirportsAhead(ctx.fix.lat(), ctx.fix.lon(), track,
                ctx.config.alignmentToleranceDeg(), rangeKm)) {
            Airport a = watched.airport();
            if (a.ident().equals(route.destination().ident())
                    || route.distanceFromRouteKm(a.position(), flight.firstPosition) <= route.corridorKm()) {
                continue;
            }
            double distance = ctx.distanceKm(a);
            Persistence evidence = flight.towardWatched.getOrDefault(a.ident(), new Persistence());
            if (stillAligned.isEmpty()) {
                stillAligned = new HashMap<>(4);
            }
            stillAligned.put(a.ident(), evidence);
            boolean held = holds(ctx, evidence, true) || turnedOntoIt(ctx, evidence, track);
            if (held && reason == null) {
                reason = "tracking " + Describe.deg(track) + " toward watched airport " + Describe.airport(a) + ", "
                        + Describe.km(distance) + " away, while " + route.destination().ident() + " lies at "
                        + Describe.deg(ctx.bearingDeg(route.destination()));
            }
        }
        flight.towardWatched = stillAligned;
        return reason;
    }

    /**
     * The aircraft rolled out of a turn of at least {@link #TURN_DEG} onto this course and has held it for
     * half the persistence time. A turn onto a course that points at a watched airport off the route is
     * a decision, not drift: feed noise does not turn a track through 30° and then hold it within the
     * alignment tolerance for a minute. At 3°/s (standard rate) the suspicion then comes within about
     * 80 s of the start of the turn, not 2 minutes after its end.
     */
    private static boolean turnedOntoIt(RuleContext ctx, Persistence aligned, double track) {
        long since = aligned.since();
        if (since < 0 || ctx.fix.time() - since < ctx.config.persistenceSeconds() / 2
                || aligned.fixes() < ctx.config.persistenceFixes()) {
            return false;
        }
        Fix before = ctx.track.atOrBefore(since - TURN_LOOKBACK_SECONDS);
        if (before == null || since - before.time() > 2 * TURN_LOOKBACK_SECONDS) {
            return false;
        }
        double course = ctx.courseAt(before);
        return !Double.isNaN(course) && Geodesy.headingDifferenceDeg(course, track) >= TURN_DEG;
    }

    /** Left a hold near the destination for somewhere else (see {@link HoldTracker}). */
    private static String leftHold(RuleContext ctx, Airport destination, double track) {
        FlightState flight = ctx.flight();
        if (flight.holds == null) {
            flight.holds = new HoldTracker();
            flight.leftHold = new Persistence();
        }
        flight.holds.update(ctx, destination);
        String left = flight.holds.leftFor(ctx, destination, track);
        // The full persistence: US arrival holds fly legs of five minutes, whose far ends pass for leaving.
        return holds(ctx, flight.leftHold, left != null) ? left : null;
    }

    private String progressReversal(RuleContext ctx, Airport destination, double toDestination,
            boolean pointingAway) {
        // Described only once the evidence holds: formatting the numbers costs more than finding them.
        Supplier<String> reason = null;
        // Heading for the destination (again, at the end of a hold or a vector) or in its terminal area:
        // whatever the last minutes added, no need to read them.
        if (pointingAway && toDestination > ctx.config.destinationTerminalKm()) {
            reason = distanceGrew(ctx, destination, toDestination);
            if (reason == null && toDestination > ctx.config.lowDescentMinDestinationKm()) {
                reason = noProgress(ctx, destination, toDestination);
            }
        }
        return holds(ctx, ctx.flight().progressReversal, reason != null) ? reason.get() : null;
    }

    private static Supplier<String> distanceGrew(RuleContext ctx, Airport destination, double toDestination) {
        Fix past = ctx.track.atOrBefore(ctx.fix.time() - ctx.config.progressWindowSeconds());
        if (past == null || ctx.fix.time() - past.time() > 2 * ctx.config.progressWindowSeconds()) {
            return null;
        }
        double growth = toDestination - Geodesy.distanceKm(past.lat(), past.lon(), destination.lat(),
                destination.lon());
        long minutes = (ctx.fix.time() - past.time()) / 60;
        return growth > ctx.config.progressReversalKm() ? () -> "its distance to " + destination.ident() + " grew by "
                + Describe.km(growth) + " in the last " + minutes + " min" : null;
    }

    /**
     * En route and not climbing, yet hardly closer to the destination than some minutes ago: a slower
     * sign than a growing distance, for a turn across the route. Weather deviations stay within about
     * 50° of the course, which still makes most of the distance good; departures, which may route
     * anywhere, climb; holds cover little ground.
     */
    private static Supplier<String> noProgress(RuleContext ctx, Airport destination, double toDestination) {
        long window = ctx.config.noProgressSeconds();
        Fix past = ctx.track.atOrBefore(ctx.fix.time() - window);
        long elapsed = past == null ? 0 : ctx.fix.time() - past.time();
        if (past == null || elapsed > 2 * window || !ctx.fix.hasAltitude() || !past.hasAltitude()
                || ctx.fix.altitudeM() - past.altitudeM() > CLIMB_M) {
            return null;
        }
        double covered = Geodesy.distanceKm(past.lat(), past.lon(), ctx.fix.lat(), ctx.fix.lon());
        double progress = Geodesy.distanceKm(past.lat(), past.lon(), destination.lat(), destination.lon())
                - toDestination;
        if (covered < EN_ROUTE_KM_PER_S * elapsed || progress >= ctx.config.noProgressRatio() * covered) {
            return null;
        }
        return () -> "in the last " + elapsed / 60 + " min it covered " + Describe.km(covered) + " but came "
                + (progress > 0 ? "only " + Describe.km(progress) + " closer to " : "no closer to ")
                + destination.ident();
    }

    /**
     * Descending, well below cruise, and lower than any normal arrival would be that far out: either
     * low and far ({@code lowDescent*}), or below the early-descent altitude with the destination many
     * times farther than a 3° descent from here needs, or, nearer, below the arrival floor (a share of
     * the 3° path's height there). A diverting aircraft often starts down early; a normal one leaves
     * cruise about 200 km out and joins its final approach no lower than about half the 3° path.
     */
    private String lowDescent(RuleContext ctx, Airport destination, double toDestination) {
        FlightState flight = ctx.flight();
        DetectionConfig config = ctx.config;
        double altitude = ctx.fix.altitudeM();
        double height = Math.max(0, altitude - destination.elevationOrZeroM());
        boolean belowCruise = belowCruise(ctx);
        boolean belowCruiseFarOut = belowCruise && toDestination > config.lowDescentMinDestinationKm();
        boolean lowAndFar = belowCruiseFarOut && altitude < config.lowDescentAltitudeM();
        boolean earlyDescent = belowCruiseFarOut && altitude < config.earlyDescentAltitudeM()
                && toDestination > config.earlyDescentProfileFactor() * height / GLIDE_M_PER_KM;
        // Only for flights that cruised as airliners do: light aircraft arrive low by sight, not on a 3° path.
        boolean belowArrivalFloor = belowCruise && flight.maxAltitudeM >= config.earlyDescentAltitudeM()
                && toDestination > config.arrivalFloorMinKm()
                && toDestination <= config.lowDescentMinDestinationKm()
                && height < config.arrivalFloorShare() * toDestination * GLIDE_M_PER_KM;
        // Under the floor an arrival is not, even level (stepped descents level off on the way down).
        boolean low = (lowAndFar || earlyDescent) && ctx.descending() || belowArrivalFloor && !ctx.climbing();
        if (holds(ctx, flight.lowDescent, low)) {
            return (ctx.descending() ? "descending through " : "level at ") + Describe.metres(altitude) + " "
                    + Describe.km(toDestination) + " from its destination"
                    + (belowArrivalFloor ? ", far below any normal arrival there" : "");
        }
        return null;
    }

    /** More than 1,000 m below the highest this flight has been. */
    private static boolean belowCruise(RuleContext ctx) {
        FlightState flight = ctx.flight();
        return ctx.fix.hasAltitude() && !Double.isNaN(flight.maxAltitudeM)
                && flight.maxAltitudeM - ctx.fix.altitudeM() > 1000;
    }

    private String descendingTowardOtherAirport(RuleContext ctx, double toDestination, double track,
            boolean pointingAway) {
        if (Double.isNaN(track) || !pointingAway || toDestination <= ctx.config.lowDescentMinDestinationKm()
                || aboveArrivalPath(ctx, toDestination) || !ctx.descending()) {
            ctx.flight().alignedElsewhere.reset();
            return null;
        }
        Airport aligned = null;
        for (Airport a : ctx.airports.majorWithin(ctx.fix.lat(), ctx.fix.lon(), 200)) {
            if (ctx.pointsAt(track, a, ctx.config.alignmentToleranceDeg())) {
                aligned = a;
                break;
            }
        }
        if (holds(ctx, ctx.flight().alignedElsewhere, aligned != null)) {
            return "descending on " + Describe.deg(track) + " toward " + Describe.airport(aligned)
                    + ", away from its destination";
        }
        return null;
    }

    /**
     * Still above a 3° descent path to the destination: such a descent may well be for it, the
     * arrival's routing pointing it elsewhere for a while.
     */
    private static boolean aboveArrivalPath(RuleContext ctx, double toDestination) {
        double height = ctx.fix.altitudeM() - ctx.route.destination().elevationOrZeroM();
        return ctx.fix.hasAltitude() && height > toDestination * GLIDE_M_PER_KM;
    }

    private static boolean holds(RuleContext ctx, Persistence evidence, boolean condition) {
        return evidence.update(condition, ctx.fix.time(), ctx.config.persistenceSeconds(),
                ctx.config.persistenceFixes());
    }
}
