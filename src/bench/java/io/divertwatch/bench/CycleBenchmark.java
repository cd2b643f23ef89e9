package io.divertwatch.bench;

import io.divertwatch.detect.DetectionConfig;
import io.divertwatch.detect.WatchContext;
import io.divertwatch.detect.engine.DetectionEngine;
import io.divertwatch.geo.AirportIndex;
import io.divertwatch.geo.GeoPoint;
import io.divertwatch.geo.Geodesy;
import io.divertwatch.source.FeedJson;
import io.divertwatch.source.opensky.OpenSkyStatesParser;
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

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * (b) One full cycle on the real global OpenSky snapshot (parse + track update + detection) next to
 * parsing the same bytes alone and to a bare streaming walk of them. The engine runs in steady state, as in a service polling every 10 s:
 * before each cycle the snapshot is moved on by one poll (every aircraft flown 10 s along its
 * reported track and speed, times advanced) and written back as OpenSky JSON, outside the
 * measurement; the engine has already seen the previous polls.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CycleBenchmark {

    static final String SNAPSHOT = "opensky/husaincode_opensky_states_all_global.json";

    static final long POLL_SECONDS = 10;
    private static final int WARM_POLLS = 60;

    private byte[] body;
    private List<StateVector> original;
    private long originalTime;
    byte[] nextPoll;
    private byte[] nextPollCopy;
    private byte[] nextPollThirdCopy;
    private long poll;
    private DetectionEngine engine;

    @Setup(Level.Trial)
    public void load() throws Exception {
        body = Files.readAllBytes(Path.of(System.getProperty("divertwatch.shared-data", "../shared/data"), SNAPSHOT));
        AirportIndex airports = SyntheticTraffic.airports();
        OpenSkyStatesParser.Parsed parsed = OpenSkyStatesParser.parse(body, "opensky");
        original = parsed.states();
        originalTime = parsed.time();
        WatchContext watches = SyntheticTraffic.watchContext(airports, original, 3);
        engine = new DetectionEngine(DetectionConfig.defaults(), airports);
        engine.setWatchContext(watches);
        for (poll = 0; poll < WARM_POLLS; poll++) {
            feed(OpenSkyStatesParser.parse(polled(poll), "opensky"));
        }
    }

    @Setup(Level.Invocation)
    public void nextPoll() {
        nextPoll = polled(poll++);
        nextPollCopy = nextPoll.clone();
        nextPollThirdCopy = nextPoll.clone();
    }

    /** What {@link #pairedCycle} measured in one iteration, summed (JMH reads and reports these per iteration). */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class PairTimes {
        public long walkNanos;
        public long parseNanos;
        public long cycleNanos;
        public long walkBytes;
        public long parseBytes;
        public long cycleBytes;
        public long pairs;

        @Setup(Level.Iteration)
        public void reset() {
            walkNanos = 0;
            parseNanos = 0;
            cycleNanos = 0;
            walkBytes = 0;
            parseBytes = 0;
            cycleBytes = 0;
            pairs = 0;
        }
    }

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();

    /**
     * A bare streaming walk of the poll's bytes ({@link StreamWalk}, the floor), a parse alone and a full
     * cycle of the same poll, one right after the other, each timed and its allocation counted (the
     * thread's allocated bytes, as JMH's {@code -prof gc} counts them, but only over the part timed): the
     * ratio of their times in the same iteration is not moved by the spells in which this virtual machine
     * runs everything slower, as the ratio of two benchmarks run one after the other is. The order turns
     * with every poll; the first reads the poll's bytes, the others equal copies made after them.
     */
    @Benchmark
    public void pairedCycle(PairTimes times, Blackhole blackhole) throws Exception {
        byte[][] bodies = {nextPoll, nextPollCopy, nextPollThirdCopy};
        int first = (int) (poll % 3);
        for (int k = 0; k < 3; k++) {
            int part = (first + k) % 3;
            byte[] body = bodies[k];
            long bytes = THREADS.getCurrentThreadAllocatedBytes();
            long start = System.nanoTime();
            switch (part) {
                case 0 -> blackhole.consume(StreamWalk.walk(body));
                case 1 -> blackhole.consume(OpenSkyStatesParser.parse(body, "opensky"));
                default -> blackhole.consume(feed(OpenSkyStatesParser.parse(body, "opensky")));
            }
            long nanos = System.nanoTime() - start;
            long allocated = THREADS.getCurrentThreadAllocatedBytes() - bytes;
            switch (part) {
                case 0 -> {
                    times.walkNanos += nanos;
                    times.walkBytes += allocated;
                }
                case 1 -> {
                    times.parseNanos += nanos;
                    times.parseBytes += allocated;
                }
                default -> {
                    times.cycleNanos += nanos;
                    times.cycleBytes += allocated;
                }
            }
        }
        times.pairs++;
    }

    /** The bare walk alone, for {@code -prof gc} and profilers. */
    @Benchmark
    public long walkOnly() throws Exception {
        return StreamWalk.walk(nextPoll);
    }

    /** Parses the same moved-on snapshot the cycle gets, so that both read equally cold, equally long bytes. */
    @Benchmark
    public Object parseOnly() throws FeedJson.BadResponse {
        return OpenSkyStatesParser.parse(nextPoll, "opensky");
    }

    @Benchmark
    public Object fullCycle() throws FeedJson.BadResponse {
        return feed(OpenSkyStatesParser.parse(nextPoll, "opensky"));
    }

    int feed(OpenSkyStatesParser.Parsed parsed) {
        return engine.acceptAll(parsed.states()).size() + engine.advanceTo(parsed.time()).size();
    }

    /** The snapshot as OpenSky would send it {@code k} polls later. */
    private byte[] polled(long k) {
        long shift = k * POLL_SECONDS;
        StringBuilder json = new StringBuilder(body.length + 1024);
        json.append("{\"time\":").append(originalTime + shift).append(",\"states\":[");
        for (int i = 0; i < original.size(); i++) {
            StateVector sv = original.get(i);
            double lat = sv.lat();
            double lon = sv.lon();
            if (sv.hasPosition() && !Double.isNaN(sv.velocityMps()) && !Double.isNaN(sv.trueTrackDeg())
                    && !Boolean.TRUE.equals(sv.onGround())) {
                GeoPoint moved = Geodesy.destination(lat, lon, sv.trueTrackDeg(), sv.velocityMps() * shift / 1000);
                lat = moved.lat();
                lon = moved.lon();
            }
            json.append(i == 0 ? "[" : ",[").append('"').append(sv.icao24()).append("\",")
                    .append(sv.callsign() == null ? "null" : "\"" + sv.callsign() + "\"").append(",\"\",")
                    .append(sv.timePosition() == 0 ? "null" : String.valueOf(sv.timePosition() + shift)).append(',')
                    .append(sv.lastContact() + shift).append(',').append(number(lon)).append(',').append(number(lat))
                    .append(',').append(number(sv.baroAltitudeM())).append(',').append(sv.onGround()).append(',')
                    .append(number(sv.velocityMps())).append(',').append(number(sv.trueTrackDeg())).append(',')
                    .append(number(sv.verticalRateMps())).append(",null,").append(number(sv.geoAltitudeM())).append(',')
                    .append(sv.squawk() == null ? "null" : "\"" + sv.squawk() + "\"").append(",false,0]");
        }
        return json.append("]}").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String number(double value) {
        return Double.isNaN(value) ? "null" : String.valueOf(value);
    }
}
