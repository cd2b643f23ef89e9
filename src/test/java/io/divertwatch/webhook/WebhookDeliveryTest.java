package io.divertwatch.webhook;

import static io.divertwatch.support.Api.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.standardwebhooks.Webhook;
import io.divertwatch.alert.Alert;
import io.divertwatch.alert.AlertService;
import io.divertwatch.support.Detections;
import io.divertwatch.support.WebhookReceiver;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** Delivery semantics against a real receiver on loopback: retries, give-ups, redirects, pings, formats. */
@QuarkusTest
@TestProfile(WebhookDeliveryTest.FastRetries.class)
class WebhookDeliveryTest {

    /** 25 attempts 50 ms apart: a receiver failing half of the time still gets everything. */
    public static class FastRetries implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            String delays = "0s," + IntStream.range(0, 24).mapToObj(i -> "50ms").collect(Collectors.joining(","));
            return Map.of("divertwatch.webhook.retry-delays", delays, "divertwatch.webhook.dispatch-interval", "0.2s",
                    "divertwatch.webhook.timeout", "2s");
        }
    }

    @Inject
    AlertService alerts;

    /** Subscriptions (and, by cascade, their deliveries) must not outlive a test: receivers close. */
    @org.junit.jupiter.api.AfterEach
    void removeSubscriptions() {
        QuarkusTransaction.requiringNew().run(() -> WebhookSubscription.deleteAll());
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private static long subscribe(String url, String extra) {
        return ((Number) given().contentType(ContentType.JSON).body("{\"url\": \"" + url + "\"" + extra + "}")
                .post("/api/v1/webhooks").then().statusCode(201).extract().path("id")).longValue();
    }

    private static String secretOf(String url) {
        return given().contentType(ContentType.JSON).body("{\"url\": \"" + url + "\"}").post("/api/v1/webhooks")
                .then().statusCode(201).extract().path("secret");
    }

    @Test
    void everyAlertArrivesThroughAReceiverThatFailsHalfTheTime() throws Exception {
        Random coin = new Random(20261126);
        try (WebhookReceiver receiver = new WebhookReceiver(n -> coin.nextBoolean() ? 204 : 500)) {
            String secret = secretOf(receiver.url());
            List<Alert> stored = alerts.record(Detections.distinct("a1b", 40));
            assertThat(stored).hasSize(40);

            Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> distinctAccepted(receiver).size() == 40);
            Webhook verifier = new Webhook(secret);
            for (WebhookReceiver.Received r : receiver.received()) {
                verifier.verify(r.body(), Map.of("webhook-id", List.of(r.header("webhook-id")),
                        "webhook-timestamp", List.of(r.header("webhook-timestamp")),
                        "webhook-signature", List.of(r.header("webhook-signature"))));
            }
            Set<String> ids = receiver.received().stream().map(r -> r.header("webhook-id")).collect(Collectors.toSet());
            // Duplicates are only retries: as many distinct ids as alerts, and each id carries one alert.
            assertThat(ids).hasSize(40);
            Map<String, Set<Object>> alertsPerId = receiver.received().stream().collect(Collectors.groupingBy(
                    r -> r.header("webhook-id"), Collectors.mapping(WebhookDeliveryTest::alertId, Collectors.toSet())));
            assertThat(alertsPerId.values()).allSatisfy(a -> assertThat(a).hasSize(1));
            System.out.printf("Failure test: %d alerts created, %d delivery attempts received, %d distinct webhook-ids"
                    + " accepted%n", stored.size(), receiver.received().size(), distinctAccepted(receiver).size());
        }
    }

    @Test
    void latencyFromAlertToReceiptOnLoopback() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            subscribe(receiver.url(), "");
            int count = 200;
            for (int i = 0; i < count; i++) {
                alerts.record(Detections.distinct(String.format("c%02x", i), 1));
            }
            Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> receiver.accepted().size() >= count);
            List<Long> millis = receiver.accepted().stream()
                    .filter(r -> json(r).get("data").get("icao24").asText().startsWith("c")).map(r -> Duration.between(
                    Instant.parse(json(r).get("data").get("detectedAt").asText()), r.at()).toMillis()).sorted().toList();
            System.out.printf("Alert-to-receipt latency on loopback over %d alerts: p50 %d ms, p99 %d ms%n",
                    millis.size(), millis.get(millis.size() / 2), millis.get((int) Math.ceil(millis.size() * 0.99) - 1));
            assertThat(receiver.accepted()).extracting(r -> r.header("webhook-id")).doesNotHaveDuplicates();
            assertThat(millis).hasSize(count);
        }
    }

    @Test
    void clientErrorsGiveUpGoneDisablesAndRedirectsAreNotFollowed() throws Exception {
        try (WebhookReceiver bad = new WebhookReceiver(n -> 400);
                WebhookReceiver gone = new WebhookReceiver(n -> 410);
                WebhookReceiver moved = new WebhookReceiver(n -> 302)) {
            long badId = subscribe(bad.url(), ", \"types\": [\"EMERGENCY_SQUAWK\"]");
            long goneId = subscribe(gone.url(), ", \"types\": [\"EMERGENCY_SQUAWK\"]");
            long movedId = subscribe(moved.url(), ", \"types\": [\"EMERGENCY_SQUAWK\"]");
            alerts.record(List.of(squawk()));

            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> status(badId).equals("failed")
                    && status(goneId).equals("failed") && status(movedId).equals("failed"));
            assertThat(bad.received()).hasSize(1);
            assertThat(gone.received()).hasSize(1);
            given().get("/api/v1/webhooks").then().body("find { it.id == " + goneId + " }.enabled",
                    org.hamcrest.Matchers.equalTo(false));
            // 3xx is retried (the receiver may be moving), never followed.
            assertThat(moved.received()).hasSize(25);
            assertThat(moved.redirectsFollowed()).isZero();
            given().get("/api/v1/webhooks/" + badId + "/deliveries").then()
                    .body("[0].attempts", org.hamcrest.Matchers.equalTo(1))
                    .body("[0].lastStatusCode", org.hamcrest.Matchers.equalTo(400));
        }
    }

    @Test
    void redeliveryKeepsTheWebhookId() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver(n -> n == 0 ? 400 : 204)) {
            long id = subscribe(receiver.url(), ", \"types\": [\"EMERGENCY_SQUAWK\"]");
            alerts.record(List.of(squawk()));
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> status(id).equals("failed"));
            long deliveryId = ((Number) given().get("/api/v1/webhooks/" + id + "/deliveries").then().extract()
                    .path("[0].id")).longValue();
            given().post("/api/v1/webhooks/" + id + "/deliveries/" + deliveryId + "/redeliver").then().statusCode(200)
                    .body("status", org.hamcrest.Matchers.equalTo("pending"));
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> status(id).equals("delivered"));
            assertThat(receiver.received()).extracting(r -> r.header("webhook-id")).hasSize(2).containsOnly(
                    receiver.received().get(0).header("webhook-id"));
        }
    }

    @Test
    void pingSendsASignedTestEvent() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            String secret = secretOf(receiver.url());
            long id = ((Number) given().get("/api/v1/webhooks").then().extract()
                    .path("find { it.url == '" + receiver.url() + "' }.id")).longValue();
            given().post("/api/v1/webhooks/" + id + "/ping").then().statusCode(200)
                    .body("delivered", org.hamcrest.Matchers.equalTo(true))
                    .body("statusCode", org.hamcrest.Matchers.equalTo(204));
            WebhookReceiver.Received r = receiver.received().get(0);
            new Webhook(secret).verify(r.body(), Map.of("webhook-id", List.of(r.header("webhook-id")),
                    "webhook-timestamp", List.of(r.header("webhook-timestamp")),
                    "webhook-signature", List.of(r.header("webhook-signature"))));
            assertThat(json(r).get("type").asText()).isEqualTo("io.divertwatch.ping");
        }
    }

    @Test
    void chatFormatsCarryTheSummaryAndALinkToTheMap() throws Exception {
        try (WebhookReceiver slack = new WebhookReceiver(); WebhookReceiver ntfy = new WebhookReceiver()) {
            subscribe(slack.url(), ", \"format\": \"slack\", \"types\": [\"EMERGENCY_SQUAWK\"]");
            subscribe(ntfy.url(), ", \"format\": \"ntfy\", \"types\": [\"EMERGENCY_SQUAWK\"]");
            alerts.record(List.of(squawk()));
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> !slack.received().isEmpty()
                    && !ntfy.received().isEmpty());
            String text = json(slack.received().get(0)).get("text").asText();
            assertThat(text).contains("EMERGENCY_SQUAWK").contains("squawking 7700").containsPattern("/map\\?alert=\\d+\\|map>");
            assertThat(slack.received().get(0).header("Content-Type")).startsWith("application/json");
            assertThat(ntfy.received().get(0).body()).contains("squawking 7700").containsPattern("/map\\?alert=\\d+");
            assertThat(ntfy.received().get(0).header("Content-Type")).startsWith("text/plain");
        }
    }

    private static int squawkCounter;

    private static io.divertwatch.detect.Detection squawk() {
        String icao = String.format("e7%04x", squawkCounter++);
        io.divertwatch.track.Fix fix = new io.divertwatch.track.Fix(1_700_000_000L + squawkCounter, 40, 125, 9000,
                false, 230, 90, 0, "7700", "test");
        return new io.divertwatch.detect.Detection(icao + "|1|EMERGENCY_SQUAWK|", io.divertwatch.detect.AlertType.EMERGENCY_SQUAWK,
                io.divertwatch.detect.Severity.CRITICAL, fix.time(), icao, "SQK1", 1L, null, List.of(), null, null, fix,
                "SQK1 (" + icao + ") is squawking 7700: general emergency.", List.of(fix), null, null, null);
    }

    private static String status(long subscriptionId) {
        List<String> statuses = given().get("/api/v1/webhooks/" + subscriptionId + "/deliveries").then().extract()
                .path("status");
        return statuses.isEmpty() ? "none" : statuses.get(0);
    }

    private static Set<String> distinctAccepted(WebhookReceiver receiver) {
        return Collections.unmodifiableSet(receiver.accepted().stream().map(r -> r.header("webhook-id"))
                .collect(Collectors.toSet()));
    }

    private static com.fasterxml.jackson.databind.JsonNode json(WebhookReceiver.Received r) {
        try {
            return JSON.readTree(r.body());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** The alert an event carries; every event also links to the alert's map view. */
    private static Object alertId(WebhookReceiver.Received r) {
        long id = json(r).get("data").get("id").asLong();
        assertThat(json(r).get("mapurl").asText()).endsWith("/map?alert=" + id);
        return id;
    }
}
