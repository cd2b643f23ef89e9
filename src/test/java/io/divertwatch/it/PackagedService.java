package io.divertwatch.it;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;

/** The packaged service ({@code target/quarkus-app/quarkus-run.jar}) as a child process, as users run it. */
final class PackagedService implements AutoCloseable {

    private final Process process;
    final String baseUrl;

    PackagedService(Path workDir, String logName, Map<String, String> properties) throws IOException {
        this(workDir, logName, properties, System.getProperty("divertwatch.jar", "target/quarkus-app/quarkus-run.jar"));
    }

    /** @param jar the packaged service to run, e.g. the PostgreSQL build */
    PackagedService(Path workDir, String logName, Map<String, String> properties, String jar) throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dquarkus.http.port=" + port));
        properties.forEach((k, v) -> command.add("-D" + k + "=" + v));
        command.add("-jar");
        command.add(jar);
        process = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
                .redirectOutput(workDir.resolve(logName).toFile()).start();
        baseUrl = "http://127.0.0.1:" + port;
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).ignoreExceptions()
                .until(() -> given().baseUri(baseUrl).get("/q/health/ready").statusCode() == 200);
    }

    /** SIGKILL: no shutdown hook, no flush, no goodbye. */
    void kill9() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }
}
