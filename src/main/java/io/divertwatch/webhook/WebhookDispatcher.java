package io.divertwatch.webhook;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Sends due outbox rows. Runs on its own schedule and thread pool, so a slow or failing receiver
 * delays only its own deliveries, never detection or polling. Retries follow
 * {@code divertwatch.webhook.retry-delays} with ±10 % jitter; redirects are never followed.
 */
@ApplicationScoped
public class WebhookDispatcher {

    private static final int BATCH = 50;
    private static final int SENDERS = 4;

    private final WebhookConfig config;
    private final MeterRegistry registry;
    private final HttpClient http;
    private final ExecutorService senders = Executors.newFixedThreadPool(SENDERS, r -> {
        Thread t = new Thread(r, "webhook-sender");
        t.setDaemon(true);
        return t;
    });
    private final AtomicLong queueDepth = new AtomicLong();

    WebhookDispatcher(WebhookConfig config, MeterRegistry registry) {
        this.config = config;
        this.registry = registry;
        this.http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(config.timeout()).build();
        registry.gauge("divertwatch.webhook.queue.depth", queueDepth);
    }

    @PreDestroy
    void stop() {
        senders.shutdownNow();
    }

    @Scheduled(every = "${divertwatch.webhook.dispatch-interval:1s}", delayed = "2s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void dispatchDue() {
        List<Long> due = QuarkusTransaction.requiringNew().call(() -> {
            queueDepth.set(WebhookDelivery.count("status", WebhookDelivery.Status.PENDING.name()));
            return WebhookDelivery.<WebhookDelivery>find("status = ?1 and nextAttemptAt <= ?2 order by nextAttemptAt",
                    WebhookDelivery.Status.PENDING.name(), Instant.now()).page(0, BATCH).list().stream()
                    .map(d -> d.id).toList();
        });
        List<Future<?>> running = new java.util.ArrayList<>();
        due.forEach(id -> running.add(senders.submit(() -> attempt(id))));
        for (Future<?> f : running) {
            try {
                f.get();
            } catch (Exception e) {
                Log.errorf(e, "webhook attempt failed unexpectedly");
            }
        }
    }

    /** One attempt of one delivery: read it, send it outside any transaction, record the outcome. */
    void attempt(long deliveryId) {
        record Job(WebhookDelivery delivery, WebhookSubscription subscription) {
        }
        Job job = QuarkusTransaction.requiringNew().call(() -> {
            WebhookDelivery d = WebhookDelivery.findById(deliveryId);
            return d == null ? null : new Job(d, WebhookSubscription.findById(d.subscriptionId));
        });
        if (job == null || job.subscription() == null) {
            return;
        }
        Result result = send(job.subscription(), job.delivery());
        QuarkusTransaction.requiringNew().run(() -> recordOutcome(deliveryId, result));
    }

    record Result(Integer statusCode, String error, boolean retryable) {
        boolean delivered() {
            return statusCode != null && statusCode >= 200 && statusCode < 300;
        }
    }

    private Result send(WebhookSubscription subscription, WebhookDelivery delivery) {
        URI target = URI.create(subscription.url);
        try {
            TargetGuard.check(target, config.allowPrivateTargets());
        } catch (TargetGuard.RefusedTarget e) {
            return new Result(null, "refused: " + e.getMessage(), false);
        }
        WebhookFormat format = WebhookFormat.parse(subscription.format);
        long timestamp = Instant.now().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(target).timeout(config.timeout())
                .header("Content-Type", format.contentType())
                .header("User-Agent", "DivertWatch-Webhooks/1")
                .header("webhook-id", delivery.messageId)
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", WebhookSigner.sign(subscription.secret, delivery.messageId, timestamp,
                        delivery.payload))
                .POST(HttpRequest.BodyPublishers.ofString(delivery.payload)).build();
        try {
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            int code = response.statusCode();
            boolean retryable = code == 408 || code == 429 || code >= 500 || (code >= 300 && code < 400);
            return new Result(code, code >= 200 && code < 300 ? null : "HTTP " + code, retryable);
        } catch (HttpTimeoutException e) {
            return new Result(null, "timeout after " + config.timeout().toSeconds() + " s", true);
        } catch (IOException e) {
            return new Result(null, e.getClass().getSimpleName() + ": " + e.getMessage(), true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(null, "interrupted", true);
        }
    }

    private void recordOutcome(long deliveryId, Result result) {
        WebhookDelivery d = WebhookDelivery.findById(deliveryId);
        if (d == null) {
            return;
        }
        Instant now = Instant.now();
        d.attempts++;
        d.lastStatusCode = result.statusCode();
        d.lastError = result.error() == null ? null : truncate(result.error(), 1000);
        String outcome;
        if (result.delivered()) {
            d.status = WebhookDelivery.Status.DELIVERED.name();
            d.deliveredAt = now;
            d.nextAttemptAt = null;
            outcome = "delivered";
        } else if (Integer.valueOf(410).equals(result.statusCode())) {
            d.status = WebhookDelivery.Status.FAILED.name();
            d.nextAttemptAt = null;
            disable(d.subscriptionId, "receiver answered 410 Gone");
            outcome = "gone";
        } else if (!result.retryable() || d.attempts >= config.retryDelays().size()) {
            d.status = WebhookDelivery.Status.FAILED.name();
            d.nextAttemptAt = null;
            outcome = "failed";
            Log.warnf("Webhook delivery %d (%s) to subscription %d failed for good after %d attempt(s): %s", d.id,
                    d.messageId, d.subscriptionId, d.attempts, d.lastError);
        } else {
            d.nextAttemptAt = now.plus(jitter(config.retryDelays().get(d.attempts)));
            outcome = "retry";
            Log.debugf("Webhook delivery %d attempt %d: %s; next at %s", d.id, d.attempts, d.lastError,
                    d.nextAttemptAt);
        }
        registry.counter("divertwatch.webhook.deliveries", "outcome", outcome).increment();
        if (result.delivered()) {
            registry.timer("divertwatch.webhook.delivery.latency").record(Duration.between(d.createdAt, now));
        }
    }

    private static void disable(Long subscriptionId, String reason) {
        WebhookSubscription s = WebhookSubscription.findById(subscriptionId);
        if (s != null && s.enabled) {
            s.enabled = false;
            s.disabledReason = reason;
            Log.warnf("Webhook subscription %d disabled: %s", s.id, reason);
        }
    }

    private static Duration jitter(Duration delay) {
        long millis = delay.toMillis();
        long spread = millis / 10;
        return Duration.ofMillis(millis + (spread == 0 ? 0 : ThreadLocalRandom.current().nextLong(-spread, spread + 1)));
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
