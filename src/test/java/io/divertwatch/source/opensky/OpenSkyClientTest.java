package io.divertwatch.source.opensky;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.divertwatch.support.Api.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.divertwatch.source.FlightDataSource.Outcome;
import io.divertwatch.support.FeedStub;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The OpenSky client's OAuth2 handling against a stub: client-credentials tokens are fetched once,
 * refreshed a minute before they expire and once after a 401, and the client secret never reaches
 * a log line or an answer.
 */
@QuarkusTest
@TestProfile(OpenSkyClientTest.WithCredentials.class)
@WithTestResource(FeedStub.class)
public class OpenSkyClientTest {

    static final Path LOG_FILE = Path.of("target", "opensky-client-test.log");
    private static final String STATES = "{\"time\": 1800000000, \"states\": [[\"abc123\", \"TST1    \", \"X\","
            + " 1800000000, 1800000000, 120.0, 35.0, 10000.0, false, 230.0, 0.0, 0.0, null, 10100.0, \"1000\", false, 0]]}";

    public static class WithCredentials implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.log.file.enabled", "true", "quarkus.log.file.path", LOG_FILE.toString(),
                    "divertwatch.source", "opensky", "divertwatch.poll.enabled", "false",
                    "divertwatch.opensky.client-id", "client-test-id",
                    "divertwatch.opensky.client-secret", "client-test-secret");
        }
    }

    @Inject
    OpenSkyClient client;
    @Inject
    OpenSkyTokens tokens;

    @BeforeEach
    void stubs() {
        FeedStub.server.resetAll();
        tokens.invalidate();
        // A token of 61 s is refreshed a minute before it expires: one second after it came.
        FeedStub.server.stubFor(post(urlPathEqualTo("/auth/token")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"access_token\": \"tok-client\", \"expires_in\": 61}")));
        FeedStub.server.stubFor(get(urlPathEqualTo("/api/states/all")).willReturn(aResponse().withStatus(200)
                .withBody(STATES)));
    }

    @Test
    void aTokenIsReusedUntilAMinuteBeforeItExpiresThenRefreshed() throws Exception {
        assertThat(client.states(null).outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(client.states(null).outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(tokenRequests()).isEqualTo(1);

        Thread.sleep(1_200);
        assertThat(client.states(null).outcome()).isEqualTo(Outcome.SUCCESS);

        assertThat(tokenRequests()).isEqualTo(2);
        FeedStub.server.verify(3, getRequestedFor(urlPathEqualTo("/api/states/all"))
                .withHeader("Authorization", equalTo("Bearer tok-client")));
    }

    @Test
    void aRevokedTokenIsReplacedOnceAndTheRequestRetried() {
        FeedStub.server.stubFor(post(urlPathEqualTo("/auth/token")).willReturn(aResponse().withStatus(200)
                .withBody("{\"access_token\": \"tok-long\", \"expires_in\": 1800}")));
        assertThat(client.states(null).outcome()).isEqualTo(Outcome.SUCCESS);
        FeedStub.server.stubFor(get(urlPathEqualTo("/api/states/all")).inScenario("revoked")
                .whenScenarioStateIs(Scenario.STARTED).willReturn(aResponse().withStatus(401))
                .willSetStateTo("renewed"));
        FeedStub.server.stubFor(get(urlPathEqualTo("/api/states/all")).inScenario("revoked")
                .whenScenarioStateIs("renewed").willReturn(aResponse().withStatus(200).withBody(STATES)));

        OpenSkyClient.Fetch fetch = client.states(null);

        assertThat(fetch.outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(fetch.states()).hasSize(1);
        assertThat(tokenRequests()).isEqualTo(2);
    }

    @Test
    void aClientThatStaysUnauthorizedFailsAfterOneRetry() {
        FeedStub.server.stubFor(get(urlPathEqualTo("/api/states/all")).willReturn(aResponse().withStatus(401)));

        assertThat(client.states(null).outcome()).isEqualTo(Outcome.UNAUTHORIZED);

        assertThat(tokenRequests()).isEqualTo(2);
        FeedStub.server.verify(2, getRequestedFor(urlPathEqualTo("/api/states/all")));
    }

    @Test
    void theClientSecretAppearsInNoLogAndNoAnswer() throws Exception {
        assertThat(client.states(null).outcome()).isEqualTo(Outcome.SUCCESS);
        tokens.invalidate();
        FeedStub.server.stubFor(post(urlPathEqualTo("/auth/token")).willReturn(aResponse().withStatus(401)
                .withBody("{\"error\": \"invalid_client\"}")));
        assertThat(client.states(null).outcome()).isEqualTo(Outcome.UNAUTHORIZED);

        assertThat(Files.readString(LOG_FILE)).contains("client-test-id").doesNotContain("client-test-secret");
        assertThat(given().get("/api/v1/sources").then().extract().asString()).doesNotContain("client-test-secret");
        assertThat(given().get("/q/metrics").then().extract().asString()).doesNotContain("client-test-secret");
        FeedStub.server.verify(postRequestedFor(urlPathEqualTo("/auth/token")));
    }

    private static int tokenRequests() {
        return FeedStub.server.findAll(postRequestedFor(urlPathEqualTo("/auth/token"))).size();
    }
}
