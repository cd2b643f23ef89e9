package io.divertwatch.source.opensky;

import io.divertwatch.geo.BoundingBox;
import io.divertwatch.source.FeedJson;
import io.divertwatch.source.FlightDataSource.Outcome;
import io.divertwatch.track.StateVector;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.net.SocketTimeoutException;
import java.util.List;
import java.util.concurrent.TimeoutException;

/**
 * Fetches {@code /states/all} and maps every HTTP and transport failure to an {@link Outcome}:
 * nothing thrown here can stop the poller. A 401 refreshes the token and retries once.
 */
@ApplicationScoped
public class OpenSkyClient {

    static final String SOURCE = "opensky";

    private final OpenSkyApi api;
    private final OpenSkyTokens tokens;

    OpenSkyClient(@RestClient OpenSkyApi api, OpenSkyTokens tokens) {
        this.api = api;
        this.tokens = tokens;
    }

    /**
     * @param remainingCredits {@code X-Rate-Limit-Remaining}, when sent
     * @param retryAfterSeconds {@code X-Rate-Limit-Retry-After-Seconds} of a 429, when sent
     */
    public record Fetch(Outcome outcome, long dataTime, List<StateVector> states, int skippedRows,
            Integer remainingCredits, Long retryAfterSeconds, String error) {
    }

    public Fetch states(BoundingBox box) {
        Fetch first = attempt(box);
        if (first.outcome() == Outcome.UNAUTHORIZED) {
            tokens.invalidate();
            return attempt(box);
        }
        return first;
    }

    private Fetch attempt(BoundingBox box) {
        String authorization;
        try {
            authorization = tokens.authorization();
        } catch (OpenSkyTokens.TokenException e) {
            return failure(Outcome.UNAUTHORIZED, null, null, e.getMessage());
        }
        Response answered;
        try {
            answered = box == null ? api.states(null, null, null, null, null, authorization)
                    : api.states(box.latMin(), box.lonMin(), box.latMax(), box.lonMax(), null, authorization);
        } catch (WebApplicationException e) {
            answered = e.getResponse();
        } catch (ProcessingException e) {
            return failure(isTimeout(e) ? Outcome.TIMEOUT : Outcome.IO_ERROR, null, null,
                    e.getCause() == null ? e.getMessage() : e.getCause().toString());
        } catch (RuntimeException e) {
            return failure(Outcome.IO_ERROR, null, null, e.toString());
        }
        try (Response response = answered) {
            Integer remaining = intHeader(response, "X-Rate-Limit-Remaining");
            int status = response.getStatus();
            if (status == 429) {
                Integer retry = intHeader(response, "X-Rate-Limit-Retry-After-Seconds");
                return failure(Outcome.RATE_LIMITED, remaining, retry == null ? null : retry.longValue(),
                        "HTTP 429: credits spent" + (retry == null ? "" : ", retry after " + retry + " s"));
            }
            if (status == 401 || status == 403) {
                return failure(Outcome.UNAUTHORIZED, remaining, null, "HTTP " + status);
            }
            if (status >= 500) {
                return failure(Outcome.SERVER_ERROR, remaining, null, "HTTP " + status);
            }
            if (status != 200) {
                return failure(Outcome.CLIENT_ERROR, remaining, null, "HTTP " + status);
            }
            byte[] body = response.readEntity(byte[].class);
            OpenSkyStatesParser.Parsed parsed = OpenSkyStatesParser.parse(body, SOURCE);
            return new Fetch(Outcome.SUCCESS, parsed.time(), parsed.states(), parsed.skippedRows(), remaining, null,
                    null);
        } catch (FeedJson.BadResponse e) {
            return failure(Outcome.BAD_RESPONSE, null, null, "unreadable response: " + e.getMessage());
        } catch (ProcessingException e) {
            return failure(isTimeout(e) ? Outcome.TIMEOUT : Outcome.IO_ERROR, null, null, e.toString());
        }
    }

    private static Fetch failure(Outcome outcome, Integer remaining, Long retryAfter, String error) {
        return new Fetch(outcome, 0, List.of(), 0, remaining, retryAfter, error);
    }

    private static boolean isTimeout(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SocketTimeoutException || t instanceof TimeoutException
                    || t.getClass().getSimpleName().contains("Timeout")) {
                return true;
            }
        }
        return false;
    }

    private static Integer intHeader(Response response, String name) {
        String value = response.getHeaderString(name);
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
