package io.divertwatch.vessel.feed;

import io.divertwatch.bench.StreamWalk;
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
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * The aisstream path's parse against the floor: 2,000 frames in the shape aisstream sends (position
 * reports of classes A and B and ship static data, nine in ten positions), each read by a bare
 * streaming walk and by {@link AisStreamJson} one right after the other, as
 * {@code CycleBenchmark#pairedCycle} pairs its parts, with the bytes each allocated.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class AisStreamFrameBenchmark {

    static final int FRAMES = 2_000;
    private static final long RECEIVED = 1_780_000_000L;

    private byte[][] frames;

    @Setup
    public void build() throws java.io.IOException {
        Random random = new Random(20261207);
        frames = new byte[FRAMES][];
        for (int i = 0; i < FRAMES; i++) {
            int mmsi = 273_000_000 + random.nextInt(1_000_000);
            double lat = 30 + random.nextDouble() * 15;
            double lon = 125 + random.nextDouble() * 15;
            String time = String.format(Locale.ROOT, "2026-12-07 09:%02d:%02d.%09d +0000 UTC", i / 60 % 60, i % 60,
                    random.nextInt(1_000_000_000));
            String frame = i % 10 == 9 ? staticData(mmsi, lat, lon, time)
                    : position(i % 3 == 0 ? "StandardClassBPositionReport" : "PositionReport", mmsi, lat, lon, time,
                            random);
            frames[i] = frame.getBytes(StandardCharsets.UTF_8);
            // Else the benchmark would time refusals.
            if (AisStreamJson.read(frames[i], RECEIVED).message() == null) {
                throw new IllegalStateException("not read as a message: " + frame);
            }
        }
    }

    private static String position(String type, int mmsi, double lat, double lon, String time, Random random) {
        return String.format(Locale.ROOT, "{\"Message\":{\"%s\":{\"Cog\":%.1f,\"CommunicationState\":%d,"
                + "\"Latitude\":%.6f,\"Longitude\":%.6f,\"MessageID\":%d,\"NavigationalStatus\":0,"
                + "\"PositionAccuracy\":true,\"Raim\":false,\"RateOfTurn\":0,\"RepeatIndicator\":0,\"Sog\":%.1f,"
                + "\"Spare\":0,\"SpecialManoeuvreIndicator\":0,\"Timestamp\":%d,\"TrueHeading\":%d,\"UserID\":%d,"
                + "\"Valid\":true}},\"MessageType\":\"%s\",\"MetaData\":{\"MMSI\":%d,\"MMSI_String\":%d,"
                + "\"ShipName\":\"SHIP %d            \",\"latitude\":%.6f,\"longitude\":%.6f,\"time_utc\":\"%s\"}}",
                type, random.nextDouble() * 360, random.nextInt(100_000), lat, lon, type.startsWith("Standard") ? 18 : 1,
                random.nextDouble() * 20, random.nextInt(60), random.nextInt(360), mmsi, type, mmsi, mmsi, mmsi % 1000,
                lat, lon, time);
    }

    private static String staticData(int mmsi, double lat, double lon, String time) {
        return String.format(Locale.ROOT, "{\"Message\":{\"ShipStaticData\":{\"AisVersion\":1,\"CallSign\":\"UB%d  \","
                + "\"Destination\":\"VOSTOCHNY           \",\"Dimension\":{\"A\":100,\"B\":40,\"C\":10,\"D\":12},"
                + "\"Dte\":false,\"Eta\":{\"Day\":9,\"Hour\":6,\"Minute\":0,\"Month\":12},\"FixType\":1,"
                + "\"ImoNumber\":%d,\"MaximumStaticDraught\":7.5,\"MessageID\":5,\"Name\":\"SHIP %d            \","
                + "\"RepeatIndicator\":0,\"Spare\":false,\"Type\":70,\"UserID\":%d,\"Valid\":true}},"
                + "\"MessageType\":\"ShipStaticData\",\"MetaData\":{\"MMSI\":%d,\"MMSI_String\":%d,"
                + "\"latitude\":%.6f,\"longitude\":%.6f,\"time_utc\":\"%s\"}}",
                mmsi % 10_000, 9_000_000 + mmsi % 999_999, mmsi % 1000, mmsi, mmsi, mmsi, lat, lon, time);
    }

    /** What {@link #pairedFrames} measured in one iteration, summed. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class PairTimes {
        public long walkNanos;
        public long readNanos;
        public long walkBytes;
        public long readBytes;
        public long frames;

        @Setup(Level.Iteration)
        public void reset() {
            walkNanos = 0;
            readNanos = 0;
            walkBytes = 0;
            readBytes = 0;
            frames = 0;
        }
    }

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();

    /** Every frame walked and read, the order turning with each batch. */
    @Benchmark
    public void pairedFrames(PairTimes times, Blackhole blackhole) throws Exception {
        boolean walkFirst = times.frames / FRAMES % 2 == 0;
        for (int part = 0; part < 2; part++) {
            boolean walk = walkFirst == (part == 0);
            long bytes = THREADS.getCurrentThreadAllocatedBytes();
            long start = System.nanoTime();
            for (byte[] frame : frames) {
                blackhole.consume(walk ? StreamWalk.walk(frame) : AisStreamJson.read(frame, RECEIVED));
            }
            long nanos = System.nanoTime() - start;
            long allocated = THREADS.getCurrentThreadAllocatedBytes() - bytes;
            if (walk) {
                times.walkNanos += nanos;
                times.walkBytes += allocated;
            } else {
                times.readNanos += nanos;
                times.readBytes += allocated;
            }
        }
        times.frames += FRAMES;
    }
}
