package io.divertwatch.support;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/** A WireMock server standing in for OpenSky (API and token endpoint), on a dynamic port. */
public class OpenSkyStub implements QuarkusTestResourceLifecycleManager {

    public static WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        server.start();
        return Map.of("divertwatch.opensky.url", server.baseUrl() + "/api",
                "divertwatch.opensky.token-url", server.baseUrl() + "/auth/token",
                "divertwatch.opensky.timeout", "3s",
                "quarkus.rest-client.opensky.read-timeout", "3000");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
