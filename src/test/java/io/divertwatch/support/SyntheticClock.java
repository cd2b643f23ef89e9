package io.divertwatch.support;

/**
 * Synthetic wall time for tests that drive the poller by hand. Feeds' planners only go forward in
 * time, so tests sharing one application must never poll at an earlier time than another test
 * did: each test claims a stretch of its own, later than every stretch claimed before, whatever
 * order the tests run in.
 */
public final class SyntheticClock {

    private static long next = 1_800_000_000L;

    private SyntheticClock() {
    }

    /** The start of a stretch of {@code seconds} no other test polls in. */
    public static synchronized long claim(long seconds) {
        long start = next;
        next += seconds + 3600;
        return start;
    }
}
