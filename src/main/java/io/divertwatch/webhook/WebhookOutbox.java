package io.divertwatch.webhook;

import io.divertwatch.alert.Alert;
import io.divertwatch.alert.AlertView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import java.time.Instant;

/**
 * Writes one delivery row per matching subscription, inside the caller's transaction (the
 * transactional outbox). The body is rendered once, so every retry sends the same bytes.
 */
@ApplicationScoped
public class WebhookOutbox {

    private final WebhookPayloads payloads;
    private final Event<DeliveriesQueued> queued;

    WebhookOutbox(WebhookPayloads payloads, Event<DeliveriesQueued> queued) {
        this.payloads = payloads;
        this.queued = queued;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueue(Alert alert, AlertView view) {
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
            d.payload = payloads.alert(WebhookFormat.parse(s.format), d.messageId, view);
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
