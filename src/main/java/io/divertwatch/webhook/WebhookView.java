package io.divertwatch.webhook;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.net.URI;
import java.time.Instant;
import java.util.List;

/**
 * A subscription as the API shows it: {@code secret} only in the creation response, {@code url} whole
 * only to those who may change it (scheme and host to others).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WebhookView(Long id, String url, String secret, List<String> types, String format, boolean enabled,
        String disabledReason, Instant failingSince, Instant lastSuccessAt, Instant createdAt) {

    static WebhookView of(WebhookSubscription s, boolean withSecret, boolean fullUrl) {
        List<String> types = s.types.isEmpty() ? null : s.types;
        return new WebhookView(s.id, fullUrl ? s.url : redacted(s.url), withSecret ? s.secret : null, types,
                s.format, s.enabled, s.disabledReason, s.failingSince, s.lastSuccessAt, s.createdAt);
    }

    /** The scheme and host of a URL: where deliveries go, without the path or query that may be a token. */
    static String redacted(String url) {
        try {
            URI uri = URI.create(url);
            return uri.getScheme() + "://" + uri.getHost();
        } catch (IllegalArgumentException e) {
            return "(unreadable URL)";
        }
    }
}
