package io.divertwatch.detect.rule;

import io.divertwatch.detect.AlertType;
import io.divertwatch.detect.Severity;
import io.divertwatch.geo.Geodesy;

/**
 * {@code ROUTE_DEVIATION} (informational): farther than the watch's corridor from its expected route
 * (great-circle legs through the via points, nearest leg) for the persistence time and fixes, away
 * from the ends of the route, where every departure and arrival leaves the line (docs/detection.md).
 */
final class RouteDeviationRule implements Rule {

    private static final double ROUTE_END_KM = 50;

    @Override
    public void onFix(RuleContext ctx) {
        Route route = ctx.route;
        FlightState flight = ctx.flight();
        if (route == null || !flight.airborne || flight.pathContested || flight.hasFired(AlertType.ROUTE_DEVIATION)) {
            return;
        }
        if (flight.corridorClearance.surelyInside(route, ctx.fix.lat(), ctx.fix.lon())) {
            flight.routeDeviation.reset();
            return;
        }
        double offKm = route.distanceFromRouteKm(ctx.fix.position(), flight.firstPosition);
        flight.corridorClearance.measured(route, ctx.fix.lat(), ctx.fix.lon(), offKm);
        // Asked second: nearly every fix is inside the corridor, and then the ends do not matter.
        boolean off = offKm > route.corridorKm() && !nearEnd(ctx, route);
        if (flight.routeDeviation.update(off, ctx.fix.time(), ctx.config.persistenceSeconds(),
                ctx.config.persistenceFixes())) {
            String from = route.origin() == null ? "" : route.origin().ident() + "→";
            ctx.report(Finding.of(AlertType.ROUTE_DEVIATION, Severity.INFO, ctx.who() + " is " + Describe.km(offKm)
                    + " off its expected route " + from + route.destination().ident() + " (corridor "
                    + Describe.km(route.corridorKm()) + "), heading " + Describe.deg(headingOr0(ctx)) + "."));
        }
    }

    private static boolean nearEnd(RuleContext ctx, Route route) {
        return ctx.distanceKm(route.destination()) <= ROUTE_END_KM
                || (route.origin() != null && ctx.distanceKm(route.origin()) <= ROUTE_END_KM);
    }

    private static double headingOr0(RuleContext ctx) {
        double track = ctx.trackDeg();
        return Double.isNaN(track) ? 0 : Geodesy.normalizeDeg(track);
    }
}
