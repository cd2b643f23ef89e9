package io.divertwatch.detect.rule;

/**
 * Tracks how long a condition has held without interruption, in data time and in fixes: one noisy
 * fix must never raise an alert on its own.
 */
final class Persistence {

    private long since = -1;
    private int fixes;

    /** Feeds one fix's verdict; returns true once the condition has held long enough. */
    boolean update(boolean condition, long time, long minSeconds, int minFixes) {
        if (!condition) {
            reset();
            return false;
        }
        if (since < 0) {
            since = time;
        }
        fixes++;
        return time - since >= minSeconds && fixes >= minFixes;
    }

    long since() {
        return since;
    }

    int fixes() {
        return fixes;
    }

    void reset() {
        since = -1;
        fixes = 0;
    }
}
