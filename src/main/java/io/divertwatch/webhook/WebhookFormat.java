package io.divertwatch.webhook;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/**
 * The body shapes a subscription can choose: the CloudEvents contract, or a chat service's own
 * message format carrying the alert's summary and a link to it.
 */
public enum WebhookFormat {
    CLOUDEVENTS("application/cloudevents+json"),
    SLACK("application/json"),
    DISCORD("application/json"),
    TEAMS("application/json"),
    NTFY("text/plain; charset=utf-8");

    private final String contentType;

    WebhookFormat(String contentType) {
        this.contentType = contentType;
    }

    public String contentType() {
        return contentType;
    }

    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static WebhookFormat parse(String value) {
        if (value == null || value.isBlank()) {
            return CLOUDEVENTS;
        }
        for (WebhookFormat f : values()) {
            if (f.label().equals(value.trim().toLowerCase(Locale.ROOT))) {
                return f;
            }
        }
        throw new IllegalArgumentException("format '" + value + "' is not one of cloudevents, slack, discord, teams, ntfy");
    }
}
