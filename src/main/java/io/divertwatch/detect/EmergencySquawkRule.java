package io.divertwatch.detect;

import java.util.Map;

/** {@code EMERGENCY_SQUAWK}: the first fix squawking 7500, 7600 or 7700 (DESIGN §5). */
final class EmergencySquawkRule implements Rule {

    private static final Map<String, String> MEANINGS = Map.of(
            "7500", "unlawful interference (hijack)",
            "7600", "radio failure",
            "7700", "general emergency");

    @Override
    public void onFix(RuleContext ctx) {
        String squawk = ctx.fix.squawk();
        if (squawk == null || !ctx.isWatchedAircraft()) {
            return;
        }
        String meaning = MEANINGS.get(squawk.trim());
        if (meaning == null) {
            return;
        }
        ctx.emit(AlertType.EMERGENCY_SQUAWK, Severity.CRITICAL, null, null,
                ctx.who() + " is squawking " + squawk.trim() + ": " + meaning + ".", null, null);
    }
}
