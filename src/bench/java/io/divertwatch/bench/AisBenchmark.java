package io.divertwatch.bench;

import io.divertwatch.ais.AisFormatException;
import io.divertwatch.ais.AisMessage;
import io.divertwatch.ais.AisReader;
import io.divertwatch.sea.MaritimeConfig;
import io.divertwatch.sea.VesselEngine;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

import java.util.concurrent.TimeUnit;

/**
 * (f) The AIS path on one core: NMEA sentence → decoded message → vessel track and gate → the maritime
 * rules (encounters among them), for {@code vessels} vessels reporting every 10 s (50,000 by default),
 * a fifth of them watched, 500 watched ports. The score is position reports per second; run with
 * 10,000 and 100,000 vessels it shows whether the cost per report stays flat as the sea fills.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class AisBenchmark {

    static final int VESSELS = 50_000;
    static final int WATCHED_PORTS = 500;
    private static final int ROUNDS = 20;
    private static final int STEADY_STATE_ROUNDS = 60;
    private static final long START = 1_780_000_000L;

    @Param({ "50000" })
    public int vessels;

    private SyntheticSea sea;
    private final AisReader reader = new AisReader();
    private VesselEngine engine;
    private long k;

    @Setup
    public void setUp() throws AisFormatException {
        sea = new SyntheticSea(vessels, WATCHED_PORTS, ROUNDS, 20261207);
        engine = new VesselEngine(MaritimeConfig.defaults());
        engine.setContext(sea.context(vessels / 5));
        for (k = 0; k < STEADY_STATE_ROUNDS; k++) {
            feed(null);
        }
        // The sentences must decode to what was encoded, and every report pass the gate: else the
        // benchmark would time refusals.
        AisMessage first = reader.read(sea.round(0)[1], START);
        if (engine.trackedVessels() != vessels || engine.refusedReports() != 0 || engine.invalidReports() != 0
                || Math.abs(first.position().lat() - sea.firstLat(1)) > 1e-5) {
            throw new IllegalStateException("synthetic sea not taken as sent: " + engine.trackedVessels()
                    + " tracked, " + engine.refusedReports() + " refused, " + engine.invalidReports() + " invalid");
        }
    }

    /** One round of every vessel's report; JMH's count is rounds, so scores are scaled to reports. */
    @Benchmark
    public void decodeTrackAndJudgeOneRound(Blackhole hole) throws AisFormatException {
        feed(hole);
        k++;
    }

    private void feed(Blackhole hole) throws AisFormatException {
        long time = START + k * SyntheticSea.ROUND_SECONDS;
        Object swept = engine.advanceTo(time);
        if (hole != null) {
            hole.consume(swept);
        }
        for (String sentence : sea.round(k)) {
            AisMessage message = reader.read(sentence, time);
            Object found = engine.accept(message, time, "bench");
            if (hole != null) {
                hole.consume(found);
            }
        }
    }
}
