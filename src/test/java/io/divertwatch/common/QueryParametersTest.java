package io.divertwatch.common;

import static io.divertwatch.support.Api.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A query parameter that is not of its type is a 400 problem naming it, never the 404 JAX-RS gives
 * a parameter it cannot convert (which reads as "no such endpoint") nor a silent default; the API
 * description still gives each its type.
 */
@QuarkusTest
class QueryParametersTest {

    private record Case(String path, String parameter) {
    }

    private static final String VESSEL_CSV = "timestamp_epoch_s,mmsi,lat,lon,speed_kn,course_deg,heading,name,imo,"
            + "call_sign,destination\n1733600000,273999001,42.70,132.90,10,90,,,,,\n";

    @Test
    void aNumberOrFlagThatIsNotOneIsAProblemNamingTheParameter() {
        List<Case> cases = List.of(new Case("/api/v1/watches?limit=abc", "limit"),
                new Case("/api/v1/alerts?limit=999999999999", "limit"), new Case("/api/v1/alerts?limit=1.5", "limit"),
                new Case("/api/v1/aircraft?minutes=abc", "minutes"), new Case("/api/v1/aircraft?minutes=1441", "minutes"),
                new Case("/api/v1/vessels?hours=24h", "hours"), new Case("/api/v1/vessels?hours=0", "hours"),
                new Case("/api/v1/vessels/273999001/track?hours=-1", "hours"),
                new Case("/api/v1/vessels/273999001/track?hours=%F0%9F%9A%A2", "hours"));
        for (Case c : cases) {
            given().get(c.path()).then().statusCode(400).contentType("application/problem+json")
                    .body("detail", startsWith(c.parameter() + " \""));
        }
        given().contentType("text/csv").body(VESSEL_CSV).post("/api/v1/vessel-analyses?watched=maybe").then()
                .statusCode(400).body("detail", equalTo("watched \"maybe\" must be true or false"));
    }

    @Test
    void wellFormedValuesAndDefaultsStillWork() {
        given().urlEncodingEnabled(false).get("/api/v1/watches?limit=%2B7").then().statusCode(200);
        given().urlEncodingEnabled(false).get("/api/v1/aircraft?minutes=%201440%20").then().statusCode(200);
        given().get("/api/v1/vessels").then().statusCode(200);
        given().contentType("text/csv").body(VESSEL_CSV).post("/api/v1/vessel-analyses?watched=FALSE").then()
                .statusCode(200).body("fixes", equalTo(1));
    }

    @Test
    void theApiDescriptionStillTypesThem() {
        JsonPath api = given().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
        for (String path : List.of("/api/v1/watches", "/api/v1/vessels", "/api/v1/aircraft")) {
            List<String> types = api.getList("paths.'" + path + "'.get.parameters.findAll { it.name in ['limit', 'hours',"
                    + " 'minutes'] }.schema.type");
            assertThat(types).as(path).isNotEmpty().containsOnly("integer");
        }
        assertThat(api.getList("paths.'/api/v1/vessel-analyses'.post.parameters"
                + ".findAll { it.name == 'watched' }.schema.type")).containsExactly("boolean");
    }
}
