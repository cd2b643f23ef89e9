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
 * destination, make at least 80 % of the ground it covers good toward it, at en-route speed, and be
 * above what raised the suspicion: far out neither descending nor low, nearer not below the arrival floor. Display and training flights draw their figure, climb away and
 * meet all of that within minutes.
 */
final class ResolutionRule implements Rule {

    /** Back on course for this long: longer than the suspicion's two minutes, a turn back is no glance. */
    static final long RESUMED_SECONDS = 300;
    static final double RESUMED_OFFSET_DEG = 30;
    static final double RESUMED_PROGRESS_RATIO = 0.8;
    /** Inside this, pointing at the destination and below the approach altitude is its approach. */
    static final double APPROACH_KM = 30;
    private static final double EN_ROUTE_KM_PER_S = 0.1;

    @Override
    public void onFix(RuleContext ctx) {
        FlightState flight = ctx.flight();
        Route route = ctx.route;
        boolean suspected = flight.hasFired(AlertType.DIVERSION_SUSPECTED);
        boolean deviated = flight.hasFired(AlertType.ROUTE_DEVIATION);
        if (!suspected && !deviated || route == null || !flight.airborne || ctx.fix.isOnGround()
                || flight.pathContested) {
            return;
        }
        String subject = flight.suspicionSubject();
        if (suspected && flight.isOpen(AlertType.DIVERSION_SUSPECTED, subject)) {
            String reason = resumed(ctx, route.destination());
            if (reason != null) {
                ctx.clear(AlertType.DIVERSION_SUSPECTED, subject, reason);
            }
        }
        if (deviated && flight.isOpen(AlertType.ROUTE_DEVIATION, null)) {
            double offKm = route.distanceFromRouteKm(ctx.fix.position(), flight.firstPosition);
            if (holds(ctx, flight.backInCorridor, offKm <= route.corridorKm(), ctx.config.persistenceSeconds())) {
                ctx.clear(AlertType.ROUTE_DEVIATION, null, "back within its " + Describe.km(route.corridorKm())
                        + " corridor, " + Describe.km(offKm) + " off the route");
            }
        }
    }

    @Override
    public void onLanding(RuleContext ctx, Landing landing) {
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
        double track = ctx.trackDeg();
        if (Double.isNaN(track)) {
            ctx.flight().backOnCourse.reset();
            return null;
        }
        double toDestination = ctx.distanceKm(destination);
        boolean approaching = toDestination <= APPROACH_KM
                && ctx.pointsAt(track, destination, ctx.config.destinationOffsetDeg())
                && (!ctx.fix.hasAltitude() || ctx.fix.altitudeM() <= ctx.config.approachMaxAltitudeM());
        String closing = approaching ? null : closing(ctx, destination, toDestination, track);
        long needed = approaching ? ctx.config.persistenceSeconds() : RESUMED_SECONDS;
        if (!holds(ctx, ctx.flight().backOnCourse, approaching || closing != null, needed)) {
            return null;
        }
        return approaching ? "approaching " + destination.ident() + ", " + Describe.km(toDestination) + " out"
                : closing;
    }

    /** Pointing at the destination and making good most of the ground covered toward it, or null. */
    private static String closing(RuleContext ctx, Airport destination, double toDestination, double track) {
        if (!ctx.pointsAt(track, destination, RESUMED_OFFSET_DEG)) {
            return null;
        }
        long window = ctx.config.progressWindowSeconds();
        Fix past = ctx.track.atOrBefore(ctx.fix.time() - window);
        long elapsed = past == null ? 0 : ctx.fix.time() - past.time();
        if (past == null || elapsed > 2 * window) {
            return null;
        }
        if (stillLow(ctx, destination, toDestination)) {
            return null;
        }
        double covered = Geodesy.distanceKm(past.lat(), past.lon(), ctx.fix.lat(), ctx.fix.lon());
        double progress = Geodesy.distanceKm(past.lat(), past.lon(), destination.lat(), destination.lon())
                - toDestination;
        if (covered < EN_ROUTE_KM_PER_S * elapsed || progress < RESUMED_PROGRESS_RATIO * covered) {
            return null;
        }
        return "back on course for " + destination.ident() + ", " + Describe.km(toDestination) + " to go, "
                + "closing at " + Describe.kmh(progress / elapsed * 3600);
    }

    /**
     * Far out, descending or low and not climbing; nearer, below the arrival floor: what raised the
     * suspicion would raise it again at once.
     */
    private static boolean stillLow(RuleContext ctx, Airport destination, double toDestination) {
        if (!ctx.fix.hasAltitude()) {
            return false;
        }
        DetectionConfig config = ctx.config;
        if (toDestination > config.lowDescentMinDestinationKm()) {
            return ctx.descending() || ctx.fix.altitudeM() < config.lowDescentAltitudeM() && !ctx.climbing();
        }
        double height = ctx.fix.altitudeM() - destination.elevationOrZeroM();
        return toDestination > config.arrivalFloorMinKm()
                && height < config.arrivalFloorShare() * toDestination * GLIDE_M_PER_KM;
    }

    private static boolean holds(RuleContext ctx, Persistence evidence, boolean condition, long seconds) {
        return evidence.update(condition, ctx.fix.time(), seconds, ctx.config.persistenceFixes());
    }
}
