package io.divertwatch.bench;

/** Feeds synthetic rounds for a while, for a profiler to watch (not a benchmark: no figures). */
public final class ProfileEngine {

    private ProfileEngine() {
    }

    public static void main(String[] args) throws Exception {
        EngineBenchmark bench = new EngineBenchmark();
        bench.setUp();
        long end = System.nanoTime() + Long.parseLong(args.length > 0 ? args[0] : "20") * 1_000_000_000L;
        while (System.nanoTime() < end) {
            bench.feedOneRound(null);
        }
    }
}
