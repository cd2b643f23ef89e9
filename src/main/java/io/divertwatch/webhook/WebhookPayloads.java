package io.divertwatch.webhook;

import io.divertwatch.alert.AlertMapper;
import io.divertwatch.alert.AlertView;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** The bodies webhooks carry, in each format: a CloudEvents event, or a chat service's message. */
@ApplicationScoped
public class WebhookPayloads {

    static final String PING_TYPE = "io.divertwatch.ping";
    /** One type for every resolution: {@code data.type} says what was resolved. */
    static final String RESOLVED_TYPE = "io.divertwatch.alert.resolved";

    private final WebhookConfig config;
    private final AlertMapper mapper;

    WebhookPayloads(WebhookConfig config, AlertMapper mapper) {
        this.config = config;
        this.mapper = mapper;
    }

    public String alert(WebhookFormat format, String messageId, AlertView alert) {
        String text = "[" + alert.severity().toUpperCase(Locale.ROOT) + "] " + alert.type() + ": " + alert.summary();
        String link = mapUrl(alert.id());
        return render(format, messageId, "io.divertwatch.alert." + alert.type().toLowerCase(Locale.ROOT),
                subject(alert), alert.time(), alert, text, link, "map");
    }

    /**
     * An alert that no longer holds. Chat services get "cleared: DIVERSION_SUSPECTED 4XECA (alert 12): landed at
     * LLBG as planned"; CloudEvents the resolved alert document, at the data time it was resolved.
     */
    public String resolved(WebhookFormat format, String messageId, AlertView alert) {
        String who = alert.registration() != null ? alert.registration()
                : alert.callsign() != null ? alert.callsign()
                : alert.vesselName() != null ? alert.vesselName() : subject(alert);
        String text = "cleared: " + alert.type() + " " + who + " (alert " + alert.id() + "): " + alert.resolution();
        return render(format, messageId, RESOLVED_TYPE, subject(alert), alert.resolvedAt(), alert, text,
                mapUrl(alert.id()), "map");
    }

    /** The CloudEvents subject: the aircraft's address, or the vessel's MMSI (nine digits). */
    private static String subject(AlertView alert) {
        return alert.icao24() != null ? alert.icao24() : alert.mmsi() == null ? null : String.valueOf(alert.mmsi());
    }

    /** The analyst map opened on this alert ({@code divertwatch.webhook.public-url} + {@code /map?alert=ID}). */
    private String mapUrl(Long alertId) {
        return config.publicUrl().replaceAll("/+$", "") + "/map?alert=" + alertId;
    }

    public String ping(WebhookFormat format, String messageId, long subscriptionId) {
        Map<String, Object> data = Map.of("message", "DivertWatch test ping", "subscriptionId", subscriptionId);
        return render(format, messageId, PING_TYPE, null, Instant.now(), data,
                "DivertWatch test ping for subscription " + subscriptionId + ".", config.publicUrl(), "DivertWatch");
    }

    private String render(WebhookFormat format, String messageId, String type, String subject, Instant time,
            Object data, String text, String link, String linkText) {
        return switch (format) {
            case CLOUDEVENTS -> mapper.write(cloudEvent(messageId, type, subject, time, data, link));
            case SLACK -> mapper.write(Map.of("text", text + " <" + link + "|" + linkText + ">"));
            case DISCORD -> mapper.write(Map.of("content", text + " " + link));
            case TEAMS -> mapper.write(Map.of("text", text + " [" + linkText + "](" + link + ")"));
            case NTFY -> text + " " + link;
        };
    }

    private Map<String, Object> cloudEvent(String messageId, String type, String subject, Instant time, Object data,
            String link) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("specversion", "1.0");
        event.put("id", messageId);
        event.put("source", config.eventSource());
        event.put("type", type);
        if (subject != null) {
            event.put("subject", subject);
        }
        event.put("time", time.toString());
        // A CloudEvents extension attribute: where a person can look at the event.
        event.put("mapurl", link);
        event.put("datacontenttype", "application/json");
        event.put("data", data);
        return event;
    }
}
