package io.divertwatch.webhook;

import io.divertwatch.common.IdentifiedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;

/** An outbox row: one alert for one subscription, with its frozen body and its attempt history. */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery extends IdentifiedEntity {

    public enum Status {
        PENDING, DELIVERED, FAILED
    }

    @Column(name = "subscription_id")
    public Long subscriptionId;
    @Column(name = "alert_id")
    public Long alertId;
    /** The {@code webhook-id}: the same for every attempt, so receivers can de-duplicate. */
    @Column(name = "message_id")
    public String messageId;
    public String payload;
    public String status;
    public int attempts;
    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;
    @Column(name = "last_status_code")
    public Integer lastStatusCode;
    @Column(name = "last_error")
    public String lastError;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "delivered_at")
    public Instant deliveredAt;
    /** The claim of the dispatcher currently sending it, or null. */
    @Column(name = "claim_token")
    public String claimToken;
}
