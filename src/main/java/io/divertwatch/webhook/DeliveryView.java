package io.divertwatch.webhook;

import java.time.Instant;

public record DeliveryView(Long id, Long alertId, String webhookId, String status, int attempts,
        Integer lastStatusCode, String lastError, Instant nextAttemptAt, Instant createdAt, Instant deliveredAt) {

    static DeliveryView of(WebhookDelivery d) {
        return new DeliveryView(d.id, d.alertId, d.messageId, d.status.toLowerCase(java.util.Locale.ROOT), d.attempts,
                d.lastStatusCode, d.lastError, d.nextAttemptAt, d.createdAt, d.deliveredAt);
    }
}
