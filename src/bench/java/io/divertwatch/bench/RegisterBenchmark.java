package io.divertwatch.bench;

import io.divertwatch.identity.AircraftIdentity;
import io.divertwatch.identity.IdentityResolver;
import io.divertwatch.identity.Register;
import io.divertwatch.identity.RegisterFormat;
import io.divertwatch.identity.RegisterSet;
import io.divertwatch.identity.Resolution;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * (e) A register of 600,000 rows ({@link SyntheticRegister}): reading it whole, as a start-up or the
 * daily refresh does (in the background, never blocking), and resolving watches against it: an
 * airframe by registration, one by serial number and type, and a fleet by type and operator (a scan of
 * every row, done when watches or registers change, never per state vector).
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RegisterBenchmark {

    private Path file;
    private IdentityResolver resolver;
    private long k;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        file = Files.createTempFile("divertwatch-register-", ".csv");
        SyntheticRegister.write(file);
        resolver = new IdentityResolver(new RegisterSet(List.of(read(file))));
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        Files.deleteIfExists(file);
    }

    static Register read(Path file) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return RegisterFormat.OPENSKY.read(in, "OpenSky aircraft database").register();
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Register load() throws IOException {
        return read(file);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    public Resolution byRegistration() {
        int row = (int) (k++ * 7_919L % SyntheticRegister.ROWS);
        return resolver.resolve(new AircraftIdentity(null, SyntheticRegister.registration(row), List.of(), null, null,
                null, null));
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    public Resolution bySerialNumber() {
        int row = (int) (k++ * 7_919L % SyntheticRegister.ROWS);
        return resolver.resolve(new AircraftIdentity(null, null, List.of(),
                SyntheticRegister.typeCode(row % SyntheticRegister.TYPES), null, SyntheticRegister.serial(row), null));
    }

    /** One type's 1,500 aircraft, then narrowed to one operator's: every row is looked at. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Resolution fleetByTypeAndOperator() {
        int type = (int) (k++ % SyntheticRegister.TYPES);
        return resolver.resolve(new AircraftIdentity(null, null, List.of(), SyntheticRegister.typeCode(type),
                SyntheticRegister.operator(type), null, null));
    }
}
