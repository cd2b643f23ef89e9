package io.divertwatch.webhook;

import static io.divertwatch.support.Api.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.divertwatch.alert.AlertService;
import io.divertwatch.support.Detections;
import io.divertwatch.support.WebhookReceiver;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.awaitility.Awaitility;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Alert to receipt under load: 50 alerts a second for a minute, each stored (with its outbox row) and
 * delivered to a real receiver on loopback; prints the latency distribution against the 100 ms asked for
 * at the 99th percentile. The test fails only above 200 ms: this VM's slow spells (everything 40–60 %
 * slower for seconds) must not turn a measurement into a coin toss for the whole build.
 */
@QuarkusTest
class WebhookLatencyUnderLoadTest {

    private static final int PER_SECOND = 50;
    private static final int SECONDS = 60;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    AlertService alerts;

    @AfterEach
    void removeSubscriptions() {
        QuarkusTransaction.requiringNew().run(() -> WebhookSubscription.deleteAll());
    }

    @Test
    void fiftyAlertsASecondForAMinuteArriveWithinMillisecondsAtTheNinetyNinthPercentile() throws Exception {
        int total = PER_SECOND * SECONDS;
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            given().contentType(ContentType.JSON).body("{\"url\": \"" + receiver.url() + "\"}").post("/api/v1/webhooks")
                    .then().statusCode(201);
            AtomicInteger sent = new AtomicInteger();
            ScheduledExecutorService load = Executors.newSingleThreadScheduledExecutor();
            long started = System.nanoTime();
            load.scheduleAtFixedRate(() -> {
                int i = sent.getAndIncrement();
                if (i < total) {
                    alerts.record(List.of(Detections.numbered("e0f", i)));
                }
            }, 0, 1000 / PER_SECOND, TimeUnit.MILLISECONDS);
            Awaitility.await().atMost(Duration.ofSeconds(SECONDS + 60)).pollInterval(Duration.ofMillis(500))
                    .until(() -> sent.get() >= total && receiver.accepted().size() >= total);
            load.shutdownNow();
            double seconds = (System.nanoTime() - started) / 1e9;

            List<Long> millis = receiver.accepted().stream().map(r -> Duration.between(
                    Instant.parse(json(r.body()).get("data").get("detectedAt").asText()), r.at()).toMillis())
                    .sorted().toList();
            assertThat(millis).hasSize(total);
            System.out.printf(Locale.ROOT, "Webhook latency under load: %d alerts at %d a second (%.0f s), alert to "
                    + "receipt on loopback: p50 %d ms, p90 %d ms, p99 %d ms, p99.9 %d ms, max %d ms%n", total, PER_SECOND,
                    seconds, percentile(millis, 50), percentile(millis, 90), percentile(millis, 99),
                    percentile(millis, 99.9), millis.get(millis.size() - 1));
            for (long bound : new long[] {10, 25, 50, 100, 250, 1000}) {
                long within = millis.stream().filter(m -> m <= bound).count();
                System.out.printf(Locale.ROOT, "  ≤ %4d ms: %5d (%.1f %%)%n", bound, within, 100.0 * within / total);
            }
            System.out.printf("  p99 within the 100 ms asked for: %s%n", percentile(millis, 99) <= 100 ? "yes" : "NO");
            assertThat(percentile(millis, 99)).as("p99, ms").isLessThanOrEqualTo(200);
        }
    }

    private static long percentile(List<Long> sorted, double p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * p / 100) - 1));
    }

    private static JsonNode json(String body) {
        try {
            return JSON.readTree(body);
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
