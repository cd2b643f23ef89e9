package io.divertwatch.alert;

import static io.divertwatch.support.Api.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.divertwatch.detect.Clearance;
import io.divertwatch.detect.Detection;
import io.divertwatch.support.Detections;
import io.divertwatch.support.RestartablePostgresResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * The database goes away (a PostgreSQL outage, a fail-over) while the engines find things: what they
 * find is stored, in order, when it is back, and a batch that can never be stored holds up nothing.
 */
@QuarkusTest
@TestProfile(DatabaseOutageTest.Outage.class)
class DatabaseOutageTest {

    public static class Outage implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.db-kind", "postgresql", "divertwatch.alerts.retry-every", "1s",
                    "quarkus.datasource.jdbc.acquisition-timeout", "2S");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(RestartablePostgresResource.class));
        }
    }

    @Inject
    AlertRecorder recorder;

    @Test
    void whatIsFoundWhileTheDatabaseIsDownIsStoredInOrderWhenItIsBack() throws Exception {
        List<Detection> found = Detections.distinct("b01", 2);
        recorder.record(List.of(found.get(0)));
        long before = alertId(found.get(0));

        RestartablePostgresResource.stopServer();
        try {
            recorder.record(List.of(found.get(1)));
            recorder.resolve(List.of(landed(found.get(0)), landed(found.get(1))));
            assertThat(recorder.waiting()).isEqualTo(2);
            assertThat(backlogMetric()).isEqualTo("2.0");
        } finally {
            RestartablePostgresResource.startServer();
        }

        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> recorder.waiting() == 0);
        given().get("/api/v1/alerts/" + before).then().statusCode(200).body("status", equalTo("resolved"));
        // Stored before its resolution, though both waited: the resolution found it.
        given().get("/api/v1/alerts/" + alertId(found.get(1))).then().statusCode(200)
                .body("status", equalTo("resolved")).body("resolution", equalTo("landed at UUEE as planned"));
        assertThat(backlogMetric()).isEqualTo("0.0");
    }

    @Test
    void aBatchTheDatabaseCanNeverTakeIsGivenUpAndHoldsUpNothing() {
        Detection good = Detections.numbered("b02", 0);
        Detection unstorable = new Detection(good.key() + "|bad", null, good.severity(), good.time(), good.icao24(),
                null, null, null, List.of(), null, null, good.position(), "no type", List.of(), null, null, null);
        recorder.record(List.of(unstorable));
        recorder.record(List.of(good));

        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> recorder.waiting() == 0);
        assertThat(alertId(good)).isPositive();
    }

    private static long alertId(Detection d) {
        List<Integer> ids = given().queryParam("icao24", d.icao24()).get("/api/v1/alerts").then().statusCode(200)
                .extract().jsonPath().getList("id");
        assertThat(ids).as("alerts of %s", d.icao24()).hasSize(1);
        return ids.get(0);
    }

    private static Clearance landed(Detection d) {
        return new Clearance(d.key(), d.type(), d.time() + 600, d.icao24(), d.position(), "landed at UUEE as planned");
    }

    private static String backlogMetric() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString().lines()
                .filter(l -> l.startsWith("divertwatch_alert_backlog ")).map(l -> l.split(" ")[1]).findFirst()
                .orElse("absent");
    }
}
