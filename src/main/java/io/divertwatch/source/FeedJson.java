package io.divertwatch.source;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;

/**
 * Defensive reading of feed JSON: a body must be an object, and any field may be missing, null or
 * of the wrong type (read as unknown, never as an error).
 */
public final class FeedJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private FeedJson() {
    }

    /** A feed answer that is not the expected document; the message is fit for a log line. */
    public static final class BadResponse extends Exception {
        public BadResponse(String message) {
            super(message);
        }
    }

    /** The body's root object, or a {@link BadResponse} naming what was expected. */
    public static JsonNode object(byte[] body, String expected) throws BadResponse {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (IOException e) {
            throw new BadResponse("not JSON: " + e.getMessage().lines().findFirst().orElse(""));
        }
        if (root == null || !root.isObject()) {
            throw new BadResponse("expected a JSON object with " + expected);
        }
        return root;
    }

    public static String text(JsonNode n) {
        return n == null || !n.isTextual() ? null : n.asText();
    }

    /** A finite number, else NaN. */
    public static double number(JsonNode n) {
        if (n == null || !n.isNumber()) {
            return Double.NaN;
        }
        double v = n.asDouble();
        return Double.isFinite(v) ? v : Double.NaN;
    }
}
