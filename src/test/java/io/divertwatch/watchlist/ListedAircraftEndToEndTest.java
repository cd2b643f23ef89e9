package io.divertwatch.watchlist;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.divertwatch.support.Api.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.divertwatch.detect.LabelledTracks;
import io.divertwatch.identity.Register;
import io.divertwatch.identity.Registers;
import io.divertwatch.poll.PollCycle;
import io.divertwatch.support.FeedStub;
import io.divertwatch.support.OpenSkyAnswer;
import io.divertwatch.support.SharedData;
import io.divertwatch.support.SyntheticClock;
import io.divertwatch.support.WebhookReceiver;
import io.divertwatch.track.StateVector;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.awaitility.Awaitility;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A sanctions list turned into live watches: the real OFAC SDN aircraft rows are imported, the
 * Plane-Alert register maps RA-76592 to its address, and a real recorded diversion flown under that
 * address through a stub OpenSky ends as an alert (and a webhook) that names the aircraft by
 * registration with its list entry. A register that re-registers a listed airframe raises
 * {@code IDENTITY_CHANGED}; a feed that reports a listed registration resolves its watch at once.
 */
@QuarkusTest
@TestProfile(ListedAircraftEndToEndTest.Profile.class)
@WithTestResource(FeedStub.class)
class ListedAircraftEndToEndTest {

