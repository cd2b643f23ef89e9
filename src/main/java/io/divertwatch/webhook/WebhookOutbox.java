package io.divertwatch.webhook;

import io.divertwatch.alert.Alert;
import io.divertwatch.alert.AlertMapper;
import io.divertwatch.alert.AlertView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Writes one delivery row per matching subscription, inside the caller's transaction (the
 * transactional outbox). The body is rendered once, so every retry sends the same bytes.
 */
@ApplicationScoped
public class WebhookOutbox {

    private final WebhookConfig config;
    private final AlertMapper mapper;

    WebhookOutbox(WebhookConfig config, AlertMapper mapper) {
        this.config = config;
        this.mapper = mapper;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueue(Alert alert, AlertView view) {
        Instant now = Instant.now();
        for (WebhookSubscription s : WebhookSubscription.<WebhookSubscription>list("enabled", true)) {
            if (!s.wants(alert.type)) {
                continue;
            }
            WebhookDelivery d = new WebhookDelivery();
            d.subscriptionId = s.id;
            d.alertId = alert.id;
            d.messageId = WebhookSigner.newMessageId();
            d.payload = render(WebhookFormat.parse(s.format), d.messageId, view);
            d.status = WebhookDelivery.Status.PENDING.name();
            d.attempts = 0;
            d.createdAt = now;
            d.nextAttemptAt = now;
            d.persist();
        }
    }

    String render(WebhookFormat format, String messageId, AlertView alert) {
        String text = "[" + alert.severity().toUpperCase(Locale.ROOT) + "] " + alert.type() + ": " + alert.summary();
        String link = config.publicUrl().replaceAll("/+$", "") + "/api/v1/alerts/" + alert.id();
        return switch (format) {
            case CLOUDEVENTS -> mapper.write(cloudEvent(messageId, alert));
            case SLACK -> mapper.write(Map.of("text", text + " <" + link + "|alert " + alert.id() + ">"));
            case DISCORD -> mapper.write(Map.of("content", text + " " + link));
            case TEAMS -> mapper.write(Map.of("text", text + " [alert " + alert.id() + "](" + link + ")"));
            case NTFY -> text + " " + link;
        };
    }

    private Map<String, Object> cloudEvent(String messageId, AlertView alert) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("specversion", "1.0");
        event.put("id", messageId);
        event.put("source", config.eventSource());
        event.put("type", "io.divertwatch.alert." + alert.type().toLowerCase(Locale.ROOT));
        event.put("subject", alert.icao24());
        event.put("time", alert.time().toString());
        event.put("datacontenttype", "application/json");
        event.put("data", alert);
        return event;
    }
}
