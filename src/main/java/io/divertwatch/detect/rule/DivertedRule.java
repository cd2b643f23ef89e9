package io.divertwatch.detect.rule;

import io.divertwatch.detect.AlertType;
import io.divertwatch.detect.Landing;
import io.divertwatch.detect.Severity;
import io.divertwatch.geo.Airport;

/** {@code DIVERTED}: landed at an airport other than the route's destination (docs/detection.md). */
final class DivertedRule implements Rule {

    @Override
    public void onLanding(RuleContext ctx, Landing landing) {
        Route route = ctx.route;
        Airport at = landing.airport();
        if (route == null || at == null || at.ident().equals(route.destination().ident())) {
            return;
        }
        FlightState flight = ctx.flight();
        // Circuits, display flights and glitches near the origin are not trips: a flight that never left
        // its origin area diverted nowhere. Nor can a landing on a contested path tell where this aircraft went.
        if (!flight.leftOriginArea || flight.pathContested) {
            return;
        }
        Airport origin = route.origin() != null ? route.origin() : flight.departure;
        boolean returned = origin != null && origin.ident().equals(at.ident());
        String summary = returned
                ? ctx.who() + " returned to its origin " + Describe.airport(at) + " instead of flying to "
                        + route.destination().ident() + "."
                : ctx.who() + " landed at " + Describe.airport(at) + " instead of its destination "
                        + route.destination().ident() + ".";
        ctx.report(Finding.of(AlertType.DIVERTED, Severity.CRITICAL, summary).airport(at.ident())
                .returnedToOrigin(returned).escalating(AlertType.DIVERSION_SUSPECTED));
    }
}
