package io.divertwatch.common;

import static io.divertwatch.support.Api.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Strangers on real sockets: uploads that stall or trickle, uploads that are dropped, bodies declared
 * too large. The service has eight worker threads here, so that a stalled upload holding one (as an
 * upload read as a stream does) would show at once: reads and health must keep answering while forty
 * uploads stall; thirty-two of them (the most the service buffers at once) get a 408 problem document
 * when their time is up, the others a 503 at once.
 */
@QuarkusTest
@TestProfile(HttpLimitsTest.FewWorkers.class)
class HttpLimitsTest {

    private static final int STALLED = 40;
    private static final int MAX_UPLOADS = 32;
    private static final Duration BODY_TIMEOUT = Duration.ofSeconds(3);

    public static class FewWorkers implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.thread-pool.max-threads", "8", "divertwatch.http.body-timeout",
                    BODY_TIMEOUT.toSeconds() + "s", "divertwatch.http.max-uploads", String.valueOf(MAX_UPLOADS));
        }
    }

    @TestHTTPResource("/")
    URL root;

    @Test
    void stalledUploadsHoldNoWorkerAndAreAnswered408WhileReadsGoOn() throws Exception {
        List<Socket> stalled = new ArrayList<>();
        try {
            for (int i = 0; i < STALLED; i++) {
                Socket socket = open();
                send(socket, "POST /api/v1/analyses?destination=UUEE HTTP/1.1\r\nHost: localhost\r\n"
                        + "Content-Type: text/csv\r\nContent-Length: 100000\r\n\r\ntimestamp_epoch_s,icao24,");
                stalled.add(socket);
            }
            long start = System.nanoTime();
            given().config(shortTimeouts()).get("/api/v1/alerts").then().statusCode(200);
            given().config(shortTimeouts()).get("/q/health/ready").then().statusCode(200);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(BODY_TIMEOUT);

            List<String> statuses = new ArrayList<>();
            for (Socket socket : stalled) {
                String answer = readAll(socket);
                assertThat(answer).contains("application/problem+json");
                statuses.add(answer.substring(0, Math.min(12, answer.length())));
            }
            assertThat(statuses).filteredOn(s -> s.equals("HTTP/1.1 408")).hasSize(MAX_UPLOADS);
            assertThat(statuses).filteredOn(s -> s.equals("HTTP/1.1 503")).hasSize(STALLED - MAX_UPLOADS);
        } finally {
            for (Socket socket : stalled) {
                socket.close();
            }
        }
    }

    @Test
    void aTricklingUploadIsCutOffAtItsTime() throws Exception {
        try (Socket socket = open()) {
            send(socket, "POST /api/v1/watches HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Authorization: Bearer " + io.divertwatch.support.Api.ADMIN_KEY + "\r\n"
                    + "Transfer-Encoding: chunked\r\n\r\n");
            long deadline = System.nanoTime() + BODY_TIMEOUT.multipliedBy(3).toNanos();
            String answer = null;
            while (answer == null && System.nanoTime() < deadline) {
                try {
                    send(socket, "1\r\n{\r\n");
                } catch (IOException closed) {
                    answer = readAll(socket);
                }
                if (answer == null && socket.getInputStream().available() > 0) {
                    answer = readAll(socket);
                }
                Thread.sleep(200);
            }
            assertThat(answer).startsWith("HTTP/1.1 408");
        }
    }

    @Test
    void aDroppedUploadIsNoServerError() throws Exception {
        for (int i = 0; i < 20; i++) {
            try (Socket socket = open()) {
                send(socket, "POST /api/v1/analyses?destination=UUEE HTTP/1.1\r\nHost: localhost\r\n"
                        + "Content-Type: text/csv\r\nContent-Length: 5000\r\n\r\ntimestamp_epoch_s,icao24,lat,lon\n1");
            }
        }
        Thread.sleep(500);
        String metrics = given().get("/q/metrics").then().extract().asString();
        assertThat(metrics.lines().filter(l -> l.startsWith("http_server_requests_seconds_count")
                && l.contains("status=\"500\""))).isEmpty();
    }

    @Test
    void aBodyDeclaredBeyondTheLimitIsRefusedBeforeItIsRead() throws Exception {
        try (Socket socket = open()) {
            send(socket, "POST /api/v1/analyses?destination=UUEE HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: text/csv\r\nContent-Length: 50000000\r\n\r\n");
            String answer = readAll(socket);
            assertThat(answer).startsWith("HTTP/1.1 413").contains("application/problem+json")
                    .contains("\"status\":413");
        }
    }

    @Test
    void aChunkedBodyThatGrowsPastTheLimitIsAProblemDocument() throws Exception {
        try (Socket socket = open()) {
            send(socket, "POST /api/v1/analyses?destination=UUEE HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: text/csv\r\nTransfer-Encoding: chunked\r\n\r\n");
            String chunk = "x".repeat(64 * 1024);
            try {
                for (int i = 0; i < 11 * 16 + 1; i++) {
                    send(socket, Integer.toHexString(chunk.length()) + "\r\n" + chunk + "\r\n");
                }
                send(socket, "0\r\n\r\n");
            } catch (IOException closedEarly) {
                // The service may stop reading once the limit is passed.
            }
            String answer = readAll(socket);
            assertThat(answer).startsWith("HTTP/1.1 413").contains("application/problem+json");
        }
    }

    private Socket open() throws IOException {
        Socket socket = new Socket(root.getHost(), root.getPort());
        socket.setSoTimeout((int) BODY_TIMEOUT.multipliedBy(4).toMillis());
        return socket;
    }

    private static void send(Socket socket, String text) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** Everything the server sends until it closes the connection (or the read times out). */
    private static String readAll(Socket socket) throws IOException {
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        InputStream in = socket.getInputStream();
        byte[] buffer = new byte[4096];
        try {
            for (int n; (n = in.read(buffer)) != -1; ) {
                answer.write(buffer, 0, n);
            }
        } catch (java.net.SocketTimeoutException | java.net.SocketException e) {
            // What arrived is the answer.
        }
        return answer.toString(StandardCharsets.UTF_8);
    }

    private static RestAssuredConfig shortTimeouts() {
        return RestAssuredConfig.config().httpClient(HttpClientConfig.httpClientConfig()
                .setParam("http.socket.timeout", 2_000).setParam("http.connection.timeout", 2_000));
    }
}
