package io.divertwatch.detect.rule;

import io.divertwatch.detect.AlertType;
import io.divertwatch.detect.Landing;
import io.divertwatch.detect.Severity;
import io.divertwatch.detect.WatchedAirportSpec;

/** {@code WATCHED_AIRPORT_LANDING}: landed at a watched airport (docs/detection.md). */
final class WatchedAirportLandingRule implements Rule {

    @Override
    public void onLanding(RuleContext ctx, Landing landing) {
        if (landing.airport() == null) {
            return;
        }
        WatchedAirportSpec watched = ctx.watches.watchedAirport(landing.airport().ident());
        if (watched == null || !(watched.anyAircraft() || ctx.isWatchedAircraft())) {
            return;
        }
        String summary = ctx.who() + " landed at watched airport " + Describe.airport(landing.airport()) + ".";
        ctx.report(Finding.of(AlertType.WATCHED_AIRPORT_LANDING, Severity.CRITICAL, summary)
                .airport(landing.airport().ident()).escalating(AlertType.WATCHED_AIRPORT_APPROACH));
    }
}
