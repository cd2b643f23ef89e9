package io.divertwatch.webhook;

import static io.divertwatch.support.Api.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
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
}
