package io.divertwatch.bench;

import io.divertwatch.detect.DetectionConfig;
import io.divertwatch.detect.engine.DetectionEngine;
import io.divertwatch.track.StateVector;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * (a) Engine throughput on synthetic global traffic: 12,000 aircraft, 1,000 of them watched with
 * routes, 200 watched airports and 50 geofences for any aircraft. One invocation feeds one 10-second round, 12,000
 * state vectors (their creation included, as a parser's would be), then advances data time.
 * Measured in steady state, after the first hour of data.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class EngineBenchmark {

    static final int AIRCRAFT = 12_000;
    /** 66 minutes of 10-second rounds. */
    static final int STEADY_STATE_ROUNDS = 400;

    private SyntheticTraffic traffic;
    private DetectionEngine engine;
    private final List<StateVector> round = new ArrayList<>(AIRCRAFT);
    private long k;

    @Setup
    public void setUp() throws Exception {
        traffic = new SyntheticTraffic(AIRCRAFT, 1);
        var airports = SyntheticTraffic.airports();
        engine = new DetectionEngine(DetectionConfig.defaults(), airports);
        engine.setWatchContext(traffic.watchContext(airports, 2));
        // Steady state, as in a service that has run for a while: every track holds its full hour of
        // history (retention plus the expiry slack), so appends also expire fixes and rings no longer grow.
        for (k = 0; k < STEADY_STATE_ROUNDS; k++) {
            feed(null);
        }
    }

    @Benchmark
    @OperationsPerInvocation(AIRCRAFT)
    public void feedOneRound(Blackhole hole) {
        feed(hole);
        k++;
    }

    void feed(Blackhole hole) {
        traffic.round(k, round);
        SyntheticTraffic.feed(engine, round, k, hole);
    }
}
