package io.divertwatch.watch;

import static io.divertwatch.support.Api.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import org.junit.jupiter.api.Test;

/** {@code /api/v1/watched-airports}: the shipped North Korean airports, adding, refusing and removing. */
@QuarkusTest
class WatchedAirportResourceTest {

    @Test
    void watchedAirportsHaveTheNorthKoreanDefaultsAndCanBeEdited() {
        given().get("/api/v1/watched-airports").then().statusCode(200)
                .body("find { it.icao == 'ZKPY' }.anyAircraft", equalTo(true))
                .body("find { it.icao == 'ZKPY' }.radiusKm", equalTo(100.0f));
        given().contentType(ContentType.JSON).body("{\"icao\": \"uhww\", \"radiusKm\": 50, \"note\": \"port\"}")
                .post("/api/v1/watched-airports").then().statusCode(201).body("icao", equalTo("UHWW"))
                .body("anyAircraft", equalTo(false)).body("name", containsString("Vladivostok"));
        given().contentType(ContentType.JSON).body("{\"icao\": \"NOPE1\"}").post("/api/v1/watched-airports").then()
                .statusCode(400).contentType("application/problem+json").body("detail", containsString("NOPE1"));
        given().delete("/api/v1/watched-airports/UHWW").then().statusCode(204);
        given().delete("/api/v1/watched-airports/UHWW").then().statusCode(404);
    }
}
