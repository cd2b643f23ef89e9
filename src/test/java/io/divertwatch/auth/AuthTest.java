package io.divertwatch.auth;

import static io.divertwatch.support.Api.anonymous;
import static io.divertwatch.support.Api.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import org.junit.jupiter.api.Test;

@QuarkusTest
class AuthTest {

    private static final String WATCH = "{\"icao24\": \"abcdef\", \"label\": \"auth test\"}";

    private static RequestSpecification as(String key) {
        return RestAssured.given().header("Authorization", "Bearer " + key);
    }

    private static String issue(String name, String role) {
        return given().contentType(ContentType.JSON).body("{\"name\": \"" + name + "\", \"role\": \"" + role + "\"}")
                .post("/api/v1/api-keys").then().statusCode(201).body("role", equalTo(role))
                .body("key", startsWith("dwk_")).extract().path("key");
    }

    @Test
    void readsAreOpenAndWritesNeedAKey() {
        anonymous().get("/api/v1/watches").then().statusCode(200);
        anonymous().contentType(ContentType.JSON).body(WATCH).post("/api/v1/watches").then().statusCode(401)
                .contentType("application/problem+json").header("WWW-Authenticate", "Bearer")
                .body("detail", containsString("Authorization: Bearer"));
        as("dwk_not-a-key").contentType(ContentType.JSON).body(WATCH).post("/api/v1/watches").then().statusCode(401)
                .contentType("application/problem+json").body("detail", containsString("not valid"));
        for (String write : new String[] {"/api/v1/watched-airports", "/api/v1/geofences", "/api/v1/webhooks"}) {
            anonymous().contentType(ContentType.JSON).body("{}").post(write).then().statusCode(401);
        }
        anonymous().post("/api/v1/alerts/1/ack").then().statusCode(401);
        anonymous().post("/api/v1/alerts/1/resolve").then().statusCode(401);
        anonymous().delete("/api/v1/watches/1").then().statusCode(401);
    }

    @Test
    void rolesDecideWhatAKeyMayDo() {
        String viewer = issue("reader", "viewer");
        String editor = issue("analyst", "editor");

        as(viewer).get("/api/v1/watches").then().statusCode(200);
        as(viewer).contentType(ContentType.JSON).body(WATCH).post("/api/v1/watches").then().statusCode(403)
                .contentType("application/problem+json").body("status", equalTo(403));
        int id = as(editor).contentType(ContentType.JSON).body(WATCH).post("/api/v1/watches").then().statusCode(201)
                .extract().path("id");
        as(editor).delete("/api/v1/watches/" + id).then().statusCode(204);
        as(editor).get("/api/v1/api-keys").then().statusCode(403);
        anonymous().get("/api/v1/api-keys").then().statusCode(401);
    }

    @Test
    void keysAreShownOnceStoredHashedAndRevocable() {
        String key = issue("temporary", "editor");
        given().get("/api/v1/api-keys").then().statusCode(200).body("key", everyItem(nullValue()))
                .body("find { it.name == 'temporary' }.prefix", equalTo(key.substring(0, 8)));
        ApiKey stored = QuarkusTransaction.requiringNew().call(() -> ApiKey.<ApiKey>find("name", "temporary").firstResult());
        assertThat(stored.keyHash).isEqualTo(ApiKeys.hash(key)).doesNotContain(key.substring(4));

        int watch = as(key).contentType(ContentType.JSON).body(WATCH).post("/api/v1/watches").then().statusCode(201)
                .extract().path("id");
        as(key).delete("/api/v1/watches/" + watch).then().statusCode(204);
        given().delete("/api/v1/api-keys/" + stored.id).then().statusCode(204);
        as(key).contentType(ContentType.JSON).body(WATCH).post("/api/v1/watches").then().statusCode(401);
    }

    @Test
    void badKeyRequestsAreRefusedAndTheLastAdminKeyStays() {
        given().contentType(ContentType.JSON).body("{\"name\": \"x\", \"role\": \"root\"}").post("/api/v1/api-keys")
                .then().statusCode(400).body("detail", containsString("viewer, editor or admin"));
        given().contentType(ContentType.JSON).body("{\"role\": \"viewer\"}").post("/api/v1/api-keys").then()
                .statusCode(400);
        long bootstrap = QuarkusTransaction.requiringNew().call(
                () -> ApiKey.<ApiKey>find("name", ApiKeys.BOOTSTRAP_NAME).firstResult().id);
        given().delete("/api/v1/api-keys/" + bootstrap).then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void theOpenApiDocumentDeclaresTheBearerScheme() {
        anonymous().get("/q/openapi?format=json").then().statusCode(200)
                .body("components.securitySchemes.apiKey.scheme", equalTo("bearer"))
                .body("components.securitySchemes.apiKey.type", equalTo("http"));
    }
}
