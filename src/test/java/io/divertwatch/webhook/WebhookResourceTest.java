package io.divertwatch.webhook;

import static io.divertwatch.support.Api.anonymous;
import static io.divertwatch.support.Api.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;

import org.junit.jupiter.api.Test;

/** {@code /api/v1/webhooks}: the secret shown once, bad subscriptions refused. */
@QuarkusTest
class WebhookResourceTest {

    @Test
    void webhooksShowTheSecretOnceAndRefuseBadInput() {
        int id = given().contentType(ContentType.JSON)
                .body("{\"url\": \"http://127.0.0.1:9/hook\", \"types\": [\"diverted\"]}").post("/api/v1/webhooks")
                .then().statusCode(201).body("secret", startsWith("whsec_")).body("format", equalTo("cloudevents"))
                .body("types", hasItem("DIVERTED")).extract().path("id");
        given().get("/api/v1/webhooks").then().statusCode(200)
                .body("find { it.id == " + id + " }.secret", nullValue());
        given().get("/api/v1/webhooks/" + id + "/deliveries").then().statusCode(200);
        given().contentType(ContentType.JSON).body("{\"url\": \"ftp://example.org\"}").post("/api/v1/webhooks").then()
                .statusCode(400);
        given().contentType(ContentType.JSON).body("{\"url\": \"http://127.0.0.1:9/\", \"format\": \"fax\"}")
                .post("/api/v1/webhooks").then().statusCode(400);
        given().contentType(ContentType.JSON).body("{\"url\": \"http://127.0.0.1:9/\", \"types\": [\"NOPE\"]}")
                .post("/api/v1/webhooks").then().statusCode(400);
        given().delete("/api/v1/webhooks/" + id).then().statusCode(204);
    }

    @Test
    void subscriptionsNeedAKeyEvenWhenReadsAreOpenAndViewersSeeOnlyWhereUrlsGo() {
        String url = "http://127.0.0.1:9/services/T000/B000/secret-token?key=also-secret";
        int id = given().contentType(ContentType.JSON).body("{\"url\": \"" + url + "\"}").post("/api/v1/webhooks")
                .then().statusCode(201).extract().path("id");
        anonymous().get("/api/v1/webhooks").then().statusCode(401).contentType("application/problem+json");
        anonymous().get("/api/v1/webhooks/" + id + "/deliveries").then().statusCode(401);
        String viewer = given().contentType(ContentType.JSON).body("{\"name\": \"reader\", \"role\": \"viewer\"}")
                .post("/api/v1/api-keys").then().statusCode(201).extract().path("key");

        String seenByViewer = RestAssured.given().header("Authorization", "Bearer " + viewer).get("/api/v1/webhooks")
                .then().statusCode(200).extract().path("find { it.id == " + id + " }.url");
        String seenByEditor = given().get("/api/v1/webhooks").then().extract().path("find { it.id == " + id + " }.url");

        assertThat(seenByViewer).isEqualTo("http://127.0.0.1");
        assertThat(seenByEditor).isEqualTo(url);
        given().delete("/api/v1/webhooks/" + id).then().statusCode(204);
    }

    /** A subscription stored before ports were validated: its attempts fail with the reason, none stays pending. */
    @Test
    void aStoredTargetNoAttemptCanReachFailsItsAttemptsWithTheReason() {
        long id = QuarkusTransaction.requiringNew().call(() -> {
            WebhookSubscription s = new WebhookSubscription();
            s.url = "https://8.8.8.8:99999/x";
            s.secret = WebhookSigner.newSecret();
            s.format = WebhookFormat.CLOUDEVENTS.label();
            s.enabled = true;
            s.createdAt = java.time.Instant.now();
            s.persist();
            return s.id;
        });
        given().post("/api/v1/webhooks/" + id + "/ping").then().statusCode(200).body("delivered", equalTo(false))
                .body("error", containsString("port"));
        given().delete("/api/v1/webhooks/" + id).then().statusCode(204);
    }
}
