package io.divertwatch.detect.rule;

import static io.divertwatch.track.FlightPhysics.GLIDE_M_PER_KM;

import io.divertwatch.detect.AlertType;
import io.divertwatch.detect.DetectionConfig;
import io.divertwatch.detect.Landing;
import io.divertwatch.geo.Airport;
import io.divertwatch.geo.Geodesy;
import io.divertwatch.track.Fix;

/**
 * Resolves a flight's suspicions when their evidence goes (docs/detection.md). A {@code DIVERSION_SUSPECTED}
 * clears when the aircraft lands at its destination, approaches it, or is back on course for it; a
 * {@code ROUTE_DEVIATION} when it lands there or is back in its corridor. A {@code DIVERTED} is a fact and
 * never clears.
 * <p>
 * Back on course asks more than the suspicion did, so that a flight diverting toward an alternate that
 * happens to lie ahead is not cleared on its way down: for five minutes it must point within 30° of the
 * destination, make at least 80 % of the ground it covered since good toward it, at en-route speed, and
 * be above what raised the suspicion: far out neither descending nor low, nearer not below the arrival
 * floor. Display and training flights draw their figure, climb away and meet all of that within minutes.
 * The streak is measured from where it began, so no history is read: open incidents are looked at every
 * {@link #CHECK_EVERY_SECONDS} for as long as they stay open.
 */
final class ResolutionRule {

    /** Back on course for this long: longer than the suspicion's two minutes, a turn back is no glance. */
    static final long RESUMED_SECONDS = 300;
    static final double RESUMED_OFFSET_DEG = 30;
    static final double RESUMED_PROGRESS_RATIO = 0.8;
    /** Inside this, pointing at the destination and below the approach altitude is its approach. */
    static final double APPROACH_KM = 30;
    private static final double EN_ROUTE_KM_PER_S = 0.1;
    /** Reported vertical rates beyond these are a descent or a climb (as {@link RuleContext#descending}). */
    private static final double DESCENDING_MPS = 1.5;
    private static final double CLIMBING_MPS = 0.5;
    /**
     * An open incident is looked at again at most this often (data time): its evidence goes over minutes,
     * and every fix of every flight with an open incident comes through here.
     */
    static final long CHECK_EVERY_SECONDS = 30;

    private ResolutionRule() {
    }

    static void onFix(RuleContext ctx) {
        FlightState flight = ctx.flight();
        Route route = ctx.route;
        boolean suspected = flight.hasFired(AlertType.DIVERSION_SUSPECTED);
        boolean deviated = flight.hasFired(AlertType.ROUTE_DEVIATION);
        if (!suspected && !deviated || route == null || !flight.airborne || ctx.fix.isOnGround()
                || flight.pathContested) {
            return;
        }
        FlightState.ResolutionEvidence evidence = flight.resolution();
        if (ctx.fix.time() < evidence.nextCheck) {
            return;
        }
        evidence.nextCheck = ctx.fix.time() + CHECK_EVERY_SECONDS;
        String subject = flight.suspicionSubject();
        if (suspected && flight.isOpen(AlertType.DIVERSION_SUSPECTED, subject)) {
            String reason = resumed(ctx, route.destination());
            if (reason != null) {
                ctx.clear(AlertType.DIVERSION_SUSPECTED, subject, reason);
            }
        }
        if (deviated && flight.isOpen(AlertType.ROUTE_DEVIATION, null)) {
            if (evidence.backInCorridor.since() < 0
                    && evidence.surelyStillOutside(route, ctx.fix.lat(), ctx.fix.lon())) {
                return;
            }
            double offKm = route.distanceFromRouteKm(ctx.fix.position(), flight.firstPosition);
            evidence.measuredOff(route, ctx.fix.lat(), ctx.fix.lon(), offKm);
            if (holds(ctx, evidence.backInCorridor, offKm <= route.corridorKm(), ctx.config.persistenceSeconds())) {
                ctx.clear(AlertType.ROUTE_DEVIATION, null, "back within its " + Describe.km(route.corridorKm())
                        + " corridor, " + Describe.km(offKm) + " off the route");
            }
        }
    }

