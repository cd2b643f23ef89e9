package io.divertwatch.detect.rule;

import io.divertwatch.detect.AlertType;
import io.divertwatch.detect.Severity;
import io.divertwatch.track.Squawks;

/** {@code EMERGENCY_SQUAWK}: the first fix squawking 7500, 7600 or 7700 (docs/detection.md). */
final class EmergencySquawkRule implements Rule {

    @Override
    public void onFix(RuleContext ctx) {
        if (ctx.fix.squawk() == null || !ctx.isWatchedAircraft()) {
            return;
        }
        // The track worked out the newest fix's code as it took the fix: reading the string again
        // here, long after parsing, would cost a cache miss.
        int code = ctx.fix.time() == ctx.track.lastTime() ? ctx.track.newestSquawkCode()
                : Squawks.code(ctx.fix.squawk());
        String meaning = switch (code) {
            case 07500 -> "unlawful interference (hijack)";
            case 07600 -> "radio failure";
            case 07700 -> "general emergency";
            default -> null;
        };
        if (meaning == null) {
            return;
        }
        ctx.report(Finding.of(AlertType.EMERGENCY_SQUAWK, Severity.CRITICAL,
                ctx.who() + " is squawking " + Squawks.text(code) + ": " + meaning + "."));
    }
}
