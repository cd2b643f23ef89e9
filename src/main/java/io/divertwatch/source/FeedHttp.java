package io.divertwatch.source;

import io.divertwatch.source.FlightDataSource.Outcome;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Plain HTTP GET for feeds without a typed client (ADS-B Exchange v2 APIs, local receivers), with a
 * descriptive User-Agent and a timeout. Every failure comes back as an {@link Outcome}, never thrown.
 */
public final class FeedHttp {

    public static final String USER_AGENT = "DivertWatch/0.1 (open-source aircraft diversion monitor)";

    private final HttpClient client;
    private final Duration timeout;

    public FeedHttp(Duration timeout) {
        this.timeout = timeout;
        this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    /** @param retryAfterSeconds from a 429's {@code Retry-After}, when given in seconds */
    public record Answer(Outcome outcome, byte[] body, String error, OptionalLong retryAfterSeconds) {
    }

    public Answer get(URI uri, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(timeout).header("User-Agent", USER_AGENT)
                .header("Accept", "application/json").GET();
        headers.forEach(request::header);
        try {
            HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            int status = response.statusCode();
            if (status == 200) {
                return new Answer(Outcome.SUCCESS, response.body(), null, OptionalLong.empty());
            }
            Outcome outcome = status == 429 ? Outcome.RATE_LIMITED : status == 401 || status == 403
                    ? Outcome.UNAUTHORIZED : status >= 500 ? Outcome.SERVER_ERROR : Outcome.CLIENT_ERROR;
            OptionalLong retryAfter = response.headers().firstValue("Retry-After").map(FeedHttp::seconds)
                    .orElse(OptionalLong.empty());
            return new Answer(outcome, null, "HTTP " + status, retryAfter);
        } catch (HttpTimeoutException e) {
            return new Answer(Outcome.TIMEOUT, null, "timeout after " + timeout.toSeconds() + " s", OptionalLong.empty());
        } catch (IOException e) {
            return new Answer(Outcome.IO_ERROR, null, e.toString(), OptionalLong.empty());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(Outcome.IO_ERROR, null, "interrupted", OptionalLong.empty());
        }
    }

    private static OptionalLong seconds(String value) {
        try {
            return OptionalLong.of(Long.parseLong(value.trim()));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }
}
