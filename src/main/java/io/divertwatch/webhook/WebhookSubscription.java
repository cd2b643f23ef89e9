package io.divertwatch.webhook;

import io.divertwatch.common.CommaSeparatedList;
import io.divertwatch.common.IdentifiedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;

@Entity
@Table(name = "webhook_subscription")
public class WebhookSubscription extends IdentifiedEntity {

    public String url;
    /** {@code whsec_} + base64 key; shown once, at creation. */
    public String secret;
    /** The alert types wanted; empty for all. */
    @Convert(converter = CommaSeparatedList.class)
    public List<String> types = List.of();
    public String format;
    public boolean enabled;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "disabled_reason")
    public String disabledReason;
    /** First failed attempt since the last success, or null while healthy. */
    @Column(name = "failing_since")
    public Instant failingSince;
    @Column(name = "last_success_at")
    public Instant lastSuccessAt;

    public boolean wants(String alertType) {
        return types.isEmpty() || types.contains(alertType);
    }
}
