package io.divertwatch.webhook;

import static io.divertwatch.support.Api.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.divertwatch.alert.AlertService;
import io.divertwatch.support.Detections;
import io.divertwatch.support.WebhookReceiver;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;

import java.time.Duration;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** A subscription whose receiver keeps failing is disabled after the configured time, visibly. */
@QuarkusTest
@TestProfile(WebhookDisableTest.ShortPatience.class)
class WebhookDisableTest {

    public static class ShortPatience implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("divertwatch.webhook.disable-after", "2s", "divertwatch.webhook.dispatch-interval", "0.2s",
                    "divertwatch.webhook.retry-delays", "0s,300ms,300ms,300ms,300ms,300ms,300ms,300ms,300ms,300ms,300ms,300ms");
        }
    }

    @Inject
    AlertService alerts;

    @Test
    void aReceiverFailingLongerThanAllowedGetsItsSubscriptionDisabled() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver(n -> 503)) {
            int id = given().contentType(ContentType.JSON).body("{\"url\": \"" + receiver.url() + "\"}")
                    .post("/api/v1/webhooks").then().statusCode(201).extract().path("id");
            alerts.record(Detections.distinct("d15", 3));

            Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> Boolean.FALSE.equals(
                    given().get("/api/v1/webhooks").then().extract().path("find { it.id == " + id + " }.enabled")));
            given().get("/api/v1/webhooks").then()
                    .body("find { it.id == " + id + " }.disabledReason", containsString("failed since"))
                    .body("find { it.id == " + id + " }.failingSince", notNullValue());
            given().get("/q/metrics").then().body(containsString("divertwatch_webhook_subscriptions_disabled_total"));
            // Remaining deliveries are given up rather than sent to a disabled subscription.
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> given().get("/api/v1/webhooks/" + id
                    + "/deliveries").then().extract().<java.util.List<String>>path("status").stream()
                    .allMatch("failed"::equals));

            receiver.answer(n -> 204);
            given().post("/api/v1/webhooks/" + id + "/enable").then().statusCode(200).body("enabled", equalTo(true));
            given().post("/api/v1/webhooks/" + id + "/ping").then().statusCode(200).body("delivered", equalTo(true));
        }
    }
}
