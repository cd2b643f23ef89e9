package io.divertwatch.detect.rule;

import io.divertwatch.detect.Landing;

/** One detection rule. Rules are stateless: what they remember lives in the flight's evidence. */
interface Rule {

    /** Called for every trusted fix of an aircraft the rule may concern. */
    default void onFix(RuleContext ctx) {
    }

    /** Called once when the engine infers that the aircraft landed. */
    default void onLanding(RuleContext ctx, Landing landing) {
    }
}
