package io.divertwatch.bench;

import io.divertwatch.detect.DetectionConfig;
import io.divertwatch.detect.engine.DetectionEngine;
import io.divertwatch.track.StateVector;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Runs the benchmarks in one go on one machine and writes {@code target/bench/results.json}:
 * (a) engine throughput, (b) full cycle on the real global snapshot against parsing alone,
 * (c) bytes retained per fix, (d) what watches by type and operator cost per state, (e) a register of
 * 600,000 rows: reading it, its heap, and resolving watches against it, (f) the AIS path from sentence to
 * maritime rules, (g) aisstream JSON frames read against a bare walk of them. Iterations of 2 s:
 * {@code -Dbench.warmups}, {@code -Dbench.iterations} (default 5 and 12 from the pom;
 * {@code ./mvnw -Pbench ... -Dbench.iterations=12} passes them on).
 * <p>
 * (b) is a ratio (the full cycle over a bare streaming walk of the same bytes, and over the parse alone),
 * and this virtual machine slows everything down by 40–60 % for spells of seconds
 * to tens of seconds (parsing and the engine alike, at random times, with no JIT or GC event to
 * match): two benchmarks run one after the other compare different machines, and their ratio swung
 * from 0.8 to 1.9 between rounds of the same code. So (b) times a walk, a parse alone and a full cycle of
 * the same poll one right after the other ({@link CycleBenchmark#pairedCycle}). {@code cycle_ms},
 * {@code parse_ms} and {@code walk_ms} are the medians over the iterations of each one's mean time, the
 * ratios the medians of the iterations' ratios; every iteration's ratio is reported next to them, and
 * the bytes each part allocated per poll.
 */
public final class BenchmarkMain {

    private static final int ROUNDS_FOR_MEMORY = 60;
    /** (a) keeps 12,000 aircraft's full hour of history. */
    private static final String ENGINE_HEAP = "6g";
    /** (b) runs with the heap of the Kubernetes deployment (75 % of its 1 GiB). */
    private static final String CYCLE_HEAP = "768m";
    /** (e) reads a register as the service does, in the deployment's heap. */
    private static final String REGISTER_HEAP = "768m";

    private BenchmarkMain() {
    }

    public static void main(String[] args) throws Exception {
        Path output = Path.of(args.length > 0 ? args[0] : "target/bench/results.json");
        String sharedData = System.getProperty("divertwatch.shared-data", "../shared/data");
        int warmups = Integer.getInteger("bench.warmups", 5);
        int iterations = Integer.getInteger("bench.iterations", 12);
        double statesPerSecond = score(run(EngineBenchmark.class.getSimpleName() + ".feedOneRound", warmups,
                iterations, ENGINE_HEAP, sharedData));

        RunResult paired = run(CycleBenchmark.class.getSimpleName() + ".pairedCycle", warmups, iterations,
                CYCLE_HEAP, sharedData);
        List<Double> cycles = new ArrayList<>();
        List<Double> parses = new ArrayList<>();
        List<Double> walks = new ArrayList<>();
        List<Double> ratios = new ArrayList<>();
        List<Double> overWalk = new ArrayList<>();
        List<Double> parseOverWalk = new ArrayList<>();
        List<Double> cycleBytes = new ArrayList<>();
        List<Double> parseBytes = new ArrayList<>();
        List<Double> walkBytes = new ArrayList<>();
        for (IterationResult iteration : iterations(paired)) {
            double pairs = counter(iteration, "pairs");
            double cycleMs = counter(iteration, "cycleNanos") / pairs / 1e6;
            double parseMs = counter(iteration, "parseNanos") / pairs / 1e6;
            double walkMs = counter(iteration, "walkNanos") / pairs / 1e6;
            cycles.add(cycleMs);
            parses.add(parseMs);
            walks.add(walkMs);
            ratios.add(cycleMs / parseMs);
            overWalk.add(cycleMs / walkMs);
            parseOverWalk.add(parseMs / walkMs);
            cycleBytes.add(counter(iteration, "cycleBytes") / pairs);
            parseBytes.add(counter(iteration, "parseBytes") / pairs);
            walkBytes.add(counter(iteration, "walkBytes") / pairs);
        }
        double bytesPerFix = bytesPerFix();

        RunResult fleets = run(FleetWatchBenchmark.class.getSimpleName() + ".threeSnapshots", warmups, iterations,
                ENGINE_HEAP, sharedData);
        List<Double> absentRatios = new ArrayList<>();
        List<Double> flyingRatios = new ArrayList<>();
        List<Double> plainNs = new ArrayList<>();
        for (IterationResult iteration : iterations(fleets)) {
            double plain = counter(iteration, "plainNanos");
            absentRatios.add(counter(iteration, "absentFleetNanos") / plain);
            flyingRatios.add(counter(iteration, "flyingFleetNanos") / plain);
            plainNs.add(plain / counter(iteration, "rounds") / EngineBenchmark.AIRCRAFT);
        }
        double loadMs = score(run(RegisterBenchmark.class.getSimpleName() + ".load", 3, 8, REGISTER_HEAP, sharedData));
        double byRegistrationUs = score(run(RegisterBenchmark.class.getSimpleName() + ".byRegistration", warmups,
                iterations, REGISTER_HEAP, sharedData));
        double bySerialUs = score(run(RegisterBenchmark.class.getSimpleName() + ".bySerialNumber", warmups,
                iterations, REGISTER_HEAP, sharedData));
        double fleetMs = score(run(RegisterBenchmark.class.getSimpleName() + ".fleetByTypeAndOperator", warmups,
                iterations, REGISTER_HEAP, sharedData));
        double bytesPerRow = bytesPerRegisterRow();
        String ais = AisBenchmark.class.getSimpleName() + ".decodeTrackAndJudgeOneRound";
        double reportsPerSecond = score(run(ais, warmups, iterations, ENGINE_HEAP, sharedData, "50000")) * 50_000;
        double reportsPerSecond10k = score(run(ais, warmups, iterations, ENGINE_HEAP, sharedData, "10000")) * 10_000;
        double reportsPerSecond100k = score(run(ais, warmups, iterations, ENGINE_HEAP, sharedData, "100000"))
                * 100_000;
        // Named, not referenced: the benchmark sits in the reader's package, which already uses this one.
        RunResult frames = run("AisStreamFrameBenchmark.pairedFrames", warmups, iterations,
                CYCLE_HEAP, sharedData);
        List<Double> readOverWalk = new ArrayList<>();
        List<Double> readNs = new ArrayList<>();
        List<Double> readBytes = new ArrayList<>();
        List<Double> frameWalkBytes = new ArrayList<>();
        for (IterationResult iteration : iterations(frames)) {
            double count = counter(iteration, "frames");
            readOverWalk.add(counter(iteration, "readNanos") / counter(iteration, "walkNanos"));
            readNs.add(counter(iteration, "readNanos") / count);
            readBytes.add(counter(iteration, "readBytes") / count);
            frameWalkBytes.add(counter(iteration, "walkBytes") / count);
        }
        String json = String.format(Locale.ROOT, """
                {
                  "engine_states_per_sec": %.0f,
                  "cycle_ms": %.3f,
                  "parse_ms": %.3f,
                  "walk_ms": %.3f,
                  "cycle_over_parse": %.3f,
                  "cycle_over_walk": %.3f,
                  "parse_over_walk": %.3f,
                  "alloc_bytes_per_poll": {"cycle": %.0f, "parse": %.0f, "walk": %.0f},
                  "bytes_per_fix": %.1f,
                  "fleet_watch": {"plain_ns_per_state": %.1f, "absent_fleet_over_plain": %.3f, "flying_fleet_over_plain": %.3f,
                    "absent_fleet_over_plain_by_iteration": %s, "flying_fleet_over_plain_by_iteration": %s},
                  "register": {"rows": %d, "load_ms": %.0f, "bytes_per_row": %.0f, "by_registration_us": %.2f,
                    "by_serial_number_us": %.2f, "fleet_by_type_and_operator_ms": %.2f},
                  "ais": {"position_reports_per_sec": %.0f, "position_reports_per_sec_10000_vessels": %.0f, "position_reports_per_sec_100000_vessels": %.0f,
                    "aisstream_read_over_walk": %.3f, "aisstream_read_ns_per_frame": %.0f,
                    "aisstream_alloc_bytes_per_frame": {"read": %.0f, "walk": %.0f}, "aisstream_read_over_walk_by_iteration": %s,
                    "setup": "one thread: !AIVDM type 1 sentence -> decode -> track and gate -> port-call, gap, undeclared-call, loitering and encounter rules; %d vessels every 10 s (and 10,000, 100,000), a fifth watched, %d watched ports, one in fifty drifting alongside another; aisstream: 2,000 JSON frames (positions and static data) read and walked in turn"},
                  "statistic": "medians over %d iterations of 2 s, each timing a bare streaming walk, a parse alone and a full cycle of the same polls in turn",
                  "cycle_over_walk_by_iteration": %s,
                  "cycle_over_parse_by_iteration": %s,
                  "machine": {"cores": %d, "java": "%s"},
                  "setup": "engine: 12000 synthetic aircraft, 1000 watches, 200 watched airports, 50 geofences; cycle: %s moved on 10 s per poll, engine in steady state"
                }
                """, statesPerSecond, median(cycles), median(parses), median(walks), median(ratios), median(overWalk),
                median(parseOverWalk), median(cycleBytes), median(parseBytes), median(walkBytes), bytesPerFix,
                median(plainNs),
                median(absentRatios), median(flyingRatios), rounded(absentRatios), rounded(flyingRatios),
                SyntheticRegister.ROWS, loadMs, bytesPerRow, byRegistrationUs, bySerialUs, fleetMs, reportsPerSecond,
                reportsPerSecond10k, reportsPerSecond100k, median(readOverWalk), median(readNs), median(readBytes),
                median(frameWalkBytes), rounded(readOverWalk), AisBenchmark.VESSELS, AisBenchmark.WATCHED_PORTS,
                ratios.size(),
                rounded(overWalk), rounded(ratios),
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), CycleBenchmark.SNAPSHOT);
        Files.createDirectories(output.toAbsolutePath().getParent());
        Files.writeString(output, json);
        System.out.println("Benchmark results (" + output + "):\n" + json);
    }

    /**
     * One benchmark method ({@code Class.method}) in a JVM of its own, with a fixed, pre-touched heap
     * of {@code heap}, as a service runs: otherwise every first write to a page of a growing heap
     * faults into the kernel, which on a virtual machine costs more than the work measured.
     */
    private static RunResult run(String benchmark, int warmups, int iterations, String heap, String sharedData)
            throws Exception {
        return run(benchmark, warmups, iterations, heap, sharedData, null);
    }

    /** As above, with the benchmark's {@code vessels} parameter set when not null. */
    private static RunResult run(String benchmark, int warmups, int iterations, String heap, String sharedData,
            String vessels) throws Exception {
        OptionsBuilder builder = new OptionsBuilder();
        if (vessels != null) {
            builder.param("vessels", vessels);
        }
        Options options = builder.include("\\." + benchmark + "$").forks(1)
                .warmupIterations(warmups).warmupTime(TimeValue.seconds(2))
                .measurementIterations(iterations).measurementTime(TimeValue.seconds(2))
                .jvmArgs("-Xmx" + heap, "-Xms" + heap, "-XX:+AlwaysPreTouch", "-Ddivertwatch.shared-data=" + sharedData)
                .build();
        return new Runner(options).runSingle();
    }

    private static List<IterationResult> iterations(RunResult result) {
        return result.getBenchmarkResults().stream().flatMap(b -> b.getIterationResults().stream()).toList();
    }

    private static List<String> rounded(List<Double> values) {
        return values.stream().map(r -> String.format(Locale.ROOT, "%.3f", r)).toList();
    }

    private static double score(RunResult result) {
        return result.getPrimaryResult().getScore();
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n == 0 ? Double.NaN : n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** An aux counter of {@link CycleBenchmark.PairTimes}: its sum over the iteration. */
    private static double counter(IterationResult iteration, String name) {
        return iteration.getSecondaryResults().get(name).getScore();
    }

    /** (c) Heap retained by the engine per stored fix: 12,000 aircraft × 60 fixes, measured after GC. */
    static double bytesPerFix() throws Exception {
        var airports = SyntheticTraffic.airports();
        SyntheticTraffic traffic = new SyntheticTraffic(EngineBenchmark.AIRCRAFT, 1);
        List<StateVector> round = new ArrayList<>(traffic.aircraft);
        long before = usedHeapAfterGc();
        DetectionEngine engine = new DetectionEngine(DetectionConfig.defaults(), airports);
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

    /** (e) Heap retained per row by a register of 600,000 rows, measured after GC. */
    static double bytesPerRegisterRow() throws Exception {
        Path file = Files.createTempFile("divertwatch-register-", ".csv");
        try {
            SyntheticRegister.write(file);
            long before = usedHeapAfterGc();
            var register = RegisterBenchmark.read(file);
            long after = usedHeapAfterGc();
            Reference.reachabilityFence(register);
            return (double) (after - before) / register.size();
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
