package io.divertwatch.source;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;

/**
 * Defensive reading of feed JSON: a body must be an object, and any field may be missing, null or
 * of the wrong type (read as unknown, never as an error). For the tree model ({@link #object}) and for
 * the streaming parsers the big answers go through ({@link #parser}).
 */
public final class FeedJson {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Numbers with the fast (and exactly rounding) double parser: a global snapshot holds some 50,000 of them. */
    private static final JsonFactory STREAMING = JsonFactory.builder()
            .enable(com.fasterxml.jackson.core.StreamReadFeature.USE_FAST_DOUBLE_PARSER).build();

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

    /** A streaming parser over a feed's body. */
    public static JsonParser parser(byte[] body) throws IOException {
        return STREAMING.createParser(body);
    }

    /** What a body the streaming parser could not read becomes: a {@link BadResponse} fit for a log line. */
    public static BadResponse notJson(IOException e) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        return new BadResponse("not JSON: " + message.lines().findFirst().orElse(""));
    }

    /** The current value as text when it is a string; else null (a structure is skipped). */
    public static String text(JsonParser p, JsonToken t) throws IOException {
        return t == JsonToken.VALUE_STRING ? p.getText() : skipped(p, null);
    }

    /** The current value as a finite number; else NaN (a structure is skipped). */
    public static double number(JsonParser p, JsonToken t) throws IOException {
        if (!t.isNumeric()) {
            return skipped(p, Double.NaN);
        }
        double v = p.getDoubleValue();
        return Double.isFinite(v) ? v : Double.NaN;
    }

    /**
     * The current value as whole seconds, at least 0; 0 when it is not a number (a structure is skipped).
     * Out of a long's range it is cut as the tree model cuts it (wrapped when whole, saturated when not).
     */
    public static long seconds(JsonParser p, JsonToken t) throws IOException {
        if (!t.isNumeric()) {
            return skipped(p, 0L);
        }
        long v = t != JsonToken.VALUE_NUMBER_INT ? (long) p.getDoubleValue()
                : p.getNumberType() == JsonParser.NumberType.BIG_INTEGER ? p.getBigIntegerValue().longValue()
                : p.getLongValue();
        return Math.max(0, v);
    }

    /** Whether the current number is within the range of a long (as the tree model's canConvertToLong). */
    public static boolean fitsLong(JsonParser p) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NUMBER_INT) {
            return p.getNumberType() == JsonParser.NumberType.INT || p.getNumberType() == JsonParser.NumberType.LONG;
        }
        double v = p.getDoubleValue();
        return v >= Long.MIN_VALUE && v <= Long.MAX_VALUE;
    }

    /** Skips the current value's children, if it is a structure, and answers {@code value}. */
    public static <T> T skipped(JsonParser p, T value) throws IOException {
        p.skipChildren();
        return value;
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
