package io.divertwatch.webhook;

import static io.divertwatch.support.Api.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.divertwatch.support.WebhookReceiver;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** With the production default (no private targets), internal addresses are refused at every step. */
@QuarkusTest
@TestProfile(WebhookTargetGuardApiTest.PublicOnly.class)
class WebhookTargetGuardApiTest {

    public static class PublicOnly implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("divertwatch.webhook.allow-private-targets", "false");
        }
    }

    @Inject
    WebhookSender sender;

    @Test
    void subscriptionsToInternalAddressesAreRefused() {
        int before = given().get("/api/v1/webhooks").then().extract().path("size()");
        for (String url : List.of("http://127.0.0.1:8080/x", "http://10.0.0.1/hook", "http://169.254.169.254/latest/meta-data/",
                "http://[::1]/hook", "http://localhost/hook", "http://100.64.1.1/hook", "http://[::ffff:10.0.0.1]/",
                "http://0.0.0.0/", "http://192.168.1.10/", "http://[2002:7f00:1::]/",
                "http://[2001:0:4136:e378:8000:63bf:80ff:fffe]/", "http://[::ffff:0:7f00:1]/", "http://198.51.100.1/",
                "http://203.0.113.1/", "http://[2001:db8::1]/", "http://192.88.99.1/")) {
            given().contentType(ContentType.JSON).body("{\"url\": \"" + url + "\"}").post("/api/v1/webhooks").then()
                    .statusCode(400).contentType("application/problem+json").body("detail", containsString("address"));
        }
        given().get("/api/v1/webhooks").then().body("size()", org.hamcrest.Matchers.equalTo(before));
    }

    @Test
    void aPublicAddressNextToASpecialBlockIsAccepted() {
        int id = given().contentType(ContentType.JSON).body("{\"url\": \"https://192.0.78.9/hook\"}")
                .post("/api/v1/webhooks").then().statusCode(201).extract().path("id");
        given().delete("/api/v1/webhooks/" + id).then().statusCode(204);
    }

    @Test
    void theGuardIsAppliedAgainAtSendTime() throws Exception {
        // A subscription stored earlier (or a DNS answer that changed) must still not reach loopback.
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            WebhookSender.Result result = sender.send(receiver.url(), WebhookFormat.CLOUDEVENTS,
                    WebhookSigner.newSecret(), "msg_test", "{}");
            assertThat(result.delivered()).isFalse();
            assertThat(result.retryable()).isFalse();
            assertThat(result.error()).contains("loopback");
            assertThat(receiver.received()).isEmpty();
        }
    }
}
