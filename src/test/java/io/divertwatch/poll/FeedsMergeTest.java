package io.divertwatch.poll;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.divertwatch.support.Api.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.divertwatch.support.FeedStub;
import io.divertwatch.support.SyntheticClock;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * OpenSky, an ADS-B Exchange v2 API and a local readsb file at once: fixes of one aircraft from all
 * three end in one track (a fix two feeds both report is kept once), each fix keeps its feed, and
 * every feed's faults (timeout, 429) are survived. Synthetic wall clocks drive the planners, each
 * test in a stretch of its own ({@link SyntheticClock}).
 */
@QuarkusTest
@TestProfile(FeedsMergeTest.ThreeFeeds.class)
@WithTestResource(FeedStub.class)
class FeedsMergeTest {

    static final Path READSB_FILE = Path.of("target", "test-readsb", "aircraft.json");

    public static class ThreeFeeds implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.ofEntries(Map.entry("divertwatch.source", "opensky,adsbx,readsb"),
                    Map.entry("divertwatch.poll.enabled", "false"),
                    Map.entry("divertwatch.opensky.client-id", "merge-client"),
                    Map.entry("divertwatch.opensky.client-secret", "merge-pass"),
                    Map.entry("divertwatch.opensky.daily-credits", "100000"), Map.entry("divertwatch.adsbx.api-key", "test-key"),
                    Map.entry("divertwatch.adsbx.interval", "1s"), Map.entry("divertwatch.readsb.url", READSB_FILE.toString()),
                    Map.entry("divertwatch.readsb.interval", "1s"));
        }
    }

    @Inject
    PollCycle cycle;

    @BeforeEach
    void stubs() throws Exception {
        // The file outlives the application: another build's fixes must not be read again.
        Files.deleteIfExists(READSB_FILE);
        var stub = FeedStub.server;
        stub.resetAll();
        stub.stubFor(post(urlPathEqualTo("/auth/token")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"access_token\": \"tok-merge\", \"expires_in\": 61}")));
        stub.stubFor(get(urlPathMatching("/v2/point/.*")).willReturn(aResponse().withStatus(200)
                .withBody("{\"now\": 0, \"ac\": []}")));
    }

    @Test
    void fixesFromThreeFeedsMergeIntoOneTrack() throws Exception {
        long t0 = SyntheticClock.claim(100);
        var stub = FeedStub.server;
        given().contentType(ContentType.JSON).body("{\"icao24\": \"abc123\", \"route\": {\"destination\": \"UUEE\"}}")
                .post("/api/v1/watches").then().statusCode(201);
        stub.stubFor(get(urlPathEqualTo("/api/states/all")).willReturn(aResponse().withStatus(200)
                .withBody(openSky(t0, 35.00))));
        // Other tests' watches may share the database: the hex query then names more aircraft.
        stub.stubFor(get(urlPathMatching("/v2/hex/.*abc123.*")).willReturn(aResponse().withStatus(200)
                .withBody(adsbx(t0 + 20, 35.04, "ac", 1000))));
        writeReadsb(t0 + 10, 35.02);

        for (int i = 0; i < 8; i++) {
            cycle.pollAll(t0 + 50 + i);
        }
        writeReadsb(t0 + 20, 35.04);     // the same fix adsbx already gave
        cycle.pollAll(t0 + 60);
        writeReadsb(t0 + 40, 35.08);
        cycle.pollAll(t0 + 61);

        List<String> times = given().get("/api/v1/aircraft/abc123/track").then().statusCode(200)
                .extract().path("properties.times");
        assertThat(times).hasSize(4).doesNotHaveDuplicates();
        List<String> sources = given().get("/api/v1/aircraft/abc123/track").then().extract().path("properties.sources");
        assertThat(sources).containsExactlyInAnyOrder("opensky", "readsb", "adsbx");

        stub.verify(getRequestedFor(urlPathMatching("/v2/hex/.*abc123.*")).withHeader("X-RapidAPI-Key", equalTo("test-key"))
                .withHeader("User-Agent", containing("DivertWatch")));
        stub.verify(getRequestedFor(urlPathEqualTo("/api/states/all")).withHeader("Authorization",
                equalTo("Bearer tok-merge")));
        String metrics = given().get("/q/metrics").then().extract().asString();
        for (String feed : List.of("opensky", "adsbx", "readsb")) {
            assertThat(metrics).contains("divertwatch_polls_total{outcome=\"success\",source=\"" + feed + "\"}");
        }
    }

    @Test
    void aSlowOpenSkyTimesOutAndARateLimitedApiPausesForItsRetryAfter() {
        long t0 = SyntheticClock.claim(300);
        var stub = FeedStub.server;
        stub.stubFor(get(urlPathEqualTo("/api/states/all")).willReturn(aResponse().withStatus(200)
                .withFixedDelay(4_000).withBody(openSky(t0 + 200, 35.4))));
        // Every ADS-B Exchange path: watches other tests left behind make it ask by address, not by area.
        stub.stubFor(get(urlPathMatching("/v2/.*")).willReturn(aResponse().withStatus(429)
                .withHeader("Retry-After", "30")));
        double timeoutsBefore = counter("timeout", "opensky");
        cycle.pollAll(t0 + 200);
        assertThat(counter("timeout", "opensky")).isEqualTo(timeoutsBefore + 1);

        int adsbxCalls = stub.findAll(getRequestedFor(urlPathMatching("/v2/.*"))).size();
        for (int s = 1; s < 30; s += 3) {
            cycle.pollAll(t0 + 200 + s);
        }
        assertThat(stub.findAll(getRequestedFor(urlPathMatching("/v2/.*")))).hasSize(adsbxCalls);
        cycle.pollAll(t0 + 231);
        assertThat(stub.findAll(getRequestedFor(urlPathMatching("/v2/.*")))).hasSize(adsbxCalls + 1);
        assertThat(counter("rate_limited", "adsbx")).isGreaterThanOrEqualTo(1);
    }

    private static double counter(String outcome, String feed) {
        String prefix = "divertwatch_polls_total{outcome=\"" + outcome + "\",source=\"" + feed + "\"} ";
        return given().get("/q/metrics").then().extract().asString().lines().filter(l -> l.startsWith(prefix))
                .mapToDouble(l -> Double.parseDouble(l.substring(prefix.length()))).findFirst().orElse(0);
    }

    private static String openSky(long time, double lat) {
        return String.format(Locale.ROOT, "{\"time\": %d, \"states\": [[\"abc123\", \"TST1    \", \"X\", %d, %d, 120.0,"
                + " %.3f, 10000.0, false, 230.0, 0.0, 0.0, null, 10100.0, \"1000\", false, 0]]}", time, time, time, lat);
    }

    private static String adsbx(long time, double lat, String list, long nowMultiplier) {
        return String.format(Locale.ROOT, "{\"now\": %d, \"%s\": [{\"hex\": \"abc123\", \"flight\": \"TST1\","
                + " \"lat\": %.3f, \"lon\": 120.0, \"alt_baro\": 32808, \"gs\": 447, \"track\": 0, \"seen_pos\": 0,"
                + " \"seen\": 0}]}", time * nowMultiplier, list, lat);
    }

    private static void writeReadsb(long time, double lat) throws Exception {
        Files.createDirectories(READSB_FILE.getParent());
        Files.writeString(READSB_FILE, adsbx(time, lat, "aircraft", 1));
    }
}
