package io.divertwatch.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;

/**
 * The floor a parser of the same bytes can be measured against: a bare Jackson streaming walk that
 * reads every token and materialises every number and string, building nothing.
 */
public final class StreamWalk {

    private static final JsonFactory FACTORY = new JsonFactory();

    private StreamWalk() {
    }

    /** A value that depends on every token, so that nothing read can be left out. */
    public static long walk(byte[] body) throws IOException {
        long sum = 0;
        try (JsonParser p = FACTORY.createParser(body)) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                switch (t) {
                    case VALUE_STRING, FIELD_NAME -> sum += p.getText().length();
                    case VALUE_NUMBER_INT -> sum += p.getLongValue();
                    case VALUE_NUMBER_FLOAT -> sum += Double.doubleToRawLongBits(p.getDoubleValue());
                    case VALUE_TRUE -> sum++;
                    default -> sum += t.ordinal();
                }
            }
        }
        return sum;
    }
}
