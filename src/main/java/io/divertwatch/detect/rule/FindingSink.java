package io.divertwatch.detect.rule;

import io.divertwatch.detect.AlertType;

/** Where rules report what they find, and what no longer holds: the engine's incident recorder. */
public interface FindingSink {

    void report(RuleContext ctx, Finding finding);

    /**
     * The flight's open incident of {@code type} about {@code subject} (null for a suspicion) no longer
     * holds; {@code reason} says why. Nothing happens when no such incident is open.
     */
    void clear(RuleContext ctx, AlertType type, String subject, String reason);
}
