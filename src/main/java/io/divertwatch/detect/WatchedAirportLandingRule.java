package io.divertwatch.detect;

/** {@code WATCHED_AIRPORT_LANDING}: landed at a watched airport (DESIGN §5). */
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
        ctx.emit(AlertType.WATCHED_AIRPORT_LANDING, Severity.CRITICAL, landing.airport().ident(), null, summary,
                null, AlertType.WATCHED_AIRPORT_APPROACH);
    }
}
