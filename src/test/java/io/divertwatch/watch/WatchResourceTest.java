package io.divertwatch.watch;

import static io.divertwatch.support.Api.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.divertwatch.identity.Registers;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.awaitility.Awaitility;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

/** {@code /api/v1/watches}: the lifecycle of a watch, and bad input refused without a change. */
@QuarkusTest
class WatchResourceTest {

    @Inject
    Registers registers;

    /**
     * What the airframe follower does to a watch it read before an import retired it, committed after:
     * the retirement stands (a whole-row update undid it, as the full PostgreSQL suite once showed).
     */
    @Test
    void aResolutionCommittedAfterARetirementDoesNotUndoIt() {
        long id = ((Number) given().contentType(ContentType.JSON).body("{\"registration\": \"RA-76592\"}")
                .post("/api/v1/watches").then().statusCode(201).extract().path("id")).longValue();
        Instant retiredAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        QuarkusTransaction.requiringNew().run(() -> {
            Watch read = Watch.findById(id);
            CompletableFuture.runAsync(() -> QuarkusTransaction.requiringNew().run(() -> {
                Watch w = Watch.findById(id);
                w.retiredAt = retiredAt;
            })).join();
            read.resolvedRegistration = "RA-76592";
            read.resolvedAt = Instant.now();
        });
        given().get("/api/v1/watches/" + id).then().statusCode(200)
                .body("retiredAt", equalTo(retiredAt.toString()))
                .body("airframe.registration", equalTo("RA-76592"));
        given().delete("/api/v1/watches/" + id).then().statusCode(204);
    }

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
    void aWatchByRegistrationOrFleetShowsWhatItResolvesToAndWhy() {
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> registers.current().registers().stream()
                .anyMatch(r -> r.name().equals("Plane-Alert")));
        int byRegistration = given().contentType(ContentType.JSON).body("""
                {"registration": "ra76592", "route": {"origin": "ZSPD", "destination": "UUEE"}}""")
                .post("/api/v1/watches").then().statusCode(201).body("registration", equalTo("RA76592"))
                .extract().path("id");
        given().get("/api/v1/watches/" + byRegistration).then().statusCode(200)
                .body("resolution.addresses", equalTo(1))
                .body("resolution.matches[0].icao24", equalTo("152b30"))
                .body("resolution.matches[0].source", equalTo("Plane-Alert"))
                .body("resolution.matches[0].basis", equalTo("REGISTRATION"))
                .body("resolution.unresolved", nullValue());

        int fleet = given().contentType(ContentType.JSON).body("""
                {"typeCode": "IL76", "operator": "russian air force"}""")
                .post("/api/v1/watches").then().statusCode(201).extract().path("id");
        // 198 rows of the file are Russian Air Force Il-76s (counted with Python's csv module); 100 are shown.
        given().get("/api/v1/watches/" + fleet).then().statusCode(200)
                .body("resolution.addresses", equalTo(198)).body("resolution.truncated", equalTo(true))
                .body("resolution.matches.size()", equalTo(100));

        int unknown = given().contentType(ContentType.JSON).body("{\"registration\": \"EP-GOM\"}")
                .post("/api/v1/watches").then().statusCode(201).extract().path("id");
        given().get("/api/v1/watches/" + unknown).then()
                .body("resolution.addresses", equalTo(0))
                .body("resolution.unresolved", containsString("no register or feed knows registration EP-GOM"));
        for (int id : new int[] { byRegistration, fleet, unknown }) {
            given().delete("/api/v1/watches/" + id).then().statusCode(204);
        }
    }

    @Test
    void badWatchesAreRefusedWithProblemDetailsAndChangeNothing() {
        int before = given().get("/api/v1/watches").then().extract().path("size()");
        for (String body : new String[] { "{}", "{\"icao24\": \"xyz\"}", "{\"icao24\": \"abc123\", \"route\": {\"destination\": \"NOPE\"}}",
                "{\"icao24\": \"abc123\", \"route\": {\"origin\": \"ZSPD\"}}", "{\"icao24\": \"abc123\", \"corridorKm\": -1}",
                "{\"serialNumber\": \"133\"}", "{\"typeCode\": \"Ilyushin IL-76\"}", "{\"registration\": \"RA 76592 !\"}",
                "{\"operator\": \"a\\u0000b\"}",
                "{not json" }) {
            given().contentType(ContentType.JSON).body(body).post("/api/v1/watches").then().statusCode(400)
                    .contentType("application/problem+json").body("status", equalTo(400))
                    .body("title", notNullValue()).body("detail", notNullValue());
        }
        given().get("/api/v1/watches").then().body("size()", equalTo(before));
    }
}
