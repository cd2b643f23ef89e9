package io.divertwatch.vessel;

import static io.divertwatch.support.Api.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.divertwatch.vessel.feed.SyntheticShuttle;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.awaitility.Awaitility;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The service with all three AIS feeds at once, each against a stand-in on a real socket: the bundled
 * demo's simulated shuttle played back (Najin named as its likely call), a receiver's NMEA over TCP,
 * and an aisstream.io websocket sending a vessel stopped at Najin.
 */
@QuarkusTest
@TestProfile(LiveAisFeedsTest.Feeds.class)
class LiveAisFeedsTest {

    public static class Feeds implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.jdbc.url", "jdbc:h2:mem:seafeeds;DB_CLOSE_DELAY=-1");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(AisStandIns.class));
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theDemoShuttlesTwoDaysOfSilenceAreExplainedByACallAtNajin() {
        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given()
                .get("/api/v1/alerts?mmsi=" + SyntheticShuttle.MMSI).then().statusCode(200)
                .body("type", hasItems("PORT_CALL", "AIS_GAP", "POSSIBLE_UNDECLARED_PORT_CALL")));
        given().get("/api/v1/alerts?mmsi=" + SyntheticShuttle.MMSI + "&type=POSSIBLE_UNDECLARED_PORT_CALL").then()
                .body("[0].portCandidates[0].name", equalTo("Najin (Rajin)"))
                .body("[0].vesselName", equalTo(SyntheticShuttle.NAME))
                .body("[0].summary", containsString("Najin"));
        // The demo's vessel is watched, and says it is simulated.
        given().get("/api/v1/vessel-watches").then().body("find { it.mmsi == " + SyntheticShuttle.MMSI + " }.label",
                containsString("simulated"));
    }

    @Test
    void aReceiversNmeaStreamAndTheAisstreamWebsocketAreReadAndCounted() throws Exception {
        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().get("/api/v1/ais-feeds").then()
                .statusCode(200).body("find { it.name == 'nmea' }.messages", greaterThan(30))
                .body("find { it.name == 'aisstream' }.messages", greaterThan(10))
                .body("find { it.name == 'nmea' }.connected", equalTo(true))
                .body("find { it.name == 'aisstream' }.connected", equalTo(true)));

        // The stand-in's vessel lay stopped inside Najin: a call at a watched port alerts for any vessel.
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given()
                .get("/api/v1/alerts?mmsi=" + AisStandIns.AT_NAJIN).then()
                .body("type", hasItem("PORT_CALL")).body("[0].port", equalTo("Najin (Rajin) (North Korea)"))
                .body("[0].vesselName", equalTo("STAND-IN CARGO")).body("[0].imo", equalTo(9179842)));
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/api/v1/vessels").then()
                .body("mmsi", hasItem(AisStandIns.AT_NAJIN)));

        // The subscription carried the key, and boxes around the watched ports (Najin among them).
        JsonNode subscription = JSON.readTree(AisStandIns.SUBSCRIPTIONS.get(0));
        assertThat(subscription.path("APIKey").asText()).isEqualTo("stand-in-key-51c9");
        assertThat(subscription.path("BoundingBoxes")).anySatisfy(box -> {
            assertThat(box.get(0).get(0).asDouble()).isLessThan(42.2333);
            assertThat(box.get(1).get(0).asDouble()).isGreaterThan(42.2333);
            assertThat(box.get(0).get(1).asDouble()).isLessThan(130.30);
            assertThat(box.get(1).get(1).asDouble()).isGreaterThan(130.30);
        });

        String metrics = given().header("Accept", "text/plain; version=0.0.4").get("/q/metrics").then()
                .statusCode(200).extract().asString();
        assertThat(metrics).containsPattern("divertwatch_ais_messages_total\\{outcome=\"decoded\",source=\"nmea\",?\\} [1-9]")
                .containsPattern("divertwatch_ais_messages_total\\{outcome=\"decoded\",source=\"aisstream\",?\\} [1-9]")
                .containsPattern("divertwatch_ais_feed_connected\\{source=\"aisstream\",?\\} 1.0")
                .containsPattern("divertwatch_tracked_vessels [1-9]");
        // The key never reaches the metrics or the feed status.
        assertThat(metrics).doesNotContain("stand-in-key-51c9");
        given().get("/api/v1/ais-feeds").then().body(org.hamcrest.Matchers.not(containsString("stand-in-key")));
    }
}
