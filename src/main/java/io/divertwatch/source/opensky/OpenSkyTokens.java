package io.divertwatch.source.opensky;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.time.Clock;
import java.time.Instant;

/**
 * Client-credentials tokens for OpenSky: fetched on demand, cached, refreshed a minute before
 * expiry or when a request comes back 401. Concurrent callers share one token. The secret and the
 * token never appear in logs.
 */
@ApplicationScoped
public class OpenSkyTokens {

    private static final long REFRESH_MARGIN_SECONDS = 60;
    private static final long DEFAULT_LIFETIME_SECONDS = 1800;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final OpenSkyConfig config;
    private final OpenSkyTokenApi api;
    private final Clock clock;
    private String token;
    private Instant refreshAt = Instant.MIN;

    OpenSkyTokens(OpenSkyConfig config, @RestClient OpenSkyTokenApi api) {
        this.config = config;
        this.api = api;
        this.clock = Clock.systemUTC();
    }

    /** The {@code Authorization} header value, or null when running anonymously. */
    public synchronized String authorization() throws TokenException {
        if (!config.authenticated()) {
            return null;
        }
        if (token == null || !clock.instant().isBefore(refreshAt)) {
            fetch();
        }
        return "Bearer " + token;
    }

    /** Forget the token (after a 401), so the next call fetches a new one. */
    public synchronized void invalidate() {
        token = null;
    }

    private void fetch() throws TokenException {
        Response answered;
        try {
            answered = api.token("client_credentials", config.clientId().orElseThrow(),
                    config.clientSecret().orElseThrow());
        } catch (WebApplicationException e) {
            answered = e.getResponse();
        } catch (RuntimeException e) {
            throw new TokenException("token endpoint unreachable: " + e.getClass().getSimpleName());
        }
        try (Response response = answered) {
            if (response.getStatus() != 200) {
                throw new TokenException("token endpoint answered HTTP " + response.getStatus()
                        + (response.getStatus() == 401 || response.getStatus() == 400 ? " (check client id and secret)" : ""));
            }
            JsonNode body = JSON.readTree(response.readEntity(String.class));
            JsonNode accessToken = body.get("access_token");
            if (accessToken == null || !accessToken.isTextual() || accessToken.asText().isBlank()) {
                throw new TokenException("token endpoint answered without an access_token");
            }
            long lifetime = body.has("expires_in") && body.get("expires_in").canConvertToLong()
                    ? body.get("expires_in").asLong() : DEFAULT_LIFETIME_SECONDS;
            token = accessToken.asText();
            refreshAt = clock.instant().plusSeconds(Math.max(1, lifetime - REFRESH_MARGIN_SECONDS));
            Log.infof("OpenSky: obtained an access token for client %s, valid %d s", config.clientId().get(), lifetime);
        } catch (java.io.IOException e) {
            throw new TokenException("token endpoint answered malformed JSON");
        }
    }

    public static final class TokenException extends Exception {
        public TokenException(String message) {
            super(message);
        }
    }
}
