package io.divertwatch.support;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/**
 * A WireMock server standing in for the remote feeds, on a dynamic port: OpenSky (API under
 * {@code /api}, token endpoint {@code /auth/token}) and an ADS-B Exchange v2 API (under {@code /v2}).
 */
public class FeedStub implements QuarkusTestResourceLifecycleManager {

    public static WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        server.start();
        return Map.of("divertwatch.opensky.url", server.baseUrl() + "/api",
                "divertwatch.opensky.token-url", server.baseUrl() + "/auth/token",
                "divertwatch.opensky.timeout", "3s",
                "divertwatch.adsbx.url", server.baseUrl() + "/v2",
                "quarkus.rest-client.opensky.read-timeout", "3000");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
