package io.divertwatch.webhook;

import io.divertwatch.common.Outage;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Sends due outbox rows, at least once, from any number of replicas.
 * <p>
 * A dispatcher claims a batch with {@code SELECT … FOR UPDATE SKIP LOCKED}: it writes its claim
 * token and pushes the rows' next attempt out by a lease, then commits and sends outside any
 * transaction. Other dispatchers skip rows locked by a claim in progress and, once it is committed,
 * rows whose lease has not run out; so no two dispatchers send the same attempt. A dispatcher that
 * dies mid-send loses nothing: its lease expires and another sends again, with the same
 * {@code webhook-id}. Only the claim holder records the outcome.
 * <p>
 * Retries follow {@code divertwatch.webhook.retry-delays} with ±10 % jitter. 2xx is done; 410
 * disables the subscription; 408, 429, 3xx, 5xx and transport errors retry; other 4xx fail at once.
 * A subscription failing for {@code divertwatch.webhook.disable-after} without a success is disabled.
 */
@ApplicationScoped
public class WebhookDispatcher {

    private static final int BATCH = 50;
    private static final int SENDERS = 4;

    private final WebhookConfig config;
    private final WebhookSender sender;
    private final EntityManager em;
    private final MeterRegistry registry;
    private final ExecutorService senders = Executors.newFixedThreadPool(SENDERS, r -> {
        Thread t = new Thread(r, "webhook-sender");
        t.setDaemon(true);
        return t;
    });
    private final AtomicLong queueDepth = new AtomicLong();
    private final Outage databaseOutage = new Outage();
    /** Runs a dispatch right after new deliveries commit; one at a time, extra nudges coalesce. */
    private final ThreadPoolExecutor nudger = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(1), r -> {
                Thread t = new Thread(r, "webhook-nudge");
                t.setDaemon(true);
                return t;
            }, new ThreadPoolExecutor.DiscardPolicy());

    WebhookDispatcher(WebhookConfig config, WebhookSender sender, EntityManager em, MeterRegistry registry) {
        this.config = config;
        this.sender = sender;
        this.em = em;
        this.registry = registry;
        registry.gauge("divertwatch.webhook.queue.depth", queueDepth);
        // Every outcome exists from the start at 0, so that rate() and alert rules see the series.
        for (String outcome : new String[] {"delivered", "gone", "failed", "retry"}) {
            registry.counter("divertwatch.webhook.deliveries", "outcome", outcome);
        }
    }

    @PreDestroy
    void stop() {
        nudger.shutdownNow();
        senders.shutdownNow();
    }

    void deliveriesQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) DeliveriesQueued event) {
        nudger.execute(this::dispatchDue);
    }

    /** The time a claim holds its deliveries: a full attempt plus a margin. */
    Duration lease() {
        return config.timeout().multipliedBy(2).plusSeconds(30);
    }

    @Scheduled(every = "${divertwatch.webhook.dispatch-interval:1s}", delayed = "2s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void dispatchDue() {
        String token = UUID.randomUUID().toString();
        List<Long> claimed;
        try {
            claimed = claim(token);
        } catch (RuntimeException e) {
            if (databaseOutage.began()) {
                Log.warnf("Webhook deliveries paused until the database answers: %s", e.getMessage());
            }
            return;
        }
        if (databaseOutage.ended()) {
            Log.info("Webhook deliveries resumed: the database answers again");
        }
        List<Future<?>> running = new ArrayList<>(claimed.size());
        claimed.forEach(id -> running.add(senders.submit(() -> attempt(id, token))));
        for (Future<?> f : running) {
            try {
                f.get();
            } catch (Exception e) {
                Log.errorf(e, "webhook attempt failed unexpectedly");
            }
        }
    }

    /** Claims up to a batch of due deliveries for {@code token}; returns their ids. */
    List<Long> claim(String token) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Instant now = Instant.now();
            queueDepth.set(WebhookDelivery.count("status", WebhookDelivery.Status.PENDING.name()));
            @SuppressWarnings("unchecked")
            List<Number> rows = em.createNativeQuery("SELECT id FROM webhook_delivery"
                    + " WHERE status = 'PENDING' AND next_attempt_at <= ?1 ORDER BY next_attempt_at"
                    + " FETCH FIRST " + BATCH + " ROWS ONLY FOR UPDATE SKIP LOCKED")
                    .setParameter(1, now).getResultList();
            List<Long> candidates = rows.stream().map(Number::longValue).toList();
            if (candidates.isEmpty()) {
                return List.of();
            }
            // The update re-checks that each row is still due: a row another dispatcher claimed between
            // our snapshot and our lock is not taken twice. What this token got is read back.
            WebhookDelivery.update("claimToken = ?1, nextAttemptAt = ?2 where id in ?3 and status = 'PENDING'"
                    + " and nextAttemptAt <= ?4", token, now.plus(lease()), candidates, now);
            return WebhookDelivery.<WebhookDelivery>list("claimToken", token).stream().map(d -> d.id).toList();
        });
    }

    /** One attempt of one claimed delivery: read it, send it outside any transaction, record the outcome. */
    void attempt(long deliveryId, String token) {
        record Job(WebhookDelivery delivery, WebhookSubscription subscription) {
        }
        Job job = QuarkusTransaction.requiringNew().call(() -> {
            WebhookDelivery d = WebhookDelivery.findById(deliveryId);
            return d == null || !token.equals(d.claimToken) ? null
                    : new Job(d, WebhookSubscription.findById(d.subscriptionId));
        });
        if (job == null) {
            return;
        }
        WebhookSender.Result result = job.subscription() == null || !job.subscription().enabled
                ? new WebhookSender.Result(null, "subscription disabled", false) : send(job.subscription(), job.delivery());
        QuarkusTransaction.requiringNew().run(() -> recordOutcome(deliveryId, token, result));
    }

    private WebhookSender.Result send(WebhookSubscription s, WebhookDelivery d) {
        try {
            return sender.send(s.url, WebhookFormat.parse(s.format), s.secret, d.messageId, d.payload);
        } catch (RuntimeException e) {
            // A subscription no attempt can serve (a stored format this version does not know).
            return new WebhookSender.Result(null, "cannot send: " + e.getMessage(), false);
        }
    }

    private void recordOutcome(long deliveryId, String token, WebhookSender.Result result) {
        WebhookDelivery d = WebhookDelivery.findById(deliveryId);
        if (d == null || !token.equals(d.claimToken)) {
            // The lease ran out and another dispatcher took over: its outcome is the one that counts.
            return;
        }
        Instant now = Instant.now();
        d.claimToken = null;
        d.attempts++;
        d.lastStatusCode = result.statusCode();
        d.lastError = result.error() == null ? null : truncate(result.error(), 1000);
        WebhookSubscription s = WebhookSubscription.findById(d.subscriptionId);
        String outcome;
        if (result.delivered()) {
            d.status = WebhookDelivery.Status.DELIVERED.name();
            d.deliveredAt = now;
            d.nextAttemptAt = null;
            outcome = "delivered";
            registry.timer("divertwatch.webhook.delivery.latency").record(Duration.between(d.createdAt, now));
        } else if (result.gone()) {
            d.status = WebhookDelivery.Status.FAILED.name();
            d.nextAttemptAt = null;
            outcome = "gone";
            disable(s, "receiver answered 410 Gone");
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
        if (s != null) {
            trackHealth(s, result, now);
        }
        registry.counter("divertwatch.webhook.deliveries", "outcome", outcome).increment();
    }

    private void trackHealth(WebhookSubscription s, WebhookSender.Result result, Instant now) {
        if (result.delivered()) {
            s.failingSince = null;
            s.lastSuccessAt = now;
        } else if (s.failingSince == null) {
            s.failingSince = now;
        } else if (s.enabled && !Duration.between(s.failingSince, now).minus(config.disableAfter()).isNegative()) {
            disable(s, "every delivery failed since " + s.failingSince + " (longer than "
                    + config.disableAfter().toHours() + " h); last error: " + result.error());
        }
    }

    private void disable(WebhookSubscription s, String reason) {
        if (s != null && s.enabled) {
            s.enabled = false;
            s.disabledReason = truncate(reason, 500);
            registry.counter("divertwatch.webhook.subscriptions.disabled").increment();
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
