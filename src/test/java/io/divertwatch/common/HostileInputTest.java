package io.divertwatch.common;

import static io.divertwatch.support.Api.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.divertwatch.support.TrackCsvText;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * What a stranger sends that once answered 500, an empty body or a lenient 201: every refusal is a
 * problem document naming the field or limit, and nothing is stored.
 */
@QuarkusTest
class HostileInputTest {

    private static final String CSV = TrackCsvText.HEADER;

    /** A JSON string with every character outside printable ASCII escaped, so that it arrives as written. */
    private static String jsonString(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            out.append(c < 0x20 || c > 0x7e || c == '"' || c == '\\' ? String.format("\\u%04x", (int) c) : c);
        }
        return out.append('"').toString();
    }

    private static String feature(String name, String coordinates) {
        return "{\"type\": \"Feature\", \"properties\": {\"name\": \"" + name + "\"}, \"geometry\": "
                + "{\"type\": \"Polygon\", \"coordinates\": " + coordinates + "}}";
    }

    private static ValidatableResponse problem(ValidatableResponse response, int status) {
        return response.statusCode(status).contentType("application/problem+json").body("status", equalTo(status))
                .body("title", notNullValue()).body("detail", notNullValue());
    }

    @Test
    void jsonOfTheWrongShapeIsAProblemNamingTheField() {
        for (String body : List.of("{\"icao24\": [\"155f3a\"]}", "{\"icao24\": {\"a\": 1}}", "{\"label\": 42, \"icao24\": \"155f3a\"}",
                "{\"icao24\": \"155f3a\", \"corridorKm\": \"150\"}", "{\"icao24\": \"155f3a\", \"corridorKm\": true}")) {
            problem(given().contentType(ContentType.JSON).body(body).post("/api/v1/watches").then(), 400)
                    .body("detail", containsString("field"));
        }
        for (String body : List.of("[]", "\"x\"", "42", "true")) {
            problem(given().contentType(ContentType.JSON).body(body).post("/api/v1/watches").then(), 400)
                    .body("detail", containsString("body"));
        }
        String deep = "[".repeat(5_000) + "]".repeat(5_000);
        problem(given().contentType(ContentType.JSON).body(deep).post("/api/v1/watches").then(), 400);
        problem(given().contentType(ContentType.JSON).body("{\"icao\": \"ZKPY\", \"anyAircraft\": 2}")
                .post("/api/v1/watched-airports").then(), 400).body("detail", containsString("anyAircraft"));
    }

    @Test
    void nothingMayFollowTheJsonDocument() {
        problem(given().contentType(ContentType.JSON).body("{\"icao24\": \"155f3a\"} xyz").post("/api/v1/watches")
                .then(), 400).body("detail", containsString("column 22"));
        problem(given().contentType(ContentType.JSON).body("{\"icao24\": \"155f3a\"}{}").post("/api/v1/watches")
                .then(), 400).body("detail", containsString("follow"));
    }

    @Test
    void aMissingBodyIsAProblemNotAnError() {
        for (String path : List.of("/api/v1/watched-airports", "/api/v1/watches", "/api/v1/webhooks", "/api/v1/api-keys",
                "/api/v1/geofences")) {
            problem(given().contentType(ContentType.JSON).post(path).then(), 400);
            problem(given().contentType(ContentType.JSON).body("null").post(path).then(), 400);
        }
    }

    @Test
    void controlCharactersInNamesLabelsAndNotesAreRefused() {
        String forged = "cargo\n2026-12-07 12:00:00,000 WARN  [io.div.aut.ApiKeys] forged";
        for (String bad : List.of(forged, "a\u0000b", "bell\u0007", "esc\u001b[31m", "cr\r", "lone \ud800 surrogate",
                "line\u2028separator")) {
            String quoted = jsonString(bad);
            problem(given().contentType(ContentType.JSON).body("{\"icao24\": \"155f3a\", \"label\": " + quoted + "}")
                    .post("/api/v1/watches").then(), 400).body("detail", containsString("label"));
            problem(given().contentType(ContentType.JSON).body("{\"icao\": \"ZKPY\", \"note\": " + quoted + "}")
                    .post("/api/v1/watched-airports").then(), 400);
            problem(given().contentType(ContentType.JSON).body("{\"name\": " + quoted + ", \"role\": \"viewer\"}")
                    .post("/api/v1/api-keys").then(), 400);
            problem(given().contentType("application/geo+json").body("{\"type\": \"Feature\", \"properties\": {\"name\": "
                    + quoted + "}, \"geometry\": {\"type\": \"Polygon\", \"coordinates\": [[[0, 0], [1, 0], [1, 1], [0, 0]]]}}")
                    .post("/api/v1/geofences").then(), 400).body("detail", containsString("name"));
        }
        given().get("/api/v1/watches").then().body("label.flatten()", org.hamcrest.Matchers.not(
                org.hamcrest.Matchers.hasItem(forged)));
    }

    @Test
    void trackCsvValuesMustBeNumbersWithinPhysicalBoundsAndSayWhere() {
        String row = "1376233650,f3f32f,EJA943,37.15,-107.83,3383.3,false,119.81,335.5,18.19";
        for (String[] bad : new String[][] {
                { "9223372036854775807,f3f32f,,37.15,-107.83,,,,,", "timestamp_epoch_s" },
                { "0,f3f32f,,37.15,-107.83,,,,,", "timestamp_epoch_s" },
                { "1000000000000000000,f3f32f,,37.15,-107.83,,,,,", "timestamp_epoch_s" },
                { "1376233660,f3f32f,,37.15,-107.83,1e308,,,,", "baro_altitude_m" },
                { "1376233660,f3f32f,,37.15,-107.83,,,-5,,", "velocity_mps" },
                { "1376233660,f3f32f,,37.15,-107.83,,,1e308,,", "velocity_mps" },
                { "1376233660,f3f32f,,37.15,-107.83,NaN,,,,", "baro_altitude_m" },
                { "1376233660,f3f32f,,37.15,-107.83,0x1p3,,,,", "baro_altitude_m" },
                { "1376233660,f3f32f,,37.15,-107.83,,,,400,", "true_track_deg" } }) {
            problem(given().contentType("text/csv").body(CSV + row + "\n" + bad[0]).queryParam("destination", "KSUN")
                    .post("/api/v1/analyses").then(), 400).body("detail", containsString("line 3"))
                    .body("detail", containsString(bad[1]));
        }
        problem(given().contentType("text/csv").body(CSV + row).queryParam("destination", "KSUN")
                .queryParam("callsign", "BAD CALL\n").post("/api/v1/analyses").then(), 400)
                .body("detail", containsString("callsign"));
    }

    @Test
    void invalidPolygonsAreRefusedAndTheWholeWorldIsAccepted() {
        for (String coordinates : List.of(
                "[[[0, 0], [2, 2], [2, 0], [0, 2], [0, 0]]]",
                "[[[0, 0], [5, 10], [10, 0], [0, 6], [10, 6], [0, 0]]]",
                "[[[0, 0], [4, 0], [4, 4], [0, 4], [0, 0]], [[10, 10], [11, 10], [11, 11], [10, 11], [10, 10]]]")) {
            problem(given().contentType("application/geo+json").body(feature("bad", coordinates))
                    .post("/api/v1/geofences").then(), 400).body("detail", containsString("polygon 0"));
        }
        int id = given().contentType("application/geo+json")
                .body(feature("world", "[[[-180, -90], [180, -90], [180, 90], [-180, 90], [-180, -90]]]"))
                .post("/api/v1/geofences").then().statusCode(201).extract().path("id");
        given().delete("/api/v1/geofences/" + id).then().statusCode(204);
    }

    @Test
    void requestsBeyondTheHttpLimitsAreProblemsNamingTheLimit() {
        problem(given().queryParam("type", "x".repeat(5_000)).get("/api/v1/alerts").then(), 414)
                .body("detail", containsString("4096"));
        problem(given().header("X-Padding", "y".repeat(30_000)).get("/api/v1/alerts").then(), 431)
                .body("detail", containsString("headers"));
    }

    @Test
    void webhookUrlsWithABadPortAreRefusedAtRegistration() {
        for (String url : List.of("https://8.8.8.8:99999/x", "https://8.8.8.8:0/x", "https://8.8.8.8:65536/x")) {
            problem(given().contentType(ContentType.JSON).body("{\"url\": \"" + url + "\"}").post("/api/v1/webhooks")
                    .then(), 400).body("detail", containsString("port"));
        }
        assertThat(given().get("/api/v1/webhooks").then().extract().<List<String>>path("url")).noneMatch(
                url -> url.contains("99999"));
    }
}
