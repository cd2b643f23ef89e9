package io.divertwatch.detect.rule;

import io.divertwatch.detect.Landing;
import io.divertwatch.track.Fix;

import java.util.List;

/** Every detection rule, and the events of a flight each is told of (docs/detection.md). */
public final class Rules {

    /**
     * In the order they run on a fix: cheap checks first, the diversion rule before the landing ones.
     * What resolves a suspicion ({@link ResolutionRule}) runs before all of them, so that a cleared flight
     * starts gathering evidence afresh.
     */
    private final List<Rule> rules = List.of(new EmergencySquawkRule(), new WatchedAirportApproachRule(),
            new GeofenceEntryRule(), new RouteDeviationRule(), new DiversionSuspectedRule(), new DivertedRule(),
            new WatchedAirportLandingRule());

    /** A trusted fix of an aircraft the rules may concern. */
    public void onFix(RuleContext ctx) {
        // A direct call, not one more entry in the loop: it has something to do only for open incidents,
        // and a call the compiler can inline costs nothing for every other fix.
        ResolutionRule.onFix(ctx);
        for (Rule rule : rules) {
            rule.onFix(ctx);
        }
    }

    /** The engine inferred a landing; {@code ctx.fix} is the fix it was inferred from. */
    public void onLanding(RuleContext ctx, Landing landing) {
        ResolutionRule.onLanding(ctx, landing);
        for (Rule rule : rules) {
            rule.onLanding(ctx, landing);
        }
    }

    /** The aircraft reappeared after a coverage gap that may hide a stop; {@code beforeGap} is where it vanished. */
    public void onReappearance(RuleContext ctx, Fix beforeGap) {
        UndeclaredStopRule.onReappearance(ctx, beforeGap);
    }

    /** The aircraft went silent in flight and no landing could be inferred; {@code ctx.fix} is its last fix. */
    public void onSilence(RuleContext ctx) {
        SignalLostRule.onSilence(ctx);
    }
}
