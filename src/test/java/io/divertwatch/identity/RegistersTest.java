package io.divertwatch.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.divertwatch.support.RecordingEvent;
import io.divertwatch.support.SharedData;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Registers configured by file and URL, read together, downloaded into a cache that a later start
 * reads while the URL is down, and a download that is no register never replacing what is loaded.
 */
class RegistersTest {

    @TempDir
    Path dir;
    private HttpServer server;
    private byte[] tar1090 = gzip("""
            152b30;RA-76592;IL76;10;ILYUSHIN Il-76MD;1984;;
            7342b3;EP-PUS;IL76;00;ILYUSHIN Il-76TD;1992;Pouya Air;
            """);

    @BeforeEach
    void serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/aircraft.csv.gz", exchange -> answer(exchange, 200, tar1090));
        server.createContext("/garbage.csv", exchange -> answer(exchange, 200,
                "<html>maintenance</html>".getBytes(StandardCharsets.UTF_8)));
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void filesAndDownloadsAreReadTogetherAndEachAnswerNamesItsRegister() {
        RecordingEvent<RegistersLoaded> loaded = new RecordingEvent<>();
        Registers registers = registers(loaded, "tar1090:" + url("/aircraft.csv.gz"),
                "plane-alert:" + SharedData.require("identity/plane-alert-db_subset.csv"), url("/garbage.csv"));

        registers.refreshAll(true);

        assertThat(registers.current().registers()).extracting(Register::name)
                .containsExactly("tar1090-db", "Plane-Alert");
        assertThat(registers.current().byRegistration("RA-76592")).extracting(RegisterEntry::register)
                .containsExactly("tar1090-db", "Plane-Alert");
        assertThat(registers.current().byAddress("7342b3")).singleElement()
                .satisfies(e -> assertThat(e.operator()).isEqualTo("Pouya Air"));
        assertThat(loaded.fired).hasSize(2);
        assertThat(dir.resolve("cache").resolve("register-tar1090-db.csv.gz")).exists();
        // A download that is no register was not cached.
        assertThat(dir.resolve("cache")).isDirectoryNotContaining("glob:**garbage*");
    }

    @Test
    void aLaterStartReadsTheCacheWhileTheUrlIsDownAndARefreshKeepsIt() {
        Registers first = registers(new RecordingEvent<>(), "tar1090:" + url("/aircraft.csv.gz"));
        first.refreshAll(true);
        server.stop(0);

        RecordingEvent<RegistersLoaded> loaded = new RecordingEvent<>();
        Registers next = registers(loaded, "tar1090:" + url("/aircraft.csv.gz"));
        next.refreshAll(true);
        assertThat(next.current().byRegistration("EP-PUS")).hasSize(1);
        next.refresh();
        assertThat(next.current().byRegistration("EP-PUS")).hasSize(1);
        assertThat(loaded.fired).hasSize(1);
    }

    @Test
    void aRefreshPutsTheNewRegisterInForceInPlaceOfTheOld() {
        Registers registers = registers(new RecordingEvent<>(), "tar1090:" + url("/aircraft.csv.gz"));
        registers.refreshAll(true);
        tar1090 = gzip("730001;EP-GOM;IL76;00;ILYUSHIN Il-76TD;1992;Yas Air;\n");

        registers.refresh();

        assertThat(registers.current().registers()).hasSize(1);
        assertThat(registers.current().byRegistration("EP-PUS")).isEmpty();
        assertThat(registers.current().byRegistration("EP-GOM")).extracting(RegisterEntry::icao24)
                .containsExactly("730001");
    }

    private Registers registers(RecordingEvent<RegistersLoaded> loaded, String... sources) {
        Path cache = dir.resolve("cache");
        return new Registers(new RegistersConfig() {
            @Override
            public List<String> sources() {
                return List.of(sources);
            }

            @Override
            public String cacheDir() {
                return cache.toString();
            }

            @Override
            public Duration refresh() {
                return Duration.ofHours(24);
            }

            @Override
            public Duration downloadTimeout() {
                return Duration.ofSeconds(5);
            }

            @Override
            public Duration followEvery() {
                return Duration.ofSeconds(5);
            }
        }, loaded);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private static void answer(com.sun.net.httpserver.HttpExchange exchange, int status, byte[] body)
            throws IOException {
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static byte[] gzip(String text) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
                out.write(text.getBytes(StandardCharsets.UTF_8));
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
