package io.divertwatch.bench;

import io.divertwatch.airport.AirportIndex;
import io.divertwatch.detect.DetectionConfig;
import io.divertwatch.detect.DetectionEngine;
import io.divertwatch.detect.WatchContext;
import io.divertwatch.source.FeedJson;
import io.divertwatch.source.StateVector;
import io.divertwatch.source.opensky.OpenSkyStatesParser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * (b) One full cycle on the real global OpenSky snapshot (parse + track update + detection) next to
 * parsing the same bytes alone. Each cycle runs on a fresh engine, so every aircraft is new to it:
 * the most expensive cycle there is (track and flight creation for all 6,553 states).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CycleBenchmark {

    static final String SNAPSHOT = "opensky/husaincode_opensky_states_all_global.json";

    private byte[] body;
    private AirportIndex airports;
    private WatchContext watches;
    private DetectionEngine engine;

    @Setup(Level.Trial)
    public void load() throws Exception {
        body = Files.readAllBytes(Path.of(System.getProperty("divertwatch.shared-data", "../shared/data"), SNAPSHOT));
        airports = SyntheticTraffic.airports();
        var icao = OpenSkyStatesParser.parse(body, "opensky").states().stream().map(StateVector::icao24).distinct()
                .toList();
        watches = SyntheticTraffic.watchContext(airports, icao, 3);
    }

    @Setup(Level.Invocation)
    public void freshEngine() {
        engine = new DetectionEngine(DetectionConfig.DEFAULT, airports);
        engine.setWatchContext(watches);
    }

    @Benchmark
    public Object parseOnly() throws FeedJson.BadResponse {
        return OpenSkyStatesParser.parse(body, "opensky");
    }

    @Benchmark
    public Object fullCycle() throws FeedJson.BadResponse {
        OpenSkyStatesParser.Parsed parsed = OpenSkyStatesParser.parse(body, "opensky");
        int detections = 0;
        for (StateVector sv : parsed.states()) {
            detections += engine.accept(sv).size();
        }
        detections += engine.advanceTo(parsed.time()).size();
        return detections;
    }
}