    static void onLanding(RuleContext ctx, Landing landing) {
        Route route = ctx.route;
        Airport at = landing.airport();
        if (route == null || at == null || !at.ident().equals(route.destination().ident())) {
            return;
        }
        String reason = "landed at " + at.ident() + " as planned";
        ctx.clear(AlertType.DIVERSION_SUSPECTED, ctx.flight().suspicionSubject(), reason);
        ctx.clear(AlertType.ROUTE_DEVIATION, null, reason);
    }

    private static String resumed(RuleContext ctx, Airport destination) {
        FlightState.ResolutionEvidence evidence = ctx.flight().resolution();
        double track = ctx.trackDeg();
        if (Double.isNaN(track)) {
            evidence.reset();
            return null;
        }
        double toDestination = ctx.distanceKm(destination);
        boolean approaching = toDestination <= APPROACH_KM
                && ctx.pointsAt(track, destination, ctx.config.destinationOffsetDeg())
                && (!ctx.fix.hasAltitude() || ctx.fix.altitudeM() <= ctx.config.approachMaxAltitudeM());
        if (holds(ctx, evidence.approaching, approaching, ctx.config.persistenceSeconds())) {
            return "approaching " + destination.ident() + ", " + Describe.km(toDestination) + " out";
        }
        return approaching ? null : closing(ctx, evidence, destination, toDestination, track);
    }

    /**
     * Pointing at the destination, and since it began to, at en-route speed, having made good most of
     * the ground covered toward it, for {@link #RESUMED_SECONDS}: a description, or null.
     */
    private static String closing(RuleContext ctx, FlightState.ResolutionEvidence evidence, Airport destination,
            double toDestination, double track) {
        if (!ctx.pointsAt(track, destination, RESUMED_OFFSET_DEG) || stillLow(ctx, destination, toDestination)) {
            evidence.onCourseSince = -1;
            return null;
        }
        Fix fix = ctx.fix;
        if (evidence.onCourseSince < 0) {
            evidence.onCourseSince = fix.time();
            evidence.onCourseLat = fix.lat();
            evidence.onCourseLon = fix.lon();
            return null;
        }
        long elapsed = fix.time() - evidence.onCourseSince;
        if (elapsed < RESUMED_SECONDS) {
            return null;
        }
        double covered = Geodesy.distanceKm(evidence.onCourseLat, evidence.onCourseLon, fix.lat(), fix.lon());
        double progress = Geodesy.distanceKm(evidence.onCourseLat, evidence.onCourseLon, destination.lat(),
                destination.lon()) - toDestination;
        if (covered < EN_ROUTE_KM_PER_S * elapsed || progress < RESUMED_PROGRESS_RATIO * covered) {
            // Slow or roundabout so far: judged again from here.
            evidence.onCourseSince = -1;
            return null;
        }
        return "back on course for " + destination.ident() + ", " + Describe.km(toDestination) + " to go, "
                + "closing at " + Describe.kmh(progress / elapsed * 3600);
    }

    /**
     * Far out, descending or low and not climbing; nearer, below the arrival floor: what raised the
     * suspicion would raise it again at once. Climb and descent are read from the reported vertical rate
     * only (unknown: level): deriving them reads the track's history, which for every open incident on
     * every check would keep each such track out of the shared log.
     */
    private static boolean stillLow(RuleContext ctx, Airport destination, double toDestination) {
        if (!ctx.fix.hasAltitude()) {
            return false;
        }
        DetectionConfig config = ctx.config;
        if (toDestination > config.lowDescentMinDestinationKm()) {
            double rate = ctx.fix.verticalRateMps();
            boolean descending = rate < -DESCENDING_MPS;
            boolean climbing = rate > CLIMBING_MPS;
            return descending || ctx.fix.altitudeM() < config.lowDescentAltitudeM() && !climbing;
        }
        double height = ctx.fix.altitudeM() - destination.elevationOrZeroM();
        return toDestination > config.arrivalFloorMinKm()
                && height < config.arrivalFloorShare() * toDestination * GLIDE_M_PER_KM;
    }

    private static boolean holds(RuleContext ctx, Persistence evidence, boolean condition, long seconds) {
        return evidence.update(condition, ctx.fix.time(), seconds, ctx.config.persistenceFixes());
    }
}
