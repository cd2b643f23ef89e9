package io.divertwatch.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server that a test can stop and start again on the same port and data, as an
 * outage or a fail-over does. One per test profile that names it.
 */
public class RestartablePostgresResource implements QuarkusTestResourceLifecycleManager {

    private static Path data;
    private static int port;
    private static EmbeddedPostgres postgres;

    @Override
    public Map<String, String> start() {
        try {
            data = Files.createTempDirectory("divertwatch-pg-outage");
            try (ServerSocket free = new ServerSocket(0)) {
                port = free.getLocalPort();
            }
            startServer();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start embedded PostgreSQL", e);
        }
        return Map.of("quarkus.datasource.jdbc.url", postgres.getJdbcUrl("postgres", "postgres"),
                "quarkus.datasource.username", "postgres", "quarkus.datasource.password", "postgres");
    }

    /** The outage: the server goes away; its data stays. */
    public static synchronized void stopServer() throws IOException {
        postgres.close();
    }

    /** The server is back, with its data, where it was. */
    public static synchronized void startServer() throws IOException {
        postgres = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).setPort(port).start();
    }

    @Override
    public void stop() {
        try {
            postgres.close();
            try (Stream<Path> files = Files.walk(data)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
