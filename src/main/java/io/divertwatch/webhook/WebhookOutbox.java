package io.divertwatch.webhook;

import io.divertwatch.alert.Alert;
import io.divertwatch.alert.AlertRaised;
import io.divertwatch.alert.AlertResolved;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;

import java.time.Instant;
import java.util.function.BiFunction;

/**
 * Writes one delivery row per matching subscription for every alert raised or resolved, inside the
 * transaction that stores the change (the transactional outbox: {@link AlertRaised} and {@link AlertResolved}
 * are observed synchronously).
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
        enqueue(raised.alert(), (format, messageId) -> payloads.alert(format, messageId, raised.view()));
    }

    /** The resolution of an alert goes to whoever was told of the alert: subscriptions to its type. */
    void enqueue(@Observes AlertResolved resolved) {
        enqueue(resolved.alert(), (format, messageId) -> payloads.resolved(format, messageId, resolved.view()));
    }

    private void enqueue(Alert alert, BiFunction<WebhookFormat, String, String> body) {
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
            d.payload = body.apply(WebhookFormat.parse(s.format), d.messageId);
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
