package io.divertwatch.poll;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.divertwatch.support.Api.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.standardwebhooks.Webhook;
import io.divertwatch.source.replay.SyntheticDiversion;
import io.divertwatch.support.FeedStub;
import io.divertwatch.support.OpenSkyAnswer;
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

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The whole data path against a stub OpenSky: a watch is created through the API, the stub serves a
 * diverting flight (with a 429, a 503 and a garbage answer on the way), the alerts appear in the API
 * and reach a real local receiver, whose signature check uses the reference library.
 */
@QuarkusTest
@TestProfile(OpenSkyEndToEndTest.Profile.class)
@WithTestResource(FeedStub.class)
class OpenSkyEndToEndTest {

    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("divertwatch.source", "opensky", "divertwatch.poll.enabled", "false",
                    "divertwatch.opensky.client-id", "e2e-client", "divertwatch.opensky.client-secret", "e2e-pass",
                    "divertwatch.opensky.daily-credits", "100000");
        }
    }

    @Inject
    PollCycle cycle;

    @Test
    void aDivertingFlightServedByOpenSkyEndsAsSignedWebhooks() throws Exception {
        var stub = FeedStub.server;
        stub.stubFor(post(urlPathEqualTo("/auth/token")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"access_token\": \"tok-1\", \"expires_in\": 1800, \"token_type\": \"Bearer\"}")));
        given().contentType(ContentType.JSON).body("""
                {"icao24": "%s", "label": "e2e", "route": {"origin": "ZSPD", "destination": "UUEE"}}"""
                .formatted(SyntheticDiversion.ICAO24)).post("/api/v1/watches").then().statusCode(201);

        try (WebhookReceiver receiver = new WebhookReceiver()) {
            String secret = given().contentType(ContentType.JSON).body("{\"url\": \"" + receiver.url() + "\"}")
                    .post("/api/v1/webhooks").then().statusCode(201).extract().path("secret");

            List<StateVector> flight = SyntheticDiversion.states(SyntheticClock.claim(6 * 3600));
            for (int i = 0; i < flight.size(); i += 3) {
                StateVector s = flight.get(i);
                switch (i / 3) {
                    case 20 -> stub.stubFor(get(urlPathEqualTo("/api/states/all")).willReturn(aResponse()
                            .withStatus(429).withHeader("X-Rate-Limit-Retry-After-Seconds", "5")));
                    case 30 -> stub.stubFor(get(urlPathEqualTo("/api/states/all")).willReturn(aResponse().withStatus(503)));
                    case 40 -> stub.stubFor(get(urlPathEqualTo("/api/states/all")).willReturn(aResponse()
                            .withStatus(200).withBody("{\"time\": 1, \"states\": [[\"dead01\", tru")));
                    default -> stub.stubFor(get(urlPathEqualTo("/api/states/all")).willReturn(aResponse()
                            .withStatus(200).withHeader("Content-Type", "application/json")
                            .withHeader("X-Rate-Limit-Remaining", "99000").withBody(OpenSkyAnswer.of(s.time(), List.of(s)))));
                }
                cycle.pollAll(s.time() + 1);
            }
            stub.verify(getRequestedFor(urlPathEqualTo("/api/states/all")).withHeader("Authorization",
                    com.github.tomakehurst.wiremock.client.WireMock.matching("Bearer tok-[0-9]")));

            List<String> types = given().queryParam("icao24", SyntheticDiversion.ICAO24).get("/api/v1/alerts").then()
                    .statusCode(200).extract().path("type");
            assertThat(types).contains("DIVERSION_SUSPECTED", "WATCHED_AIRPORT_APPROACH", "DIVERTED",
                    "WATCHED_AIRPORT_LANDING");

            Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> receiver.received().size() >= types.size());
            ObjectMapper json = new ObjectMapper();
            Webhook verifier = new Webhook(secret);
            for (WebhookReceiver.Received r : receiver.received()) {
                verifier.verify(r.body(), Map.of("webhook-id", List.of(r.header("webhook-id")), "webhook-timestamp",
                        List.of(r.header("webhook-timestamp")), "webhook-signature", List.of(r.header("webhook-signature"))));
                assertThat(r.header("Content-Type")).startsWith("application/cloudevents+json");
                JsonNode event = json.readTree(r.body());
                assertThat(event.get("specversion").asText()).isEqualTo("1.0");
                assertThat(event.get("id").asText()).isEqualTo(r.header("webhook-id"));
                assertThat(event.get("type").asText()).isEqualTo(
                        "io.divertwatch.alert." + event.get("data").get("type").asText().toLowerCase(Locale.ROOT));
            }
            assertThat(receiver.received()).extracting(r -> json.readTree(r.body()).get("data").get("type").asText())
                    .contains("DIVERTED");
        }
        given().get("/q/metrics").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("divertwatch_polls_total{outcome=\"rate_limited\",source=\"opensky\"}"))
                .body(org.hamcrest.Matchers.containsString("divertwatch_polls_total{outcome=\"server_error\",source=\"opensky\"}"))
                .body(org.hamcrest.Matchers.containsString("divertwatch_polls_total{outcome=\"bad_response\",source=\"opensky\"}"));
    }

    @Test
    void aRealGlobalSnapshotServedByTheStubIsTrackedWhole() throws Exception {
        java.nio.file.Path snapshot = io.divertwatch.support.SharedData
                .require("opensky/husaincode_opensky_states_all_global.json");
        var stub = FeedStub.server;
        stub.stubFor(post(urlPathEqualTo("/auth/token")).willReturn(aResponse().withStatus(200)
                .withBody("{\"access_token\": \"tok-2\", \"expires_in\": 1800}")));
        stub.stubFor(get(urlPathEqualTo("/api/states/all")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(java.nio.file.Files.readAllBytes(snapshot))));
        // A callsign-only watch can only be found by a global query: the planner must ask for one.
        int watch = given().contentType(ContentType.JSON).body("{\"callsign\": \"NOSUCH1\"}")
                .post("/api/v1/watches").then().statusCode(201).extract().path("id");
        try {
            double before = vectors();
            cycle.pollAll(SyntheticClock.claim(60));
            assertThat(vectors() - before).isEqualTo(6553);
            stub.verify(getRequestedFor(urlPathEqualTo("/api/states/all")).withoutQueryParam("lamin"));
        } finally {
            // A callsign watch makes every later plan global: the other test plans boxes.
            given().delete("/api/v1/watches/" + watch).then().statusCode(204);
        }
    }

    private static double vectors() {
        String metrics = given().get("/q/metrics").then().extract().asString();
        return metrics.lines().filter(l -> l.startsWith("divertwatch_state_vectors_total{source=\"opensky\"}"))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).findFirst().orElse(0);
    }
}
