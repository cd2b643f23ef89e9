package io.divertwatch.watchlist;

import static io.divertwatch.support.Api.anonymous;
import static io.divertwatch.support.Api.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.divertwatch.identity.Register;
import io.divertwatch.identity.Registers;
import io.divertwatch.support.SharedData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.awaitility.Awaitility;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/**
 * {@code /api/v1/watchlists}: the real OFAC SDN aircraft rows imported into watches with their
 * provenance, imports again (idempotent, entries that left retired), and bad lists refused or
 * reported row by row without losing what is watched.
 */
@QuarkusTest
class WatchlistResourceTest {

    @Inject
    Registers registers;

    private static List<String> ofacLines() throws IOException {
        return Files.readAllLines(SharedData.require("identity/ofac_sdn_csv_2024-05-03_aircraft.csv"),
                StandardCharsets.UTF_8);
    }

    private static JsonPath importList(String name, String body, Map<String, ?> params, int status) {
        return given().contentType("text/csv").queryParam("name", name).queryParams(params).body(body)
                .post("/api/v1/watchlists").then().statusCode(status).extract().jsonPath();
    }

    @Test
    void theOfacAircraftBecomeWatchesThatKeepTheirListEntry() throws IOException {
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> registers.current().registers().stream()
                .map(Register::name).anyMatch("Plane-Alert"::equals));
        String name = "OFAC " + UUID.randomUUID();
        String body = String.join("\n", ofacLines());

        JsonPath report = given().contentType("text/csv").queryParam("name", name).queryParam("origin", "ZSPD")
                .queryParam("destination", "UUEE").queryParam("watchedAirports", "ZKPY,uhww").body(body)
                .post("/api/v1/watchlists").then().statusCode(201)
                .header("Location", containsString("/api/v1/watchlists/")).extract().jsonPath();

        assertThat(report.getString("format")).isEqualTo("ofac-sdn");
        assertThat(report.getInt("entries")).isEqualTo(376);
        assertThat(report.getInt("aircraft")).isEqualTo(376);
        List<Map<String, Object>> added = report.getList("added");
        List<Map<String, Object>> rejected = report.getList("rejected");
        assertThat(added.size() + rejected.size()).isEqualTo(376);
        assertThat(added.size()).isGreaterThan(350);
        assertThat(rejected).allSatisfy(r -> assertThat((Integer) r.get("line")).isBetween(2, 377));
        // Plane-Alert knows RA-76592, not EP-GOM: the report says which entries resolve to no address, and why.
        List<Map<String, Object>> unresolved = report.getList("unresolved");
        assertThat(unresolved).anySatisfy(u -> {
            assertThat(u.get("entityId")).isEqualTo("15431");
            assertThat((String) u.get("reason")).contains("EP-GOM").contains("Plane-Alert");
        });
        assertThat(unresolved).noneSatisfy(u -> assertThat(u.get("entityId")).isEqualTo("43131"));

