package io.divertwatch.webhook;

import io.divertwatch.alert.Alert;
import io.divertwatch.alert.AlertRaised;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;

import java.time.Instant;

/**
 * Writes one delivery row per matching subscription for every alert raised, inside the transaction
 * that stores the alert (the transactional outbox: {@link AlertRaised} is observed synchronously).
 * The body is rendered once, so every retry sends the same bytes.
 */
@ApplicationScoped
class WebhookOutbox {

    private final WebhookPayloads payloads;
    private final Event<DeliveriesQueued> queued;

    WebhookOutbox(WebhookPayloads payloads, Event<DeliveriesQueued> queued) {
        this.payloads = payloads;
        this.queued = queued;
    }

    void enqueue(@Observes AlertRaised raised) {
        Alert alert = raised.alert();
        Instant now = Instant.now();
        boolean any = false;
        for (WebhookSubscription s : WebhookSubscription.<WebhookSubscription>list("enabled", true)) {
            if (!s.wants(alert.type)) {
                continue;
            }
            WebhookDelivery d = new WebhookDelivery();
            d.subscriptionId = s.id;
            d.alertId = alert.id;
            d.messageId = WebhookSigner.newMessageId();
            d.payload = payloads.alert(WebhookFormat.parse(s.format), d.messageId, raised.view());
            d.status = WebhookDelivery.Status.PENDING.name();
            d.attempts = 0;
            d.createdAt = now;
            d.nextAttemptAt = now;
            d.persist();
            any = true;
        }
        if (any) {
            queued.fire(new DeliveriesQueued());
        }
    }
}
