package io.divertwatch.poll;

import static io.divertwatch.support.Api.anonymous;
import static io.divertwatch.support.Api.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.divertwatch.source.opensky.OpenSkyClientTest;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import org.junit.jupiter.api.Test;

/** {@code /api/v1/sources}: each enabled feed with its budget, readable by viewers. */
@QuarkusTest
@TestProfile(OpenSkyClientTest.WithCredentials.class)
class SourcesResourceTest {

    @Test
    void eachEnabledFeedIsListedWithItsBudget() {
        given().get("/api/v1/sources").then().statusCode(200).body("", hasSize(1))
                .body("[0].name", equalTo("opensky")).body("[0].creditsLeft", equalTo(4000));
        anonymous().get("/api/v1/sources").then().statusCode(200);
    }
}
