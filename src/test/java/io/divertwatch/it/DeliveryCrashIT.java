package io.divertwatch.it;

import static io.divertwatch.support.Api.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.standardwebhooks.Webhook;
import io.divertwatch.support.Api;
import io.divertwatch.support.WebhookReceiver;
import io.restassured.http.ContentType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * {@code kill -9} of the packaged service while alerts are being delivered to a failing receiver,
 * then a restart: every alert still arrives, once per webhook-id.
 */
class DeliveryCrashIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void nothingIsLostWhenTheServiceIsKilledMidDelivery() throws Exception {
        Path dir = Files.createTempDirectory("divertwatch-crash");
        // The default database (H2 under ./data) in a fresh working directory, as a user runs it.
        Map<String, String> common = new HashMap<>(Map.of(
                "divertwatch.airports.source", dir.resolve("no-airports.csv").toString(),
                "divertwatch.webhook.allow-private-targets", "true",
                "divertwatch.auth.admin-key", Api.ADMIN_KEY,
                "divertwatch.webhook.timeout", "2s",
                "divertwatch.webhook.retry-delays",
                "0s," + IntStream.range(0, 40).mapToObj(i -> "1s").collect(Collectors.joining(","))));

        try (WebhookReceiver receiver = new WebhookReceiver(n -> 503)) {
            String secret;
            Map<String, String> quiet = new HashMap<>(common);
            quiet.put("divertwatch.source", "none");
            try (PackagedService first = new PackagedService(dir, "run1.log", quiet)) {
                secret = given().baseUri(first.baseUrl).contentType(ContentType.JSON)
                        .body("{\"url\": \"" + receiver.url() + "\"}").post("/api/v1/webhooks").then().statusCode(201)
                        .extract().path("secret");
            }

            // The demo replays fast; its alerts pile up undelivered against the failing receiver, then: kill -9.
            Map<String, String> replay = new HashMap<>(common);
            replay.put("divertwatch.source", "replay");
            replay.put("divertwatch.replay.speed", "400");
            PackagedService second = new PackagedService(dir, "run2.log", replay);
            Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> alertCount(second) >= 3
                    && receiver.received().size() >= 3);
            second.kill9();
            int attemptsBeforeCrash = receiver.received().size();

            receiver.answer(n -> 204);
            try (PackagedService third = new PackagedService(dir, "run3.log", quiet)) {
                int alerts = alertCount(third);
                assertThat(alerts).isGreaterThanOrEqualTo(3);
                Awaitility.await().atMost(Duration.ofSeconds(90)).until(() -> acceptedIds(receiver).size() >= alerts);

                Webhook verifier = new Webhook(secret);
                for (WebhookReceiver.Received r : receiver.received()) {
                    verifier.verify(r.body(), Map.of("webhook-id", List.of(r.header("webhook-id")), "webhook-timestamp",
                            List.of(r.header("webhook-timestamp")), "webhook-signature", List.of(r.header("webhook-signature"))));
                }
                Map<Long, Set<String>> idsPerAlert = receiver.received().stream().collect(Collectors.groupingBy(
                        r -> alertId(r), Collectors.mapping(r -> r.header("webhook-id"), Collectors.toSet())));
                assertThat(idsPerAlert).hasSize(alerts);
                assertThat(idsPerAlert.values()).allSatisfy(ids -> assertThat(ids).hasSize(1));
                assertThat(acceptedIds(receiver)).hasSize(alerts);
                System.out.printf("Crash test: %d alerts created, %d delivery attempts (%d before kill -9),"
                        + " %d distinct webhook-ids received and accepted%n", alerts, receiver.received().size(),
                        attemptsBeforeCrash, acceptedIds(receiver).size());
            }
        }
    }

    private static int alertCount(PackagedService service) {
        return given().baseUri(service.baseUrl).get("/api/v1/alerts").then().statusCode(200).extract().path("size()");
    }

    private static Set<String> acceptedIds(WebhookReceiver receiver) {
        return receiver.accepted().stream().map(r -> r.header("webhook-id")).collect(Collectors.toSet());
    }

    private static long alertId(WebhookReceiver.Received r) {
        try {
            return JSON.readTree(r.body()).get("data").get("id").asLong();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
