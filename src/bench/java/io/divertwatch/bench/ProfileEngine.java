package io.divertwatch.bench;

/**
 * Runs one benchmark's work in a loop for a while, for a profiler to watch (not a benchmark: no
 * figures). Arguments: {@code engine} or {@code cycle}, then seconds.
 */
public final class ProfileEngine {

    private ProfileEngine() {
    }

    public static void main(String[] args) throws Exception {
        boolean cycle = args.length > 0 && args[0].equals("cycle");
        long end = System.nanoTime() + Long.parseLong(args.length > 1 ? args[1] : "20") * 1_000_000_000L;
        if (cycle) {
            CycleBenchmark bench = new CycleBenchmark();
            bench.load();
            while (System.nanoTime() < end) {
                bench.nextPoll();
                bench.fullCycle();
            }
        } else {
            EngineBenchmark bench = new EngineBenchmark();
            bench.setUp();
            while (System.nanoTime() < end) {
                bench.feedOneRound(null);
            }
        }
    }
}
