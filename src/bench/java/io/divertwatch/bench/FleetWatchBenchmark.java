package io.divertwatch.bench;

import io.divertwatch.detect.DetectionConfig;
import io.divertwatch.detect.WatchContext;
import io.divertwatch.detect.WatchSpec;
import io.divertwatch.detect.engine.DetectionEngine;
import io.divertwatch.geo.AirportIndex;
import io.divertwatch.track.StateVector;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * (d) What watches by type and operator cost per state vector. One engine sees the traffic of (a),
 * and each round is fed under one of three watch snapshots in turn: (a)'s watches; those plus a type
 * watch and an operator watch that resolved to 20,000 addresses none of which is flying (what matching
 * alone costs); and (a)'s plus a type watch whose 5,000 resolved aircraft are all flying (what
 * watching them costs: they are watched aircraft then). A new snapshot every round is the worst case:
 * every aircraft looks its watch up again on its next state (otherwise it keeps the one it found). One
 * engine, so that where its objects landed in memory is the same for all three; the order rotates,
 * and each round is timed: the VM's slow spells hit all three alike, so their ratios hold.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class FleetWatchBenchmark {

    static final int FLEET_ADDRESSES = 20_000;
    static final int FLYING_FLEET = 5_000;

    private SyntheticTraffic traffic;
    private DetectionEngine engine;
    private WatchContext[] contexts;
    private final List<StateVector> round = new ArrayList<>(EngineBenchmark.AIRCRAFT);
    private long k;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        traffic = new SyntheticTraffic(EngineBenchmark.AIRCRAFT, 1);
        AirportIndex airports = SyntheticTraffic.airports();
        WatchContext plain = traffic.watchContext(airports, 2);
        Set<String> absent = new HashSet<>();
        for (int i = 0; i < FLEET_ADDRESSES; i++) {
            absent.add(String.format("%06x", 0xa00000 + i));
        }
        Set<String> flying = new HashSet<>();
        for (int i = 1_000; i < 1_000 + FLYING_FLEET; i++) {
            flying.add(traffic.icao24(i));
        }
        contexts = new WatchContext[] { plain,
                with(plain, new WatchSpec(5_000L, null, null, "type IL76", null, null, List.of(), 150,
                        subset(absent, 0, 2)), new WatchSpec(5_001L, null, null, "operator", null, null, List.of(), 150,
                        subset(absent, 1, 2))),
                with(plain, new WatchSpec(5_000L, null, null, "type A320", null, null, List.of(), 150, flying)) };
        engine = new DetectionEngine(DetectionConfig.defaults(), airports);
        for (k = 0; k < EngineBenchmark.STEADY_STATE_ROUNDS; k++) {
            engine.setWatchContext(contexts[(int) (k % contexts.length)]);
            feed(null);
        }
    }

    private static WatchContext with(WatchContext base, WatchSpec... fleets) {
        List<WatchSpec> watches = new ArrayList<>(base.watches());
        watches.addAll(List.of(fleets));
        return new WatchContext(watches, base.watchedAirports(), base.geofences());
    }

    private static Set<String> subset(Set<String> all, int remainder, int modulus) {
        Set<String> out = new HashSet<>();
        int i = 0;
        for (String a : all) {
            if (i++ % modulus == remainder) {
                out.add(a);
            }
        }
        return out;
    }

    /** Nanoseconds spent on rounds under each snapshot, summed (JMH reports these per iteration). */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class RoundTimes {
        public long plainNanos;
        public long absentFleetNanos;
        public long flyingFleetNanos;
        public long rounds;

        @Setup(Level.Iteration)
        public void reset() {
            plainNanos = 0;
            absentFleetNanos = 0;
            flyingFleetNanos = 0;
            rounds = 0;
        }
    }

    /** Three rounds, one under each snapshot, in an order that rotates. */
    @Benchmark
    public void threeSnapshots(RoundTimes times, Blackhole hole) {
        long[] nanos = new long[contexts.length];
        for (int i = 0; i < contexts.length; i++) {
            int c = (int) ((k / contexts.length + i) % contexts.length);
            engine.setWatchContext(contexts[c]);
            long start = System.nanoTime();
            feed(hole);
            nanos[c] = System.nanoTime() - start;
            k++;
        }
        times.plainNanos += nanos[0];
        times.absentFleetNanos += nanos[1];
        times.flyingFleetNanos += nanos[2];
        times.rounds++;
    }

    private void feed(Blackhole hole) {
        traffic.round(k, round);
        SyntheticTraffic.feed(engine, round, k, hole);
    }
}
