package io.divertwatch.health;

import static io.divertwatch.support.Api.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;

import org.junit.jupiter.api.Test;

/** What operators scrape and probe: health, metrics and the OpenAPI document. */
@QuarkusTest
class OperationsEndpointsTest {

    @Test
    void healthMetricsAndTheOpenApiDocumentAnswer() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/live").then().statusCode(200);
        given().get("/q/health/started").then().statusCode(200);
        given().get("/q/openapi").then().statusCode(200).body(containsString("/api/v1/analyses"));
        given().get("/q/metrics").then().statusCode(200).body(containsString("divertwatch_webhook_queue_depth"));
    }
}
