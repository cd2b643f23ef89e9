package io.divertwatch.watch;

import static io.divertwatch.support.Api.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.divertwatch.source.replay.SyntheticDiversion;
import io.divertwatch.support.TrackCsvText;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import org.junit.jupiter.api.Test;

@QuarkusTest
class GeofenceResourceTest {

    private static final String NORTH_KOREA = """
            {"type": "Feature", "properties": {"name": "North Korea (rough)", "note": "test"},
             "geometry": {"type": "Polygon", "coordinates": [[[124, 37.6], [131, 37.6], [131, 43], [124, 43], [124, 37.6]]]}}""";

    @Test
    void aGeofenceIsStoredListedAsGeoJsonAndDeleted() {
        int id = given().contentType("application/geo+json").body(NORTH_KOREA).post("/api/v1/geofences").then()
                .statusCode(201).header("Location", containsString("/api/v1/geofences/"))
                .body("type", equalTo("Feature")).body("properties.name", equalTo("North Korea (rough)"))
                .body("properties.anyAircraft", equalTo(true)).body("geometry.type", equalTo("Polygon"))
                .body("geometry.coordinates[0][2][0]", equalTo(131)).extract().path("id");
        given().get("/api/v1/geofences").then().statusCode(200).body("type", equalTo("FeatureCollection"))
                .body("features.id", hasItem(id));
        given().get("/api/v1/geofences/" + id).then().statusCode(200).body("properties.note", equalTo("test"));
        given().delete("/api/v1/geofences/" + id).then().statusCode(204);
        given().get("/api/v1/geofences/" + id).then().statusCode(404).contentType("application/problem+json");
        given().delete("/api/v1/geofences/" + id).then().statusCode(404);
    }

    @Test
    void aMultiPolygonAcrossTheAntimeridianIsAccepted() {
        int id = given().contentType(ContentType.JSON).body("""
                {"type": "Feature", "properties": {"name": "Bering", "anyAircraft": false},
                 "geometry": {"type": "MultiPolygon", "coordinates": [
                   [[[175, 50], [-175, 50], [-175, 66], [175, 66], [175, 50]]],
                   [[[10, 10], [11, 10], [11, 11], [10, 10]]]]}}""").post("/api/v1/geofences").then()
                .statusCode(201).body("properties.anyAircraft", equalTo(false)).extract().path("id");
        given().delete("/api/v1/geofences/" + id).then().statusCode(204);
    }

    @Test
    void badGeofencesAreRefusedWithProblemDetailsAndChangeNothing() {
        int before = given().get("/api/v1/geofences").then().extract().path("features.size()");
        String[][] cases = {
            {"{\"type\": \"Point\"}", "GeoJSON Feature"},
            {"{\"type\": \"Feature\", \"properties\": {}, \"geometry\": {\"type\": \"Polygon\", \"coordinates\": [[[0,0],[1,0],[1,1],[0,0]]]}}", "properties.name"},
            {"{\"type\": \"Feature\", \"properties\": {\"name\": \"x\"}, \"geometry\": {\"type\": \"LineString\", \"coordinates\": [[0,0],[1,1]]}}", "Polygon or MultiPolygon"},
            {"{\"type\": \"Feature\", \"properties\": {\"name\": \"x\"}, \"geometry\": {\"type\": \"Polygon\", \"coordinates\": [[[0,0],[1,0],[1,1],[0,1]]]}}", "not closed"},
            {"{\"type\": \"Feature\", \"properties\": {\"name\": \"x\"}, \"geometry\": {\"type\": \"Polygon\", \"coordinates\": [[[0,0],[1,0],[0,0]]]}}", "at least 4"},
            {"{\"type\": \"Feature\", \"properties\": {\"name\": \"x\"}, \"geometry\": {\"type\": \"Polygon\", \"coordinates\": [[[0,0],[1,0],[1,\"n\"],[0,0]]]}}", "[lon, lat]"},
            {"{\"type\": \"Feature\", \"properties\": {\"name\": \"x\"}, \"geometry\": {\"type\": \"Polygon\", \"coordinates\": [[[0,0],[200,0],[1,1],[0,0]]]}}", "lon in [-180, 180]"},
            {"{\"type\": \"Feature\", \"properties\": {\"name\": \"x\"}, \"geometry\": {\"type\": \"Polygon\", \"coordinates\": [[[-180,80],[-90,80],[0,80],[90,80],[180,80]]]}}", "circles a pole"},
            {"{\"type\": \"Feature\", \"properties\": {\"name\": \"x\", \"anyAircraft\": \"yes\"}, \"geometry\": {\"type\": \"Polygon\", \"coordinates\": [[[0,0],[1,0],[1,1],[0,0]]]}}", "anyAircraft"},
            {"{not json", null},
        };
        for (String[] c : cases) {
            var response = given().contentType(ContentType.JSON).body(c[0]).post("/api/v1/geofences").then()
                    .statusCode(400).contentType("application/problem+json").body("status", equalTo(400));
            if (c[1] != null) {
                response.body("detail", containsString(c[1]));
            }
        }
        given().get("/api/v1/geofences").then().body("features.size()", equalTo(before));
    }

    @Test
    void analysesUseTheConfiguredGeofencesAndNameTheAreaInTheAlert() {
        int id = given().contentType(ContentType.JSON).body(NORTH_KOREA).post("/api/v1/geofences").then()
                .statusCode(201).extract().path("id");
        try {
            String csv = TrackCsvText.of(SyntheticDiversion.states(1_700_000_000L));
            given().contentType("text/csv").body(csv).queryParam("origin", "ZSPD").queryParam("destination", "UUEE")
                    .post("/api/v1/analyses").then().statusCode(200)
                    .body("alerts.type", hasItem("GEOFENCE_ENTRY"))
                    .body("alerts.find { it.type == 'GEOFENCE_ENTRY' }.geofence.id", equalTo(id))
                    .body("alerts.find { it.type == 'GEOFENCE_ENTRY' }.geofence.name", equalTo("North Korea (rough)"))
                    .body("alerts.find { it.type == 'GEOFENCE_ENTRY' }.summary",
                            containsString("entered watched area North Korea (rough)"));
        } finally {
            given().delete("/api/v1/geofences/" + id).then().statusCode(204);
        }
        given().get("/api/v1/geofences").then().body("features.id", not(hasItem(id)));
    }
}
