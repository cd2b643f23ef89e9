package io.divertwatch.analysis;

import static io.divertwatch.support.Api.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.divertwatch.source.replay.SyntheticDiversion;
import io.divertwatch.support.TrackCsvText;
import io.quarkus.test.junit.QuarkusTest;

import org.junit.jupiter.api.Test;

/** {@code /api/v1/analyses}: the seed case analysed without storing anything, and bad tracks refused. */
@QuarkusTest
class AnalysisResourceTest {

    @Test
    void analysisOfTheSeedCaseReturnsItsAlertsAndLandingAndStoresNothing() {
        String csv = TrackCsvText.of(SyntheticDiversion.states(1_700_000_000L));
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
        String header = TrackCsvText.HEADER;
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
}
