package io.divertwatch.vessel.feed;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.NumberInput;
import io.divertwatch.source.FeedJson;

import java.io.IOException;

/**
 * The current value of a streaming parser read as Jackson's tree model reads a node with
 * {@code asInt}, {@code asDouble}, {@code asText} and {@code asBoolean}: text holding a number counts as
 * the number, whole numbers out of range wrap, fractions are cut, and what cannot be read (null, an
 * object, an array, other text) gives the default. A structure is skipped.
 */
final class JsonAs {

    /** What {@link #intOrAbsent} answers for a value that does not read as a whole number. */
    static final long ABSENT = Long.MIN_VALUE;

    private JsonAs() {
    }

    static int asInt(JsonParser p, JsonToken t, int otherwise) throws IOException {
        long v = intOrAbsent(p, t);
        return v == ABSENT ? otherwise : (int) v;
    }

    /** The value as a whole number (an int), or {@link #ABSENT}. */
    static long intOrAbsent(JsonParser p, JsonToken t) throws IOException {
        return switch (t) {
            case VALUE_NUMBER_INT -> switch (p.getNumberType()) {
                case INT -> p.getIntValue();
                case LONG -> (int) p.getLongValue();
                default -> p.getBigIntegerValue().intValue();
            };
            case VALUE_NUMBER_FLOAT -> (int) p.getDoubleValue();
            case VALUE_STRING -> {
                String text = p.getText();
                // NumberInput answers its default for text that is no number; two differing defaults tell.
                int first = NumberInput.parseAsInt(text, 0);
                yield first == 0 && NumberInput.parseAsInt(text, 1) == 1 ? ABSENT : first;
            }
            case VALUE_TRUE -> 1;
            case VALUE_FALSE -> 0;
            default -> FeedJson.skipped(p, ABSENT);
        };
    }

    static double asDouble(JsonParser p, JsonToken t, double otherwise) throws IOException {
        return switch (t) {
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> p.getDoubleValue();
            case VALUE_STRING -> NumberInput.parseAsDouble(p.getText(), otherwise, false);
            case VALUE_TRUE -> 1.0;
            case VALUE_FALSE -> 0.0;
            default -> FeedJson.skipped(p, otherwise);
        };
    }

    static String asText(JsonParser p, JsonToken t, String otherwise) throws IOException {
        return switch (t) {
            case VALUE_STRING -> p.getText();
            case VALUE_NUMBER_INT -> switch (p.getNumberType()) {
                case INT -> Integer.toString(p.getIntValue());
                case LONG -> Long.toString(p.getLongValue());
                default -> p.getBigIntegerValue().toString();
            };
            case VALUE_NUMBER_FLOAT -> Double.toString(p.getDoubleValue());
            case VALUE_TRUE -> "true";
            case VALUE_FALSE -> "false";
            case VALUE_NULL -> otherwise;
            default -> FeedJson.skipped(p, "");
        };
    }

    static boolean asBoolean(JsonParser p, JsonToken t, boolean otherwise) throws IOException {
        return switch (t) {
            case VALUE_TRUE -> true;
            case VALUE_FALSE -> false;
            case VALUE_NUMBER_INT -> p.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                    ? p.getBigIntegerValue().signum() != 0 : p.getLongValue() != 0;
            case VALUE_STRING -> {
                String text = p.getText().trim();
                yield "true".equals(text) || !"false".equals(text) && otherwise;
            }
            default -> FeedJson.skipped(p, otherwise);
        };
    }
}
