package io.divertwatch.alert;

import static io.divertwatch.support.Api.given;

import io.quarkus.test.junit.QuarkusTest;

import org.junit.jupiter.api.Test;

/** {@code /api/v1/alerts}: parameters validated, unknown alerts 404. */
@QuarkusTest
class AlertResourceTest {

    @Test
    void alertQueriesValidateTheirParameters() {
        given().get("/api/v1/alerts").then().statusCode(200);
        given().queryParam("type", "NOPE").get("/api/v1/alerts").then().statusCode(400)
                .contentType("application/problem+json");
        given().queryParam("icao24", "12").get("/api/v1/alerts").then().statusCode(400);
        given().queryParam("since", "yesterday").get("/api/v1/alerts").then().statusCode(400);
        given().queryParam("limit", 0).get("/api/v1/alerts").then().statusCode(400);
        given().get("/api/v1/alerts/999999").then().statusCode(404);
        given().post("/api/v1/alerts/999999/ack").then().statusCode(404);
    }
}