        long watch = added.stream().filter(a -> a.get("entityId").equals("43131")).map(a -> ((Number) a.get("watchId"))
                .longValue()).findFirst().orElseThrow();
        given().get("/api/v1/watches/" + watch).then().statusCode(200)
                .body("registration", equalTo("RA-76592"))
                .body("list.entityId", equalTo("43131")).body("list.program", equalTo("RUSSIA-EO14024"))
                .body("list.linkedTo", containsString("224TH FLIGHT UNIT"))
                .body("route.origin", equalTo("ZSPD")).body("route.destination", equalTo("UUEE"))
                .body("resolution.matches.icao24", hasItem("152b30"))
                .body("resolution.matches.source", hasItem("Plane-Alert"));
        given().queryParam("limit", 1000).get("/api/v1/watched-airports").then().statusCode(200)
                .body("icao", hasItem("UHWW"));
        long id = report.getLong("watchlistId");
        given().get("/api/v1/watchlists/" + id).then().statusCode(200).body("name", equalTo(name))
                .body("watches", equalTo(added.size())).body("watchedAirports", hasItem("UHWW"));
    }

    @Test
    void importingTheSameListAgainChangesNothingAndEntriesThatLeftAreRetired() throws IOException {
        String name = "OFAC " + UUID.randomUUID();
        List<String> lines = ofacLines();
        String body = String.join("\n", lines);
        JsonPath first = importList(name, body, Map.of(), 201);
        int watched = first.getList("added").size();

        JsonPath again = importList(name, body, Map.of(), 200);
        assertThat(again.getList("added")).isEmpty();
        assertThat(again.getList("changed")).isEmpty();
        assertThat(again.getList("retired")).isEmpty();
        assertThat(again.getInt("unchanged")).isEqualTo(watched);
        assertThat(again.getString("sha256")).isEqualTo(first.getString("sha256"));

        // RA-76592 (line 293) leaves the list; EP-GOM (line 2) is now linked to someone else.
        List<String> next = new ArrayList<>(lines);
        next.set(1, next.get(1).replace("Linked To: POUYA AIR.", "Linked To: QESHM FARS AIR."));
        next.remove(292);
        JsonPath third = importList(name, String.join("\n", next), Map.of(), 200);
        assertThat(third.getList("retired.entityId")).containsExactly("43131");
        assertThat(third.getList("changed.entityId")).containsExactly("15431");
        assertThat(third.getInt("unchanged")).isEqualTo(watched - 2);

        long retired = ((Number) third.getList("retired.watchId").get(0)).longValue();
        given().get("/api/v1/watches/" + retired).then().statusCode(200)
                .body("retiredAt", org.hamcrest.Matchers.notNullValue());
        long changed = ((Number) third.getList("changed.watchId").get(0)).longValue();
        given().get("/api/v1/watches/" + changed).then().body("list.linkedTo", equalTo("QESHM FARS AIR"));
        // Back on the list: the same watch again, no longer retired.
        JsonPath back = importList(name, body, Map.of(), 200);
        assertThat(back.getList("changed.watchId", Long.class)).contains(retired);
        given().get("/api/v1/watches/" + retired).then().body("retiredAt", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void badRowsAreReportedByLineAndTheGoodOnesImported() {
        String body = """
                RA-76592
                not a registration!
                152b30
                RA-76592
                """;
        JsonPath report = importList("plain " + UUID.randomUUID(), body, Map.of("format", "plain"), 201);
        assertThat(report.getList("added.entityId")).containsExactly("RA76592", "152b30");
        assertThat(report.getList("rejected.line")).containsExactly(2, 4);
        assertThat(report.getList("rejected.reason", String.class).get(1)).contains("first on line 1");
    }

    @Test
    void aSpreadsheetOfImoNumbersBecomesVesselWatchesNotAircraft() {
        String name = "fleet " + UUID.randomUUID();
        String body = """
                Name,IMO,Flag
                SPREADSHEET SHIP,2345674,Panama
                MISTYPED SHIP,IMO 2345675,Panama
                """;
        JsonPath report = importList(name, body, Map.of(), 201);
        assertThat(report.getString("format")).isEqualTo("plain");
        assertThat(report.getInt("aircraft")).isZero();
        assertThat(report.getInt("vessels")).isEqualTo(1);
        assertThat(report.getList("rejected.line")).containsExactly(3);

        long listId = report.getLong("watchlistId");
        List<Map<String, Object>> watches = given().queryParam("limit", 1000).get("/api/v1/vessel-watches").then()
                .statusCode(200).extract().jsonPath().getList("findAll { it.watchlistId == " + listId + " }");
        assertThat(watches).singleElement().satisfies(w -> {
            assertThat(w).containsEntry("imo", 2345674).containsEntry("name", "SPREADSHEET SHIP");
            assertThat(w).containsEntry("listEntityId", "IMO2345674");
        });
    }

    @Test
    void aFailedImportIsRefusedWholeAndLosesNothingWatched() throws IOException {
        String name = "OFAC " + UUID.randomUUID();
        String body = String.join("\n", ofacLines());
        JsonPath first = importList(name, body, Map.of("destination", "UUEE"), 201);
        int watched = first.getList("added").size();

        given().contentType("text/csv").queryParam("name", name).queryParam("format", "xlsx").body(body)
                .post("/api/v1/watchlists").then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("ofac-sdn, ftm, plain"));
        given().contentType("text/csv").queryParam("name", name).queryParam("destination", "NOPE").body("RA-76592")
                .post("/api/v1/watchlists").then().statusCode(400).body("detail", containsString("destination"));
        given().contentType("text/csv").queryParam("name", name).body(" ").post("/api/v1/watchlists").then()
                .statusCode(400);
        // The wrong file: a spreadsheet's bytes, or the right rows named as another format. Read as lists
        // with no entry, they would retire every watch.
        byte[] spreadsheet = new byte[4096];
        new java.util.Random(7).nextBytes(spreadsheet);
        System.arraycopy(new byte[] { 'P', 'K', 3, 4 }, 0, spreadsheet, 0, 4);
        given().contentType("text/csv").queryParam("name", name).body(spreadsheet).post("/api/v1/watchlists").then()
                .statusCode(400).body("detail", containsString("nothing in the list could be read as plain"));
        given().contentType("text/csv").queryParam("name", name).queryParam("format", "ofac-sdn")
                .body("RA-76592\nRA-64504\n").post("/api/v1/watchlists").then().statusCode(400)
                .body("detail", containsString("2 row(s) refused, the first on line 1"));

        long id = first.getLong("watchlistId");
        given().get("/api/v1/watchlists/" + id).then().body("watches", equalTo(watched)).body("retired", equalTo(0))
                .body("destination", equalTo("UUEE"));
    }

    @Test
    void onlyEditorsImport() {
        anonymous().contentType("text/csv").body("RA-76592").post("/api/v1/watchlists").then().statusCode(401);
        given().get("/api/v1/watchlists/999999").then().statusCode(404).contentType("application/problem+json");
    }
}
