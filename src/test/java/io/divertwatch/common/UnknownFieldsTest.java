package io.divertwatch.common;

import static io.divertwatch.support.Api.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.divertwatch.alert.AlertService;
import io.divertwatch.detect.Detection;
import io.divertwatch.support.Detections;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A field a request does not have is a 400 naming it and the fields it has: a misplaced or misspelt
 * one would otherwise make a watch that does not do what was meant, silently. What a GET answered
 * can still be sent back, and GeoJSON keeps its foreign members.
 */
@QuarkusTest
class UnknownFieldsTest {

    @Inject
    AlertService alerts;

    @Test
    void aMisplacedOrMisspeltFieldIsAProblemNamingIt() {
        given().contentType(ContentType.JSON).body("{\"icao24\": \"abc124\", \"origin\": \"ZSPD\", \"destination\": \"UUEE\"}")
                .post("/api/v1/watches").then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("field 'origin' is not one this request has"))
                .body("detail", containsString("route"));
        given().contentType(ContentType.JSON).body("{\"icao24\": \"abc124\", \"route\": {\"destinaton\": \"UUEE\"}}")
                .post("/api/v1/watches").then().statusCode(400)
                .body("detail", equalTo("field 'route.destinaton' is not one this request has; it has destination, "
                        + "origin, via"));
        given().contentType(ContentType.JSON).body("{\"imo\": 7654329, \"flag\": \"Russia\"}").post("/api/v1/vessel-watches")
                .then().statusCode(400).body("detail", containsString("field 'flag'"));
        given().contentType(ContentType.JSON).body("{\"url\": \"https://93.184.215.14/hook\", \"type\": [\"DIVERTED\"]}")
                .post("/api/v1/webhooks").then().statusCode(400).body("detail", containsString("field 'type'"));

        Detection d = Detections.distinct("a74", 1).get(0);
        long alert = alerts.record(List.of(d)).get(0).id;
        given().contentType(ContentType.JSON).body("{\"reson\": \"a ferry flight\"}").post("/api/v1/alerts/" + alert + "/resolve")
                .then().statusCode(400).body("detail", containsString("field 'reson' is not one this request has; it has reason"));
        given().get("/api/v1/alerts/" + alert).then().body("status", equalTo("open"));
    }

    @Test
    void whatAGetAnsweredCanBeSentBack() {
        long watch = ((Number) given().contentType(ContentType.JSON).body("{\"icao24\": \"abc125\", \"label\": \"x\","
                + " \"route\": {\"origin\": \"ZSPD\", \"destination\": \"UUEE\"}}").post("/api/v1/watches").then()
                .statusCode(201).extract().path("id")).longValue();
        String read = given().get("/api/v1/watches/" + watch).then().statusCode(200).extract().asString();
        given().contentType(ContentType.JSON).body(read.replace("\"x\"", "\"y\"")).put("/api/v1/watches/" + watch).then()
                .statusCode(200).body("label", equalTo("y")).body("route.destination", equalTo("UUEE"));

        long vessel = ((Number) given().contentType(ContentType.JSON).body("{\"imo\": 7654329, \"label\": \"x\"}")
                .post("/api/v1/vessel-watches").then().statusCode(201).extract().path("id")).longValue();
        String vesselRead = given().get("/api/v1/vessel-watches/" + vessel).then().statusCode(200).extract().asString();
        given().contentType(ContentType.JSON).body(vesselRead.replace("\"x\"", "\"y\"")).put("/api/v1/vessel-watches/" + vessel)
                .then().statusCode(200).body("label", equalTo("y"));
    }

    @Test
    void geoJsonKeepsItsForeignMembers() {
        // In the South Atlantic, and deleted after: other tests' geofences are where aircraft fly.
        long id = ((Number) given().contentType("application/geo+json").body("""
                {"type": "Feature", "bbox": [-20, -40, -10, -30], "title": "from QGIS",
                 "properties": {"name": "box", "anyAircraft": true, "fill": "#ff0000"},
                 "geometry": {"type": "Polygon", "coordinates": [[[-20, -40], [-10, -40], [-10, -30], [-20, -30], [-20, -40]]]}}""")
                .post("/api/v1/geofences").then().statusCode(201).extract().path("id")).longValue();
        given().delete("/api/v1/geofences/" + id).then().statusCode(204);
    }
}
