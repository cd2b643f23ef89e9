package io.divertwatch.vessel;

import static io.divertwatch.support.Api.anonymous;
import static io.divertwatch.support.Api.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.divertwatch.support.ShuttleCsv;
import io.divertwatch.support.WebhookReceiver;
import io.divertwatch.vessel.feed.VesselCsv;
import io.divertwatch.webhook.WebhookSubscription;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.awaitility.Awaitility;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The maritime API over HTTP: watched ports, vessel watches, the backtest, and the live path from a
 * vessel's reports to stored alerts, the vessel list, its track with the gap drawn as a gap, and a
 * webhook a real receiver gets.
 */
@QuarkusTest
class VesselApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    LiveVessels live;

    @Test
    void theSeedStorysPortsAreWatchedFromTheStart() {
        given().get("/api/v1/watched-ports?limit=1000").then().statusCode(200)
                .body("name", hasItems("Najin (Rajin)", "Vostochnyy", "Dunay"))
                .body("find { it.name == 'Dunay' }.radiusKm", equalTo(3.0f));
    }

    @Test
    void aWatchedPortIsAddedAsACircleOrAPolygonAndRemoved() {
        int circle = given().contentType(ContentType.JSON).body("""
                {"name": "Nakhodka", "country": "Russia", "lat": 42.80, "lon": 132.89, "radiusKm": 4}""")
                .post("/api/v1/watched-ports").then().statusCode(201)
                .header("Location", containsString("/api/v1/watched-ports/")).body("radiusKm", equalTo(4.0f))
                .extract().path("id");
        int polygon = given().contentType(ContentType.JSON).body("""
                {"name": "Chongjin", "country": "North Korea", "geometry": {"type": "Polygon", "coordinates":
                 [[[129.74, 41.74], [129.84, 41.74], [129.84, 41.80], [129.74, 41.80], [129.74, 41.74]]]}}""")
                .post("/api/v1/watched-ports").then().statusCode(201).body("geometry.type", equalTo("Polygon"))
                .body("radiusKm", greaterThan(4.0f)).extract().path("id");
        given().get("/api/v1/watched-ports/" + polygon).then().statusCode(200).body("name", equalTo("Chongjin"));
        given().delete("/api/v1/watched-ports/" + circle).then().statusCode(204);
        given().delete("/api/v1/watched-ports/" + polygon).then().statusCode(204);
        given().get("/api/v1/watched-ports/" + circle).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void badWatchedPortsAndVesselWatchesAreRefusedWithProblemDetails() {
        String[][] ports = {
            {"{\"name\": \"x\"}", "lat and lon"},
            {"{\"name\": \"x\", \"lat\": 95, \"lon\": 10}", "latitude"},
            {"{\"name\": \"x\", \"lat\": 42, \"lon\": 130, \"radiusKm\": 500}", "at most 50"},
            {"{\"lat\": 42, \"lon\": 130}", "name"},
            {"{\"name\": \"x\", \"geometry\": {\"type\": \"LineString\", \"coordinates\": [[0,0],[1,1]]}}", "Polygon"},
        };
        for (String[] c : ports) {
            given().contentType(ContentType.JSON).body(c[0]).post("/api/v1/watched-ports").then().statusCode(400)
                    .contentType("application/problem+json").body(containsString(c[1]));
        }
        String[][] watches = {
            {"{}", "mmsi, imo, name or callSign"},
            {"{\"imo\": 9161004}", "check digit"},
            {"{\"imo\": 123}", "7-digit IMO"},
            {"{\"mmsi\": 1234567890}", "MMSI"},
            {"{\"callSign\": \"UB 1234\"}", "letters or digits"},
        };
        for (String[] c : watches) {
            given().contentType(ContentType.JSON).body(c[0]).post("/api/v1/vessel-watches").then().statusCode(400)
                    .contentType("application/problem+json").body(containsString(c[1]));
        }
        anonymous().contentType(ContentType.JSON).body("{\"imo\": 9161003}").post("/api/v1/vessel-watches").then()
                .statusCode(401);
        given().get("/api/v1/vessels/12345678901").then().statusCode(400).contentType("application/problem+json");
        given().get("/api/v1/vessels/999999998").then().statusCode(404);
        given().get("/api/v1/alerts?mmsi=abc").then().statusCode(400);
    }

    @Test
    void aVesselWatchByImoIsKeptUpdatedAndDeleted() {
        // IMO 1234567 passes the check digit; no vessel in the tests transmits it.
        int id = given().contentType(ContentType.JSON).body("{\"imo\": 1234567, \"label\": \"Lady R\"}")
                .post("/api/v1/vessel-watches").then().statusCode(201).body("imo", equalTo(1234567))
                .extract().path("id");
        given().get("/api/v1/vessel-watches/" + id).then().statusCode(200).body("label", equalTo("Lady R"))
                .body("resolvedTo", hasSize(0));
        given().contentType(ContentType.JSON).body("{\"imo\": 1234567, \"name\": \"lady r\"}")
                .put("/api/v1/vessel-watches/" + id).then().statusCode(200).body("name", equalTo("LADY R"));
        given().delete("/api/v1/vessel-watches/" + id).then().statusCode(204);
        given().get("/api/v1/vessel-watches/" + id).then().statusCode(404);
    }

    @Test
    void theBacktestNamesNajinForTheShuttlesTwoDaysOfSilence() {
        String csv = ShuttleCsv.text(273_000_041, 3600);
        given().contentType("text/csv").body(csv).post("/api/v1/vessel-analyses").then().statusCode(200)
                .body("mmsis", equalTo(List.of(273_000_041))).body("fixes", equalTo(93))
                .body("alerts.type", hasItems("PORT_CALL", "AIS_GAP", "POSSIBLE_UNDECLARED_PORT_CALL"))
                .body("alerts.find { it.type == 'PORT_CALL' }.port", equalTo("Vostochnyy (Russia)"))
                .body("alerts.find { it.type == 'POSSIBLE_UNDECLARED_PORT_CALL' }.portCandidates[0].name",
                        equalTo("Najin (Rajin)"))
                .body("alerts.find { it.type == 'POSSIBLE_UNDECLARED_PORT_CALL' }.vesselName",
                        equalTo("SIMULATED SHUTTLE"))
                .body("alerts.mmsi", everyItemIs(273_000_041)).body("alerts.icao24", everyItemIs(null))
                .body("alerts.vesselWatchId", everyItemIs(null));
        given().contentType("text/csv").body(VesselCsv.HEADER + "\n1700000000,273000041,91.5,130,1,1,,,,,\n")
                .post("/api/v1/vessel-analyses").then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("line 2"));
        given().contentType("text/csv").body("").post("/api/v1/vessel-analyses").then().statusCode(400);
    }

    @Test
    void aLiveVesselsReportsBecomeAlertsATrackWithItsGapAndAWebhook() throws Exception {
        int mmsi = 273_000_042;
        int watchId = given().contentType(ContentType.JSON).body("{\"name\": \"Simulated Shuttle\"}")
                .post("/api/v1/vessel-watches").then().statusCode(201).extract().path("id");
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            given().contentType(ContentType.JSON).body("{\"url\": \"" + receiver.url() + "\"}")
                    .post("/api/v1/webhooks").then().statusCode(201);
            for (VesselCsv.Row row : ShuttleCsv.rows(mmsi, 600)) {
                live.accept(row.report(), row.statics());
            }

            given().get("/api/v1/alerts?mmsi=" + mmsi).then().statusCode(200)
                    .body("type", hasItems("PORT_CALL", "AIS_GAP", "POSSIBLE_UNDECLARED_PORT_CALL"))
                    .body("find { it.type == 'POSSIBLE_UNDECLARED_PORT_CALL' }.portCandidates[0].name",
                            equalTo("Najin (Rajin)"))
                    .body("find { it.type == 'PORT_CALL' }.vesselName", equalTo("SIMULATED SHUTTLE"))
                    .body("find { it.type == 'PORT_CALL' }.vesselWatchId", equalTo(watchId));
            given().get("/api/v1/vessel-watches/" + watchId).then().body("resolvedTo.mmsi", hasItem(mmsi))
                    .body("resolvedTo.because", hasItem(containsString("name")));

            Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/api/v1/vessels")
                    .then().statusCode(200).body("mmsi", hasItem(mmsi)));
            given().get("/api/v1/vessels/" + mmsi).then().statusCode(200).body("name", equalTo("SIMULATED SHUTTLE"))
                    .body("destination", equalTo("VLADIVOSTOK")).body("vesselWatchId", equalTo(watchId))
                    .body("openAlerts", greaterThan(2));
            given().get("/api/v1/vessels/" + mmsi + "/track").then().statusCode(200)
                    .body("geometry.type", equalTo("MultiLineString")).body("geometry.coordinates", hasSize(2))
                    .body("properties.gaps", hasSize(1)).body("properties.gaps[0].hours", greaterThan(48.0f));

            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> receiver.accepted().stream()
                    .map(VesselApiTest::json).anyMatch(e -> e.path("data").path("mmsi").asInt() == mmsi
                            && e.path("type").asText().equals("io.divertwatch.alert.possible_undeclared_port_call")));
            JsonNode event = receiver.accepted().stream().map(VesselApiTest::json)
                    .filter(e -> e.path("data").path("mmsi").asInt() == mmsi).findFirst().orElseThrow();
            assertThat(event.path("subject").asText()).isEqualTo(String.valueOf(mmsi));
            assertThat(event.path("data").has("icao24")).isTrue();
        } finally {
            QuarkusTransaction.requiringNew().run(() -> WebhookSubscription.deleteAll());
            given().delete("/api/v1/vessel-watches/" + watchId);
        }
        given().get("/api/v1/vessel-watches/" + watchId).then().statusCode(404);
        given().get("/api/v1/alerts?mmsi=" + mmsi + "&type=AIS_GAP").then().body("type", not(hasItem("PORT_CALL")));
    }

    @Test
    void twoShipsSideBySideAtSeaAreAnEncounterInTheBacktestAndLive() {
        int ship = 273_000_051;
        int tanker = 445_000_052;
        StringBuilder csv = new StringBuilder(VesselCsv.HEADER).append('\n');
        List<VesselCsv.Row> rows = new java.util.ArrayList<>();
        long start = java.time.Instant.now().getEpochSecond() - 4 * 3600;
        // 60 km south-east of Najin, drifting east at 0.5 kn, 200 m apart, for three hours.
        for (long t = start; t <= start + 3 * 3600; t += 120) {
            double east = 0.5 * 1.852 * (t - start) / 3600 / (111.2 * Math.cos(Math.toRadians(41.85)));
            for (int[] v : new int[][] { { ship, 0 }, { tanker, 1 } }) {
                double lat = 41.85 + v[1] * 0.0018;
                double lon = 130.87 + east;
                csv.append(String.format(java.util.Locale.ROOT, "%d,%d,%.6f,%.6f,0.5,90,,,,,%n", t + v[1] * 30, v[0],
                        lat, lon));
                rows.add(new VesselCsv.Row(new io.divertwatch.sea.VesselReport(v[0], t + v[1] * 30, lat, lon, 0.5, 90,
                        -1, -1, "test"), null, 0));
            }
        }
        given().contentType("text/csv").body(csv.toString()).post("/api/v1/vessel-analyses").then().statusCode(200)
                .body("alerts.findAll { it.type == 'ENCOUNTER' }", hasSize(1))
                // Both watched in a backtest: the alert is about either, naming the other.
                .body("alerts.findAll { it.type == 'ENCOUNTER' }.collect { [it.mmsi, it.counterpartMmsi].sort() }[0]",
                        equalTo(List.of(ship, tanker)))
                .body("alerts.find { it.type == 'ENCOUNTER' }.summary", containsString("ship-to-ship"));

        int watchId = given().contentType(ContentType.JSON).body("{\"mmsi\": " + ship + "}")
                .post("/api/v1/vessel-watches").then().statusCode(201).extract().path("id");
        try {
            for (VesselCsv.Row row : rows) {
                live.accept(row.report(), null);
            }
            given().get("/api/v1/alerts?type=ENCOUNTER&mmsi=" + ship).then().statusCode(200).body("", hasSize(1))
                    .body("[0].counterpartMmsi", equalTo(tanker)).body("[0].severity", equalTo("critical"))
                    .body("[0].vesselWatchId", equalTo(watchId));
        } finally {
            given().delete("/api/v1/vessel-watches/" + watchId);
        }
    }

    private static org.hamcrest.Matcher<Iterable<? super Object>> everyItemIs(Object value) {
        @SuppressWarnings({ "unchecked", "rawtypes" })
        org.hamcrest.Matcher<Iterable<? super Object>> m = (org.hamcrest.Matcher) org.hamcrest.Matchers.everyItem(
                value == null ? nullValue() : equalTo(value));
        return m;
    }

    private static JsonNode json(WebhookReceiver.Received r) {
        try {
            return JSON.readTree(r.body());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
