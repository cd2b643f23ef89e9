package io.divertwatch.bench;

import io.divertwatch.detect.DetectionConfig;
import io.divertwatch.detect.DetectionEngine;
import io.divertwatch.source.StateVector;

import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
 * (c) bytes retained per fix. Iterations of 2 s: {@code -Dbench.warmups}, {@code -Dbench.iterations}
 * (default 5 and 12 from the pom; {@code ./mvnw -Pbench ... -Dbench.iterations=12} passes them on).
 * <p>
 * (b) is a ratio of two benchmarks, and this virtual machine slows everything down by 40–60 % for
 * spells of tens of seconds (parsing and the engine alike, at random times, with no JIT or GC event
 * to match), so one run of each would compare different machines. They run instead in
 * {@code -Dbench.rounds} rounds (default 3), a fresh JVM per benchmark, alternating which goes first;
 * the measured iterations are split evenly between rounds. {@code cycle_ms} and {@code parse_ms} are
 * the medians of all their iterations, which a spell covering less than half of them does not move;
 * the means are reported next to them.
 */
public final class BenchmarkMain {

    private static final int ROUNDS_FOR_MEMORY = 60;

    private BenchmarkMain() {
    }

    public static void main(String[] args) throws Exception {
        Path output = Path.of(args.length > 0 ? args[0] : "target/bench/results.json");
        String sharedData = System.getProperty("divertwatch.shared-data", "../shared/data");
        int warmups = Integer.getInteger("bench.warmups", 5);
        int iterations = Integer.getInteger("bench.iterations", 12);
        int rounds = Math.max(1, Math.min(Integer.getInteger("bench.rounds", 3), iterations));
        double statesPerSecond = score(run(EngineBenchmark.class.getSimpleName() + ".feedOneRound", warmups,
                iterations, sharedData));

        String cycle = CycleBenchmark.class.getSimpleName() + ".fullCycle";
        String parse = CycleBenchmark.class.getSimpleName() + ".parseOnly";
        List<List<Double>> cycles = new ArrayList<>();
        List<List<Double>> parses = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            for (String benchmark : round % 2 == 0 ? List.of(parse, cycle) : List.of(cycle, parse)) {
                List<Double> ms = iterationScores(run(benchmark, warmups, iterations / rounds, sharedData));
                (benchmark.equals(cycle) ? cycles : parses).add(ms);
            }
        }
        List<Double> allCycles = cycles.stream().flatMap(List::stream).toList();
        List<Double> allParses = parses.stream().flatMap(List::stream).toList();
        double cycleMs = median(allCycles);
        double parseMs = median(allParses);
        double bytesPerFix = bytesPerFix();
        String json = String.format(Locale.ROOT, """
                {
                  "engine_states_per_sec": %.0f,
                  "cycle_ms": %.3f,
                  "parse_ms": %.3f,
                  "cycle_over_parse": %.3f,
                  "bytes_per_fix": %.1f,
                  "statistic": "median of %d iterations of 2 s each, in %d alternating rounds",
                  "cycle_ms_mean": %.3f,
                  "parse_ms_mean": %.3f,
                  "cycle_over_parse_by_round": %s,
                  "machine": {"cores": %d, "java": "%s"},
                  "setup": "engine: 12000 synthetic aircraft, 1000 watches, 200 watched airports, 50 geofences; cycle: %s moved on 10 s per poll, engine in steady state"
                }
                """, statesPerSecond, cycleMs, parseMs, cycleMs / parseMs, bytesPerFix, allCycles.size(), rounds,
                mean(allCycles), mean(allParses), byRound(cycles, parses),
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), CycleBenchmark.SNAPSHOT);
        Files.createDirectories(output.toAbsolutePath().getParent());
        Files.writeString(output, json);
        System.out.println("Benchmark results (" + output + "):\n" + json);
    }

    /** One benchmark method ({@code Class.method}) in a JVM of its own. */
    private static RunResult run(String benchmark, int warmups, int iterations, String sharedData) throws Exception {
        Options options = new OptionsBuilder().include("\\." + benchmark + "$").forks(1)
                .warmupIterations(warmups).warmupTime(TimeValue.seconds(2))
                .measurementIterations(iterations).measurementTime(TimeValue.seconds(2))
                // A fixed, pre-touched heap, as a service runs: otherwise every first write to a page of a
                // growing heap faults into the kernel, which on a virtual machine costs more than the work measured.
                .jvmArgs("-Xmx6g", "-Xms6g", "-XX:+AlwaysPreTouch", "-Ddivertwatch.shared-data=" + sharedData).build();
        return new Runner(options).runSingle();
    }

    private static double score(RunResult result) {
        return result.getPrimaryResult().getScore();
    }

    private static List<Double> iterationScores(RunResult result) {
        return result.getBenchmarkResults().stream().flatMap(b -> b.getIterationResults().stream())
                .map(i -> i.getPrimaryResult().getScore()).toList();
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n == 0 ? Double.NaN : n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static double mean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }

    /** Each round's ratio of medians, to show how much the rounds disagree. */
    private static String byRound(List<List<Double>> cycles, List<List<Double>> parses) {
        List<String> ratios = new ArrayList<>();
        for (int i = 0; i < cycles.size(); i++) {
            ratios.add(String.format(Locale.ROOT, "%.3f", median(cycles.get(i)) / median(parses.get(i))));
        }
        return ratios.toString();
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
