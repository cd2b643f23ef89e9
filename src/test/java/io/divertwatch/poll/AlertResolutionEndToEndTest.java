package io.divertwatch.poll;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.divertwatch.support.Api.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.divertwatch.airport.BuiltInAirports;
import io.divertwatch.detect.TrackScript;
import io.divertwatch.geo.Airport;
import io.divertwatch.geo.AirportIndex;
import io.divertwatch.geo.GeoPoint;
import io.divertwatch.geo.Geodesy;
import io.divertwatch.support.FeedStub;
import io.divertwatch.support.OpenSkyAnswer;
import io.divertwatch.support.SyntheticClock;
import io.divertwatch.support.WebhookReceiver;
import io.divertwatch.track.StateVector;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.awaitility.Awaitility;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * A display flight through the live path: OpenSky (stubbed) serves a Frankfurt–Sheremetyevo flight that
 * descends far too early and loops for the crowd, then flies on and lands as planned. The suspicion it
 * raises is resolved by the engine before the landing; the API, the metrics and two real receivers (a
 * CloudEvents one and a Slack-format one) all say so.
 */
@QuarkusTest
@TestProfile(OpenSkyEndToEndTest.Profile.class)
@WithTestResource(FeedStub.class)
class AlertResolutionEndToEndTest {

    private static final String ICAO24 = "d15b1a";
    private static final AirportIndex AIRPORTS = new AirportIndex(BuiltInAirports.all(), "built-in");

    @Inject
    PollCycle cycle;

    @Test
    void aDisplayFlightsSuspicionIsResolvedBeforeItLandsAndSubscribersAreTold() throws Exception {
        Airport eddf = AIRPORTS.byIdent("EDDF").orElseThrow();
        Airport uuee = AIRPORTS.byIdent("UUEE").orElseThrow();
        double inbound = Geodesy.initialBearingDeg(uuee.position(), eddf.position());
        GeoPoint far = Geodesy.destination(uuee.lat(), uuee.lon(), inbound, 540);
        List<StateVector> flight = new TrackScript(ICAO24, eddf, SyntheticClock.claim(6 * 3600), 20).ground(3)
                .flyTo(Geodesy.destination(uuee.lat(), uuee.lon(), inbound, 700), 11_000, 230)
                .flyTo(far, 4_200, 200).flyTo(Geodesy.destination(far.lat(), far.lon(), 0, 60), 4_200, 150)
                .flyTo(Geodesy.destination(uuee.lat(), uuee.lon(), inbound, 500), 4_200, 150)
                .flyTo(Geodesy.destination(uuee.lat(), uuee.lon(), inbound, 400), 9_000, 220)
                .flyTo(Geodesy.destination(uuee.lat(), uuee.lon(), inbound, 170), 9_000, 230)
                .flyTo(uuee, 0, 120).ground(3).states();

        var stub = FeedStub.server;
        stub.stubFor(post(urlPathEqualTo("/auth/token")).willReturn(aResponse().withStatus(200)
                .withBody("{\"access_token\": \"tok-3\", \"expires_in\": 1800}")));
        given().contentType(ContentType.JSON).body("""
                {"icao24": "%s", "label": "farewell", "route": {"origin": "EDDF", "destination": "UUEE"}}"""
                .formatted(ICAO24)).post("/api/v1/watches").then().statusCode(201);
        try (WebhookReceiver events = new WebhookReceiver(); WebhookReceiver slack = new WebhookReceiver()) {
            subscribe(events.url(), "cloudevents");
            subscribe(slack.url(), "slack");
            for (StateVector s : flight) {
                stub.stubFor(get(urlPathEqualTo("/api/states/all")).willReturn(aResponse().withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody(OpenSkyAnswer.of(s.time(), List.of(s)))));
                cycle.pollAll(s.time() + 1);
            }

            Map<String, Object> alert = given().queryParam("icao24", ICAO24).queryParam("type", "DIVERSION_SUSPECTED")
                    .get("/api/v1/alerts").then().statusCode(200).extract().path("[0]");
            assertThat(alert).containsEntry("status", "resolved").containsEntry("resolvedBy", "engine");
            assertThat((String) alert.get("resolution")).startsWith("back on course for UUEE");
            long landed = flight.stream().skip(3).filter(s -> Boolean.TRUE.equals(s.onGround()))
                    .mapToLong(StateVector::time).min().orElseThrow();
            assertThat(Instant.parse((String) alert.get("resolvedAt"))).isBefore(Instant.ofEpochSecond(landed));
            List<String> types = given().queryParam("icao24", ICAO24).get("/api/v1/alerts").then().extract().path("type");
            assertThat(types).doesNotContain("DIVERTED");
            List<Integer> open = given().queryParam("icao24", ICAO24).queryParam("status", "open")
                    .get("/api/v1/alerts").then().statusCode(200).extract().path("id");
            assertThat(open).doesNotContain((Integer) alert.get("id"));
            List<Integer> resolved = given().queryParam("status", "resolved").get("/api/v1/alerts").then()
                    .statusCode(200).extract().path("id");
            assertThat(resolved).contains((Integer) alert.get("id"));

            ObjectMapper json = new ObjectMapper();
            Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> events.received().stream()
                    .anyMatch(r -> r.body().contains("io.divertwatch.alert.resolved")));
            JsonNode event = json.readTree(events.received().stream()
                    .filter(r -> r.body().contains("io.divertwatch.alert.resolved")).findFirst().orElseThrow().body());
            assertThat(event.get("subject").asText()).isEqualTo(ICAO24);
            assertThat(event.get("data").get("id").asInt()).isEqualTo(alert.get("id"));
            assertThat(event.get("data").get("status").asText()).isEqualTo("resolved");
            assertThat(event.get("time").asText()).isEqualTo(alert.get("resolvedAt"));
            Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> slack.received().stream()
                    .anyMatch(r -> r.body().contains("cleared: DIVERSION_SUSPECTED")));
            assertThat(slack.received()).extracting(r -> json.readTree(r.body()).get("text").asText())
                    .anyMatch(text -> text.startsWith("cleared: DIVERSION_SUSPECTED SCR001 (alert " + alert.get("id")
                            + "): back on course for UUEE"));
        }
        given().get("/q/metrics").then().statusCode(200).body(org.hamcrest.Matchers.containsString(
                "divertwatch_alerts_resolved_total{type=\"DIVERSION_SUSPECTED\"}"));
    }

    private static void subscribe(String url, String format) {
        given().contentType(ContentType.JSON).body("{\"url\": \"" + url + "\", \"format\": \"" + format
                + "\", \"types\": [\"DIVERSION_SUSPECTED\"]}").post("/api/v1/webhooks").then().statusCode(201);
    }
}
