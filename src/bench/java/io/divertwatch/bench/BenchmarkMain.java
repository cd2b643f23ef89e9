package io.divertwatch.bench;

import io.divertwatch.detect.DetectionConfig;
import io.divertwatch.detect.DetectionEngine;
import io.divertwatch.source.StateVector;

import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the benchmarks in one go on one machine and writes {@code target/bench/results.json}:
 * (a) engine throughput, (b) full cycle on the real global snapshot against parsing alone,
 * (c) bytes retained per fix. Iterations: {@code -Dbench.warmups}, {@code -Dbench.iterations}
 * (default 5 and 10 from the pom, 2 s each, one fork; {@code ./mvnw -Pbench ... -Dbench.iterations=10} passes them on).
 */
public final class BenchmarkMain {

    private static final int ROUNDS_FOR_MEMORY = 60;

    private BenchmarkMain() {
    }

    public static void main(String[] args) throws Exception {
        Path output = Path.of(args.length > 0 ? args[0] : "target/bench/results.json");
        String sharedData = System.getProperty("divertwatch.shared-data", "../shared/data");
        Options options = new OptionsBuilder().include(EngineBenchmark.class.getSimpleName())
                .include(CycleBenchmark.class.getSimpleName()).forks(1)
                .warmupIterations(Integer.getInteger("bench.warmups", 5)).warmupTime(TimeValue.seconds(2))
                .measurementIterations(Integer.getInteger("bench.iterations", 10)).measurementTime(TimeValue.seconds(2))
                // A fixed, pre-touched heap, as a service runs: otherwise every first write to a page of a
                // growing heap faults into the kernel, which on a virtual machine costs more than the work measured.
                .jvmArgs("-Xmx6g", "-Xms6g", "-XX:+AlwaysPreTouch", "-Ddivertwatch.shared-data=" + sharedData).build();
        Collection<RunResult> results = new Runner(options).run();

        double statesPerSecond = score(results, "feedOneRound");
        double cycleMs = score(results, "fullCycle");
        double parseMs = score(results, "parseOnly");
        double bytesPerFix = bytesPerFix();
        String json = String.format(Locale.ROOT, """
                {
                  "engine_states_per_sec": %.0f,
                  "cycle_ms": %.3f,
                  "parse_ms": %.3f,
                  "cycle_over_parse": %.3f,
                  "bytes_per_fix": %.1f,
                  "machine": {"cores": %d, "java": "%s"},
                  "setup": "engine: 12000 synthetic aircraft, 1000 watches, 200 watched airports, 50 geofences; cycle: %s moved on 10 s per poll, engine in steady state"
                }
                """, statesPerSecond, cycleMs, parseMs, cycleMs / parseMs, bytesPerFix,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), CycleBenchmark.SNAPSHOT);
        Files.createDirectories(output.toAbsolutePath().getParent());
        Files.writeString(output, json);
        System.out.println("Benchmark results (" + output + "):\n" + json);
    }

    private static double score(Collection<RunResult> results, String method) {
        return results.stream().filter(r -> r.getParams().getBenchmark().endsWith("." + method))
                .mapToDouble(r -> r.getPrimaryResult().getScore()).findFirst().orElse(Double.NaN);
    }

    /** (c) Heap retained by the engine per stored fix: 12,000 aircraft × 60 fixes, measured after GC. */
    static double bytesPerFix() throws Exception {
        var airports = SyntheticTraffic.airports();
        SyntheticTraffic traffic = new SyntheticTraffic(EngineBenchmark.AIRCRAFT, 1);
        List<StateVector> round = new ArrayList<>(traffic.aircraft);
        long before = usedHeapAfterGc();
        DetectionEngine engine = new DetectionEngine(DetectionConfig.DEFAULT, airports);
        for (int k = 0; k < ROUNDS_FOR_MEMORY; k++) {
            traffic.round(k, round);
            round.forEach(engine::accept);
        }
        round.clear();
        long after = usedHeapAfterGc();
        int stored = engine.track(traffic.icao24(0)).size();
        if (stored != ROUNDS_FOR_MEMORY) {
            throw new IllegalStateException("expected " + ROUNDS_FOR_MEMORY + " fixes per track, found " + stored);
        }
        Reference.reachabilityFence(engine);
        return (double) (after - before) / ((long) traffic.aircraft * ROUNDS_FOR_MEMORY);
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
