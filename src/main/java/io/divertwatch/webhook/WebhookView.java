package io.divertwatch.webhook;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.List;

/** A subscription as the API shows it; {@code secret} only in the creation response. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WebhookView(Long id, String url, String secret, List<String> types, String format, boolean enabled,
        String disabledReason, Instant failingSince, Instant lastSuccessAt, Instant createdAt) {

    static WebhookView of(WebhookSubscription s, boolean withSecret) {
        List<String> types = s.types.isEmpty() ? null : s.types;
        return new WebhookView(s.id, s.url, withSecret ? s.secret : null, types, s.format, s.enabled,
                s.disabledReason, s.failingSince, s.lastSuccessAt, s.createdAt);
    }
}
