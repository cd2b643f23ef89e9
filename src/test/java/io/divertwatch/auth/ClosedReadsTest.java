package io.divertwatch.auth;

import static io.divertwatch.support.Api.anonymous;
import static io.divertwatch.support.Api.given;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

import java.util.Map;

import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(ClosedReadsTest.ClosedReads.class)
class ClosedReadsTest {

    public static class ClosedReads implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("divertwatch.auth.open-reads", "false");
        }
    }

    @Test
    void withClosedReadsEveryReadNeedsAKey() {
        anonymous().get("/api/v1/alerts").then().statusCode(401).contentType("application/problem+json");
        anonymous().get("/api/v1/watches").then().statusCode(401);
        given().get("/api/v1/alerts").then().statusCode(200);
        anonymous().get("/q/health/ready").then().statusCode(200);
    }
}
