package io.divertwatch.webhook;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Sends one signed webhook request. The target host is resolved and checked by {@link TargetGuard}
 * on every call, and the connection goes to the very address that passed the check (the URL's host
 * still names the server for the Host header, SNI and certificate checks), so a DNS answer that
 * changes between check and connect cannot redirect a delivery to an internal address.
 * Redirects are never followed. Blocking: call it from a worker thread.
 */
@ApplicationScoped
public class WebhookSender {

    /** What an attempt came to: a status code, or an error; whether trying again may help. */
    public record Result(Integer statusCode, String error, boolean retryable) {

        public boolean delivered() {
            return statusCode != null && statusCode >= 200 && statusCode < 300;
        }

        public boolean gone() {
            return statusCode != null && statusCode == 410;
        }
    }

    private final WebhookConfig config;
    private final HttpClient http;

    WebhookSender(WebhookConfig config, Vertx vertx) {
        this.config = config;
        int timeoutMs = (int) config.timeout().toMillis();
        this.http = vertx.createHttpClient(new HttpClientOptions().setConnectTimeout(timeoutMs).setForceSni(true)
                .setVerifyHost(true).setMaxPoolSize(16).setKeepAlive(true));
    }

    @PreDestroy
    void close() {
        http.close();
    }

    /** Sends one attempt; never throws: whatever goes wrong is a failed attempt with its reason. */
    public Result send(String url, WebhookFormat format, String secret, String messageId, String body) {
        try {
            return attempt(url, format, secret, messageId, body);
        } catch (IllegalArgumentException e) {
            // A target no attempt can reach (a port out of range stored before it was validated).
            return new Result(null, "cannot send: " + e.getMessage(), false);
        } catch (RuntimeException e) {
            return new Result(null, "cannot send: " + e, true);
        }
    }

    private Result attempt(String url, WebhookFormat format, String secret, String messageId, String body) {
        URI target = URI.create(url);
        List<InetAddress> addresses;
        try {
            addresses = TargetGuard.check(target, config.allowPrivateTargets());
        } catch (TargetGuard.RefusedTarget e) {
            return new Result(null, "refused: " + e.getMessage(), false);
        }
        long timestamp = Instant.now().getEpochSecond();
        long timeoutMs = config.timeout().toMillis();
        int port = target.getPort() != -1 ? target.getPort()
                : target.getScheme().toLowerCase(Locale.ROOT).equals("https") ? 443 : 80;
        RequestOptions request = new RequestOptions().setMethod(HttpMethod.POST).setAbsoluteURI(url)
                .setServer(SocketAddress.inetSocketAddress(new InetSocketAddress(addresses.get(0), port)))
                .setFollowRedirects(false).setConnectTimeout(timeoutMs).setIdleTimeout(timeoutMs)
                .putHeader("Content-Type", format.contentType())
                .putHeader("User-Agent", "DivertWatch-Webhooks/1")
                .putHeader("webhook-id", messageId)
                .putHeader("webhook-timestamp", Long.toString(timestamp))
                .putHeader("webhook-signature", WebhookSigner.sign(secret, messageId, timestamp, body));
        Future<Integer> status = http.request(request)
                .compose(req -> req.send(Buffer.buffer(body)))
                // Only the status matters. No body handler is set, so the body is discarded, not buffered;
                // setting one here would fail for a response that has already ended (an empty 204).
                .compose(resp -> resp.end().map(done -> resp.statusCode()));
        try {
            int code = status.toCompletionStage().toCompletableFuture().get(timeoutMs + 1000, TimeUnit.MILLISECONDS);
            boolean retryable = code == 408 || code == 429 || code >= 500 || (code >= 300 && code < 400);
            return new Result(code, code >= 200 && code < 300 ? null : "HTTP " + code, retryable);
        } catch (TimeoutException e) {
            return new Result(null, "timeout after " + config.timeout().toSeconds() + " s", true);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            String text = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
            boolean timeout = cause.getClass().getSimpleName().contains("Timeout");
            return new Result(null, timeout ? "timeout: " + text : cause.getClass().getSimpleName() + ": " + text, true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(null, "interrupted", true);
        }
    }
}
