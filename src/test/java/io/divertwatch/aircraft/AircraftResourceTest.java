package io.divertwatch.aircraft;

import static io.divertwatch.support.Api.given;

import io.quarkus.test.junit.QuarkusTest;

import org.junit.jupiter.api.Test;

/** {@code /api/v1/aircraft}: tracks of unknown aircraft and bad addresses. */
@QuarkusTest
class AircraftResourceTest {

    @Test
    void anUnknownAircraftHasNoTrackAndABadAddressIsRefused() {
        given().get("/api/v1/aircraft/abc123/track").then().statusCode(404).contentType("application/problem+json");
        given().get("/api/v1/aircraft/zz/track").then().statusCode(400).contentType("application/problem+json");
        given().get("/api/v1/aircraft").then().statusCode(200);
        given().queryParam("minutes", 0).get("/api/v1/aircraft").then().statusCode(400);
    }
}