    /** A register written by the test, under a name of its own: another build's copy is never read. */
    static final Path SECOND_REGISTER = Path.of("target", "test-registers", UUID.randomUUID() + ".csv");

    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // A database of its own: other tests' watches on the same aircraft would come first.
            return Map.ofEntries(Map.entry("quarkus.datasource.jdbc.url", "jdbc:h2:mem:listed;DB_CLOSE_DELAY=-1"),
                    Map.entry("divertwatch.source", "opensky,adsbx"),
                    Map.entry("divertwatch.poll.enabled", "false"),
                    Map.entry("divertwatch.opensky.client-id", "list-client"),
                    Map.entry("divertwatch.opensky.client-secret", "list-pass"),
                    Map.entry("divertwatch.opensky.daily-credits", "1000000"),
                    Map.entry("divertwatch.adsbx.interval", "1s"),
                    Map.entry("divertwatch.registers.sources", "plane-alert:" + SharedData.root()
                            .resolve("identity/plane-alert-db_subset.csv") + ",opensky:" + SECOND_REGISTER),
                    Map.entry("divertwatch.registers.follow-every", "1s"));
        }
    }

    /** The OFAC list, imported once for the class with the route of the leg replayed, and its watches by entry. */
    private static String list;
    private static Map<String, Long> watches;

    @Inject
    PollCycle cycle;
    @Inject
    Registers registers;

    @BeforeEach
    void stubs() throws Exception {
        SharedData.require("identity/ofac_sdn_csv_2024-05-03_aircraft.csv");
        var stub = FeedStub.server;
        stub.resetAll();
        stub.stubFor(post(urlPathEqualTo("/auth/token")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"access_token\": \"tok-list\", \"expires_in\": 1800}")));
        stub.stubFor(get(urlPathMatching("/v2/.*")).willReturn(aResponse().withStatus(200)
                .withBody("{\"now\": 0, \"ac\": []}")));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> registers.current().registers().stream()
                .map(Register::name).anyMatch("Plane-Alert"::equals));
        if (list == null) {
            list = "OFAC SDN " + UUID.randomUUID();
            LabelledTracks.Leg leg = leg();
            watches = importOfac(list, Map.of("origin", leg.origin(), "destination", leg.destination()));
        }
    }

    /** Heraklion to Domodedovo, landed at Sheremetyevo. */
    private static LabelledTracks.Leg leg() throws IOException {
        return LabelledTracks.scoredLegs().stream()
                .filter(l -> l.file().getFileName().toString().equals("24589078_HER-DME.csv")).findFirst().orElseThrow();
    }

    @Test
    void aListedAircraftsDiversionIsAnAlertNamingItsRegistrationAndListEntry() throws Exception {
        LabelledTracks.Leg leg = leg();

        try (WebhookReceiver receiver = new WebhookReceiver()) {
            given().contentType(ContentType.JSON).body("{\"url\": \"" + receiver.url() + "\"}")
                    .post("/api/v1/webhooks").then().statusCode(201);

            // The recorded flight, flown now by the transponder Plane-Alert gives RA-76592.
            List<StateVector> flight = leg.states();
            long shift = SyntheticClock.claim(flight.get(flight.size() - 1).time() - flight.get(0).time() + 3600)
                    - flight.get(0).time();
            for (StateVector s : flight) {
                StateVector listed = new StateVector("152b30", null, "Russia", s.timePosition() + shift,
                        s.lastContact() + shift, s.lat(), s.lon(), s.baroAltitudeM(), s.onGround(), s.velocityMps(),
                        s.trueTrackDeg(), s.verticalRateMps(), s.geoAltitudeM(), null, "opensky");
                FeedStub.server.stubFor(get(urlPathEqualTo("/api/states/all")).willReturn(aResponse().withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody(OpenSkyAnswer.of(listed.time(), List.of(listed)))));
                cycle.pollAll(listed.time() + 1);
            }

            JsonNode diverted = alerts("152b30").stream().filter(a -> a.get("type").asText().equals("DIVERTED"))
                    .findFirst().orElseThrow(() -> new AssertionError("no DIVERTED alert for 152b30"));
            assertThat(diverted.get("airport").asText()).isEqualTo(leg.actual());
            assertNamesRa76592(diverted);

            Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> receiver.received().stream()
                    .anyMatch(r -> r.body().contains("\"DIVERTED\"")));
            JsonNode event = new ObjectMapper().readTree(receiver.received().stream()
                    .filter(r -> r.body().contains("\"DIVERTED\"")).findFirst().orElseThrow().body());
            assertNamesRa76592(event.get("data"));
        }
    }

    @Test
    void aRegisterThatReRegistersAListedAirframeRaisesIdentityChangedAndTheWatchFollows() throws Exception {
        long watch = watchOf("15431");
        // EP-GOM, MSN 1023409321: no register knows it yet.
        given().get("/api/v1/watches/" + watch).then().statusCode(200)
                .body("resolution.unresolved", org.hamcrest.Matchers.containsString("EP-GOM"));

        Files.createDirectories(SECOND_REGISTER.getParent());
        Files.writeString(SECOND_REGISTER, """
                icao24,registration,manufacturericao,manufacturername,model,typecode,serialnumber,operator,operatoricao,owner
                7342b3,EP-PUS,ILYUSHIN,Ilyushin,Il-76TD,IL76,1023409321,Pouya Air,PYA,
                """, StandardCharsets.UTF_8);
        registers.refresh();

        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> alerts("7342b3").stream()
                .anyMatch(a -> a.get("type").asText().equals("IDENTITY_CHANGED") && a.get("watchId").asLong() == watch));
        JsonNode changed = alerts("7342b3").stream().filter(a -> a.get("type").asText().equals("IDENTITY_CHANGED")
                && a.get("watchId").asLong() == watch).findFirst().orElseThrow();
        assertThat(changed.get("summary").asText()).contains("EP-GOM is now EP-PUS")
                .contains("OpenSky aircraft database").contains("serial number 1023409321");
        assertThat(changed.get("registration").asText()).isEqualTo("EP-PUS");
        assertThat(changed.get("listEntry").get("entityId").asText()).isEqualTo("15431");

        JsonNode view = new ObjectMapper().readTree(given().get("/api/v1/watches/" + watch).then().statusCode(200)
                .extract().asString());
        assertThat(view.get("airframe").get("registration").asText()).isEqualTo("EP-PUS");
        assertThat(view.get("resolution").get("matches").findValuesAsText("icao24")).contains("7342b3");
        Files.deleteIfExists(SECOND_REGISTER);
    }

    @Test
    void aFeedReportingAListedRegistrationResolvesItsWatchAndADisagreementIsCounted() throws Exception {
        long watch = watchOf("43131");
        long t = SyntheticClock.claim(60);
        // An ADS-B Exchange v2 answer: 730abc says it is YI-NAE (an A340 OFAC lists by its previous tail),
        // 15406e says it is RA-99999 where Plane-Alert says RA-82030.
        FeedStub.server.stubFor(get(urlPathMatching("/v2/.*")).willReturn(aResponse().withStatus(200)
                .withBody(String.format(Locale.ROOT, "{\"now\": %d, \"ac\": [{\"hex\": \"730abc\", \"r\": \"YI-NAE\","
                        + " \"t\": \"A346\", \"lat\": 39.0, \"lon\": 125.7, \"alt_baro\": 9000, \"gs\": 300, \"track\": 90,"
                        + " \"seen_pos\": 0}, {\"hex\": \"15406e\", \"r\": \"RA-99999\", \"t\": \"A124\", \"lat\": 39.1,"
                        + " \"lon\": 125.8, \"alt_baro\": 9000, \"gs\": 300, \"track\": 90, \"seen_pos\": 0}]}", t))));
        double before = disagreements();
        cycle.pollAll(t);

        long yiNae = watchOf("18151");
        JsonNode view = new ObjectMapper().readTree(given().get("/api/v1/watches/" + yiNae).then().statusCode(200)
                .extract().asString());
        assertThat(view.get("resolution").get("matches")).anySatisfy(m -> {
            assertThat(m.get("icao24").asText()).isEqualTo("730abc");
            assertThat(m.get("source").asText()).isEqualTo("live feeds");
            assertThat(m.get("why").asText()).isEqualTo("previous registration YI-NAE");
        });
        assertThat(disagreements()).isGreaterThan(before);
        // A registration the registers resolve keeps its register's answer.
        given().get("/api/v1/watches/" + watch).then().statusCode(200)
                .body("resolution.matches.icao24", org.hamcrest.Matchers.hasItem("152b30"));
    }

    private static void assertNamesRa76592(JsonNode alert) {
        assertThat(alert.get("registration").asText()).isEqualTo("RA-76592");
        assertThat(alert.get("typeCode").asText()).isEqualTo("IL76");
        assertThat(alert.get("operator").asText()).isEqualTo("Russian Air Force");
        assertThat(alert.get("identitySource").asText()).isEqualTo("Plane-Alert");
        JsonNode entry = alert.get("listEntry");
        assertThat(entry.get("list").asText()).isEqualTo(list);
        assertThat(entry.get("entityId").asText()).isEqualTo("43131");
        assertThat(entry.get("program").asText()).isEqualTo("RUSSIA-EO14024");
        assertThat(entry.get("linkedTo").asText()).contains("224TH FLIGHT UNIT");
        assertThat(alert.get("summary").asText()).startsWith("RA-76592 (IL76, Russian Air Force): ")
                .contains("Listed: " + list + " entry 43131, RUSSIA-EO14024, linked to JOINT STOCK COMPANY");
    }

    /** Imports the OFAC aircraft rows; returns the watches made, by entry. */
    private static Map<String, Long> importOfac(String name, Map<String, String> route) throws Exception {
        byte[] body = Files.readAllBytes(SharedData.require("identity/ofac_sdn_csv_2024-05-03_aircraft.csv"));
        JsonNode report = new ObjectMapper().readTree(given().contentType("text/csv").queryParam("name", name)
                .queryParams(route).body(body).post("/api/v1/watchlists").then().statusCode(201).extract().asString());
        Map<String, Long> made = new java.util.HashMap<>();
        report.get("added").forEach(a -> made.put(a.get("entityId").asText(), a.get("watchId").asLong()));
        return made;
    }

    private static long watchOf(String entityId) {
        Long id = watches.get(entityId);
        if (id == null) {
            throw new AssertionError("no watch for entry " + entityId + " of " + list);
        }
        return id;
    }

    private static List<JsonNode> alerts(String icao24) throws Exception {
        JsonNode all = new ObjectMapper().readTree(given().queryParam("icao24", icao24).queryParam("limit", 1000)
                .get("/api/v1/alerts").then().statusCode(200).extract().asString());
        List<JsonNode> out = new java.util.ArrayList<>();
        all.forEach(out::add);
        return out;
    }

    private static double disagreements() {
        return given().get("/q/metrics").then().extract().asString().lines()
                .filter(l -> l.startsWith("divertwatch_identity_disagreements_total"))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).findFirst().orElse(0);
    }
}
