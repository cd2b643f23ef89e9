package io.divertwatch.api;

import static io.divertwatch.support.Api.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.divertwatch.source.StateVector;
import io.divertwatch.source.replay.SyntheticDiversion;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import java.util.Locale;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

@QuarkusTest
class ApiTest {

    @Test
    void watchLifecycle() {
        int id = given().contentType(ContentType.JSON).body("""
                {"icao24": "ABC123", "label": "cargo", "route": {"origin": "ZSPD", "destination": "UUEE", "via": ["ZBAA"]}}""")
                .post("/api/v1/watches").then().statusCode(201)
                .header("Location", containsString("/api/v1/watches/"))
                .body("icao24", equalTo("abc123")).body("route.via", hasItem("ZBAA"))
                .body("corridorKm", equalTo(150.0f)).extract().path("id");
        given().get("/api/v1/watches/" + id).then().statusCode(200).body("label", equalTo("cargo"));
        given().contentType(ContentType.JSON).body("{\"callsign\": \"ccA123\", \"corridorKm\": 80}")
                .put("/api/v1/watches/" + id).then().statusCode(200)
                .body("callsign", equalTo("CCA123")).body("route", nullValue()).body("corridorKm", equalTo(80.0f));
        given().delete("/api/v1/watches/" + id).then().statusCode(204);
        given().get("/api/v1/watches/" + id).then().statusCode(404)
                .contentType("application/problem+json").body("status", equalTo(404));
    }

    @Test
    void badWatchesAreRefusedWithProblemDetailsAndChangeNothing() {
        int before = given().get("/api/v1/watches").then().extract().path("size()");
        for (String body : new String[] { "{}", "{\"icao24\": \"xyz\"}", "{\"icao24\": \"abc123\", \"route\": {\"destination\": \"NOPE\"}}",
                "{\"icao24\": \"abc123\", \"route\": {\"origin\": \"ZSPD\"}}", "{\"icao24\": \"abc123\", \"corridorKm\": -1}",
                "{not json" }) {
            given().contentType(ContentType.JSON).body(body).post("/api/v1/watches").then().statusCode(400)
                    .contentType("application/problem+json").body("status", equalTo(400))
                    .body("title", notNullValue()).body("detail", notNullValue());
        }
        given().get("/api/v1/watches").then().body("size()", equalTo(before));
    }

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

    @Test
    void analysisOfTheSeedCaseReturnsItsAlertsAndLandingAndStoresNothing() {
        String csv = "timestamp_epoch_s,icao24,callsign,lat,lon,baro_altitude_m,on_ground,velocity_mps,true_track_deg,vertical_rate_mps\n"
                + SyntheticDiversion.states(1_700_000_000L).stream().map(ApiTest::csvRow).collect(Collectors.joining("\n"));
        given().contentType("text/csv").body(csv).queryParam("origin", "ZSPD").queryParam("destination", "UUEE")
                .post("/api/v1/analyses").then().statusCode(200)
                .body("alerts.type", hasItem("DIVERSION_SUSPECTED")).body("alerts.type", hasItem("DIVERTED"))
                .body("alerts[0].candidates[0].icao", equalTo("ZKPY"))
                .body("alerts.find { it.type == 'DIVERTED' }.airport", equalTo("ZKPY"))
                .body("alerts[0].id", nullValue())
                .body("landing.airport", equalTo("ZKPY")).body("landing.time", startsWith("2023-"));
        given().queryParam("icao24", SyntheticDiversion.ICAO24).get("/api/v1/alerts").then().body("", hasSize(0));
    }

    @Test
    void badAnalysesAreRefused() {
        String header = "timestamp_epoch_s,icao24,callsign,lat,lon,baro_altitude_m,on_ground,velocity_mps,true_track_deg,vertical_rate_mps\n";
        given().contentType("text/csv").body(header + "1,abc123,,50,10,,,,,").post("/api/v1/analyses").then()
                .statusCode(400).body("detail", containsString("destination"));
        given().contentType("text/csv").body(header + "1,abc123,,50,10,,,,,").queryParam("destination", "NOPE")
                .post("/api/v1/analyses").then().statusCode(400);
        given().contentType("text/csv").body(header + "x,abc123,,50,10,,,,,\n2,abc123,,95,10,,,,,")
                .queryParam("destination", "UUEE").post("/api/v1/analyses").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("line 2"))
                .body("detail", containsString("line 3"));
        given().contentType("text/csv").body("a,b\n1,2").queryParam("destination", "UUEE").post("/api/v1/analyses")
                .then().statusCode(400).body("detail", containsString("missing column"));
    }

    @Test
    void webhooksShowTheSecretOnceAndRefuseBadInput() {
        int id = given().contentType(ContentType.JSON)
                .body("{\"url\": \"http://127.0.0.1:9/hook\", \"types\": [\"diverted\"]}").post("/api/v1/webhooks")
                .then().statusCode(201).body("secret", startsWith("whsec_")).body("format", equalTo("cloudevents"))
                .body("types", hasItem("DIVERTED")).extract().path("id");
        given().get("/api/v1/webhooks").then().statusCode(200)
                .body("find { it.id == " + id + " }.secret", nullValue());
        given().get("/api/v1/webhooks/" + id + "/deliveries").then().statusCode(200);
        given().contentType(ContentType.JSON).body("{\"url\": \"ftp://example.org\"}").post("/api/v1/webhooks").then()
                .statusCode(400);
        given().contentType(ContentType.JSON).body("{\"url\": \"http://127.0.0.1:9/\", \"format\": \"fax\"}")
                .post("/api/v1/webhooks").then().statusCode(400);
        given().contentType(ContentType.JSON).body("{\"url\": \"http://127.0.0.1:9/\", \"types\": [\"NOPE\"]}")
                .post("/api/v1/webhooks").then().statusCode(400);
        given().delete("/api/v1/webhooks/" + id).then().statusCode(204);
    }

    @Test
    void operationsEndpointsAnswer() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/live").then().statusCode(200);
        given().get("/q/health/started").then().statusCode(200);
        given().get("/q/openapi").then().statusCode(200).body(containsString("/api/v1/analyses"));
        given().get("/api/v1/sources").then().statusCode(200);
        given().get("/api/v1/aircraft/abc123/track").then().statusCode(404);
        given().get("/api/v1/aircraft/zz/track").then().statusCode(400);
        given().get("/q/metrics").then().statusCode(200).body(containsString("divertwatch_webhook_queue_depth"));
    }

    static String csvRow(StateVector s) {
        return String.format(Locale.ROOT, "%d,%s,%s,%.6f,%.6f,%.1f,%s,%.2f,%.1f,%.2f", s.time(), s.icao24(),
                s.callsign(), s.lat(), s.lon(), s.baroAltitudeM(), s.onGround(), s.velocityMps(), s.trueTrackDeg(),
                s.verticalRateMps());
    }
}
