package io.divertwatch.detect.rule;

/** Where rules report what they find: the engine's incident recorder. */
@FunctionalInterface
public interface FindingSink {

    void report(RuleContext ctx, Finding finding);
}
