package io.divertwatch.alert;

import static io.divertwatch.support.Api.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.divertwatch.detect.Clearance;
import io.divertwatch.detect.Detection;
import io.divertwatch.support.Detections;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

/** {@code /api/v1/alerts}: parameters validated, unknown alerts 404, statuses and resolving by hand. */
@QuarkusTest
class AlertResourceTest {

    @Inject
    AlertService alerts;

    @Test
    void alertQueriesValidateTheirParameters() {
        given().get("/api/v1/alerts").then().statusCode(200);
        given().queryParam("type", "NOPE").get("/api/v1/alerts").then().statusCode(400)
                .contentType("application/problem+json");
        given().queryParam("icao24", "12").get("/api/v1/alerts").then().statusCode(400);
        given().queryParam("since", "yesterday").get("/api/v1/alerts").then().statusCode(400);
        given().queryParam("limit", 0).get("/api/v1/alerts").then().statusCode(400);
        given().queryParam("status", "closed").get("/api/v1/alerts").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("open, acknowledged, resolved"));
        given().get("/api/v1/alerts/999999").then().statusCode(404);
        given().post("/api/v1/alerts/999999/ack").then().statusCode(404);
        given().post("/api/v1/alerts/999999/resolve").then().statusCode(404);
    }

    @Test
    void anAlertIsOpenThenAcknowledgedThenResolvedByHandWithWhoAndWhy() {
        long id = alerts.record(Detections.distinct("a71", 1)).get(0).id;
        given().get("/api/v1/alerts/" + id).then().statusCode(200).body("status", equalTo("open"))
                .body("resolvedAt", nullValue());
        assertThat(idsWithStatus("open")).contains(id);

        given().post("/api/v1/alerts/" + id + "/ack").then().statusCode(200).body("status", equalTo("acknowledged"));
        assertThat(idsWithStatus("open")).doesNotContain(id);
        assertThat(idsWithStatus("acknowledged")).contains(id);

        given().contentType(ContentType.JSON).body("{\"reason\": \"bad line\u0007\"}").post("/api/v1/alerts/" + id
                + "/resolve").then().statusCode(400);
        given().contentType(ContentType.JSON).body("{\"reason\": \"confirmed with the operator: a ferry flight\"}")
                .post("/api/v1/alerts/" + id + "/resolve").then().statusCode(200).body("status", equalTo("resolved"))
                .body("resolvedBy", equalTo("bootstrap admin")).body("resolution", equalTo("confirmed with the operator: a ferry flight"));
        // Resolving again changes nothing: who and why stay.
        given().post("/api/v1/alerts/" + id + "/resolve").then().statusCode(200)
                .body("resolution", equalTo("confirmed with the operator: a ferry flight"));
        assertThat(idsWithStatus("resolved")).contains(id);
        assertThat(idsWithStatus("acknowledged")).doesNotContain(id);
    }

    @Test
    void theEngineResolvesByIncidentKeyAndOnlyOnce() {
        Detection d = Detections.distinct("a72", 1).get(0);
        long id = alerts.record(List.of(d)).get(0).id;
        Clearance clearance = landedAsPlanned(d);

        assertThat(alerts.resolve(List.of(clearance))).hasSize(1);
        assertThat(alerts.resolve(List.of(clearance))).isEmpty();
        given().get("/api/v1/alerts/" + id).then().statusCode(200).body("status", equalTo("resolved"))
                .body("resolvedBy", equalTo("engine")).body("resolution", equalTo("landed at UUEE as planned"))
                .body("resolvedAt", equalTo(java.time.Instant.ofEpochSecond(d.time() + 600).toString()));
    }

    /** An analyst's acknowledgement committed after the engine resolved the alert does not reopen it. */
    @Test
    void anAcknowledgementCommittedAfterTheEngineResolvedDoesNotUndoIt() {
        Detection d = Detections.distinct("a73", 1).get(0);
        long id = alerts.record(List.of(d)).get(0).id;
        Clearance clearance = landedAsPlanned(d);
        QuarkusTransaction.requiringNew().run(() -> {
            Alert read = Alert.findById(id);
            assertThat(CompletableFuture.supplyAsync(() -> alerts.resolve(List.of(clearance))).join()).hasSize(1);
            read.acknowledgedAt = Instant.now();
        });
        given().get("/api/v1/alerts/" + id).then().statusCode(200).body("status", equalTo("resolved"))
                .body("resolvedBy", equalTo("engine")).body("acknowledgedAt", notNullValue());
    }

    /** What the engine reports when the detection's aircraft lands at its destination ten minutes later. */
    private static Clearance landedAsPlanned(Detection d) {
        return new Clearance(d.key(), d.type(), d.time() + 600, d.icao24(), d.position(), "landed at UUEE as planned");
    }

    private static List<Long> idsWithStatus(String status) {
        return given().queryParam("status", status).queryParam("limit", 500).get("/api/v1/alerts").then()
                .statusCode(200).extract().jsonPath().getList("id", Long.class);
    }
}
