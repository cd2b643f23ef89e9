package io.divertwatch.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import io.divertwatch.alert.Alert;
import io.divertwatch.support.WebhookReceiver;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Several dispatchers on one database never send one attempt twice. Run against each database the
 * service supports (subclasses pick H2 or PostgreSQL); the scheduler is off so only the test claims.
 */
abstract class DeliveryClaimsContract {

    @Inject
    WebhookDispatcher dispatcher;

    /**
     * Subscriptions (and, by cascade, their deliveries) must not outlive a test, since receivers close;
     * nor may another test's be claimed here, since the count is the point.
     */
    @BeforeEach
    @AfterEach
    void removeSubscriptions() {
        QuarkusTransaction.requiringNew().run(() -> WebhookSubscription.deleteAll());
    }

    /** Inserts pending deliveries directly (no outbox nudge), all due now; returns the subscription id. */
    static long seed(String url, int count) {
        return QuarkusTransaction.requiringNew().call(() -> {
            WebhookSubscription s = new WebhookSubscription();
            s.url = url;
            s.secret = WebhookSigner.newSecret();
            s.format = "cloudevents";
            s.enabled = true;
            s.createdAt = Instant.now();
            s.persist();
            Alert a = new Alert();
            a.incidentKey = UUID.randomUUID().toString();
            a.type = "DIVERTED";
            a.severity = "critical";
            a.time = Instant.now();
            a.detectedAt = Instant.now();
            a.icao24 = "abc123";
            a.summary = "seed";
            a.persist();
            for (int i = 0; i < count; i++) {
                WebhookDelivery d = new WebhookDelivery();
                d.subscriptionId = s.id;
                d.alertId = a.id;
                d.messageId = WebhookSigner.newMessageId();
                d.payload = "{\"n\": " + i + "}";
                d.status = WebhookDelivery.Status.PENDING.name();
                d.createdAt = Instant.now();
                d.nextAttemptAt = Instant.now().minusSeconds(1);
                d.persist();
            }
            return s.id;
        });
    }

    @Test
    void concurrentClaimsNeverShareADelivery() throws Exception {
        seed("http://127.0.0.1:9/unused", 300);
        Map<Long, String> owner = new ConcurrentHashMap<>();
        List<Long> doubleClaims = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> workers = new ArrayList<>();
        for (int w = 0; w < 8; w++) {
            workers.add(pool.submit(() -> {
                List<Long> got;
                do {
                    String token = UUID.randomUUID().toString();
                    got = dispatcher.claim(token);
                    got.forEach(id -> {
                        if (owner.putIfAbsent(id, token) != null) {
                            doubleClaims.add(id);
                        }
                    });
                } while (!got.isEmpty());
                return null;
            }));
        }
        for (Future<?> f : workers) {
            f.get();
        }
        pool.shutdown();
        assertThat(doubleClaims).isEmpty();
        assertThat(owner).hasSize(300);
    }

    @Test
    void twoDispatchersDeliverEachMessageOnce() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            long subscription = seed(receiver.url(), 200);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            List<Future<?>> dispatchers = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                dispatchers.add(pool.submit(() -> {
                    while (QuarkusTransaction.requiringNew().call(() -> WebhookDelivery.count(
                            "subscriptionId = ?1 and status = ?2", subscription,
                            WebhookDelivery.Status.PENDING.name())) > 0) {
                        dispatcher.dispatchDue();
                    }
                    return null;
                }));
            }
            for (Future<?> f : dispatchers) {
                f.get();
            }
            pool.shutdown();
            Map<String, Long> perId = receiver.received().stream()
                    .collect(Collectors.groupingBy(r -> r.header("webhook-id"), Collectors.counting()));
            assertThat(perId).hasSize(200);
            assertThat(perId.values()).containsOnly(1L);
        }
    }
}
