package io.divertwatch.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Packaged replicas (the PostgreSQL build) on one real PostgreSQL: exactly one polls; kill -9 it and
 * the other takes over within one poll interval, its tracks rebuilt from the stored fixes; stop that
 * one cleanly and a third takes over at once. Prints the measured take-over times.
 */
class PollerTakeOverIT {

    private static final Duration POLL_INTERVAL = Duration.ofSeconds(10);
    private static final Pattern ACTIVE = Pattern.compile("(?m)^divertwatch_poller_active(?:\\{[^}]*\\})? ([0-9.]+)$");
    private static final Pattern POLLS = Pattern.compile("(?m)^divertwatch_polls_total\\{[^}]*\\} ([0-9.]+)$");

    @Test
    void oneReplicaPollsAnotherTakesOverWhenItDiesAndAThirdWhenThatOneStops() throws Exception {
        Path dir = Files.createTempDirectory("divertwatch-replicas");
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            Map<String, String> replica = Map.of(
                    "quarkus.profile", "postgres",
                    "quarkus.datasource.jdbc.url", postgres.getJdbcUrl("postgres", "postgres"),
                    "quarkus.datasource.username", "postgres",
                    "quarkus.datasource.password", "postgres",
                    "divertwatch.source", "replay",
                    "divertwatch.airports.source", dir.resolve("no-airports.csv").toString(),
                    "divertwatch.auth.admin-key", "dwk_replica-test-admin-key");
            String jar = System.getProperty("divertwatch.postgres-jar", "target/quarkus-app-postgres/quarkus-run.jar");
            try (PackagedService a = new PackagedService(dir, "replica-a.log", replica, jar);
                    PackagedService b = new PackagedService(dir, "replica-b.log", replica, jar)) {
                Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> active(a) + active(b) == 1);
                PackagedService poller = active(a) == 1 ? a : b;
                PackagedService standby = poller == a ? b : a;

                // For a while, only the poller polls and the lease never changes hands.
                double pollsBefore = polls(poller);
                for (int i = 0; i < 8; i++) {
                    Thread.sleep(1000);
                    assertThat(active(poller)).isEqualTo(1);
                    assertThat(active(standby)).isEqualTo(0);
                    assertThat(polls(standby)).isZero();
                }
                assertThat(polls(poller)).isGreaterThan(pollsBefore);
                // The standby serves the demo aircraft's track from the fixes the poller stored.
                Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> trackTimes(standby).size() >= 3);

                poller.kill9();
                long killedAt = System.nanoTime();
                Awaitility.await().atMost(POLL_INTERVAL.plusSeconds(5)).pollInterval(Duration.ofMillis(100))
                        .until(() -> active(standby) == 1);
                Duration takeOver = Duration.ofNanos(System.nanoTime() - killedAt);
                Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> polls(standby) > 0);
                // Its tracks were rebuilt from the stored fixes, so they reach back before the kill.
                List<String> times = trackTimes(standby);
                assertThat(times).isNotEmpty();
                assertThat(Instant.parse(times.get(0))).isBefore(Instant.now().minus(takeOver));
                System.out.printf("Poller take-over after kill -9: %.1f s (lease 6 s, poll interval %d s)%n",
                        takeOver.toMillis() / 1000.0, POLL_INTERVAL.toSeconds());
                assertThat(takeOver).isLessThanOrEqualTo(POLL_INTERVAL);

                // A clean shutdown hands the lease on at once: a third replica takes over well before
                // the lease (6 s) would have run out.
                try (PackagedService c = new PackagedService(dir, "replica-c.log", replica, jar)) {
                    Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> active(c) == 0);
                    standby.close();
                    long stoppedAt = System.nanoTime();
                    Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
                            .until(() -> active(c) == 1);
                    Duration handOver = Duration.ofNanos(System.nanoTime() - stoppedAt);
                    System.out.printf("Poller hand-over after a clean shutdown: %.1f s%n", handOver.toMillis() / 1000.0);
                    assertThat(handOver).isLessThan(Duration.ofSeconds(4));
                }
            }
        }
    }

    private static List<String> trackTimes(PackagedService service) {
        var response = given().baseUri(service.baseUrl).get("/api/v1/aircraft/dead01/track");
        return response.statusCode() == 200 ? response.jsonPath().getList("properties.times", String.class) : List.of();
    }

    private static String metrics(PackagedService service) {
        return given().baseUri(service.baseUrl).get("/q/metrics").then().statusCode(200).extract().asString();
    }

    private static int active(PackagedService service) {
        Matcher m = ACTIVE.matcher(metrics(service));
        return m.find() ? (int) Double.parseDouble(m.group(1)) : -1;
    }

    private static double polls(PackagedService service) {
        Matcher m = POLLS.matcher(metrics(service));
        double sum = 0;
        while (m.find()) {
            sum += Double.parseDouble(m.group(1));
        }
        return sum;
    }
}
