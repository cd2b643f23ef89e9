package io.divertwatch.watch;

import static io.divertwatch.support.Api.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import org.junit.jupiter.api.Test;

/** {@code /api/v1/watches}: the lifecycle of a watch, and bad input refused without a change. */
@QuarkusTest
class WatchResourceTest {

    @Test
    void watchLifecycle() {
        int id = given().contentType(ContentType.JSON).body("""
                {"icao24": "ABC123", "label": "cargo", "route": {"origin": "ZSPD", "destination": "UUEE", "via": ["ZBAA"]}}""")
                .post("/api/v1/watches").then().statusCode(201)
                .header("Location", containsString("/api/v1/watches/"))
                .body("icao24", equalTo("abc123")).body("route.via", hasItem("ZBAA"))
                .body("corridorKm", equalTo(150.0f)).extract().path("id");
        given().get("/api/v1/watches/" + id).then().statusCode(200).body("label", equalTo("cargo"));
        given().contentType(ContentType.JSON).body("{\"callsign\": \"ccA123\", \"corridorKm\": 80}")
                .put("/api/v1/watches/" + id).then().statusCode(200)
                .body("callsign", equalTo("CCA123")).body("route", nullValue()).body("corridorKm", equalTo(80.0f));
        given().delete("/api/v1/watches/" + id).then().statusCode(204);
        given().get("/api/v1/watches/" + id).then().statusCode(404)
                .contentType("application/problem+json").body("status", equalTo(404));
    }

    @Test
    void badWatchesAreRefusedWithProblemDetailsAndChangeNothing() {
        int before = given().get("/api/v1/watches").then().extract().path("size()");
        for (String body : new String[] { "{}", "{\"icao24\": \"xyz\"}", "{\"icao24\": \"abc123\", \"route\": {\"destination\": \"NOPE\"}}",
                "{\"icao24\": \"abc123\", \"route\": {\"origin\": \"ZSPD\"}}", "{\"icao24\": \"abc123\", \"corridorKm\": -1}",
                "{not json" }) {
            given().contentType(ContentType.JSON).body(body).post("/api/v1/watches").then().statusCode(400)
                    .contentType("application/problem+json").body("status", equalTo(400))
                    .body("title", notNullValue()).body("detail", notNullValue());
        }
        given().get("/api/v1/watches").then().body("size()", equalTo(before));
    }
}
