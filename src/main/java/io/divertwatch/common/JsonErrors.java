package io.divertwatch.common;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

/** What was wrong with a JSON body, said in the request's terms (its fields), not Java's. */
public final class JsonErrors {

    private JsonErrors() {
    }

    public static String describe(JsonProcessingException e) {
        if (e instanceof StreamConstraintsException) {
            return "the JSON body is nested or sized beyond the limits: " + e.getOriginalMessage();
        }
        if (e instanceof JsonParseException) {
            return "the body is not valid JSON at line " + line(e) + ", column " + column(e);
        }
        if (e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Trailing token")) {
            return "nothing may follow the JSON document (line " + line(e) + ", column " + column(e) + ")";
        }
        if (e instanceof UnrecognizedPropertyException u) {
            return "field '" + field(u) + "' is not one this request has; it has " + u.getKnownPropertyIds().stream()
                    .map(String::valueOf).sorted().collect(Collectors.joining(", "));
        }
        if (e instanceof MismatchedInputException m) {
            String field = field(m);
            if (m.getTargetType() != null && field.isEmpty()) {
                return "the body must be " + expected(m.getTargetType());
            }
            if (m instanceof InvalidFormatException || m.getTargetType() != null) {
                return "field '" + field + "' must be " + expected(m.getTargetType());
            }
            return "the JSON body is incomplete or has something after its end (line " + line(e) + ")";
        }
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            return "field '" + field(m) + "' is invalid";
        }
        return "the body is not valid JSON at line " + line(e) + ", column " + column(e);
    }

    private static String field(JsonMappingException e) {
        return e.getPath().stream().map(r -> r.getFieldName() != null ? "." + r.getFieldName()
                : "[" + r.getIndex() + "]").collect(Collectors.joining()).replaceFirst("^\\.", "");
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "of another type";
        }
        if (CharSequence.class.isAssignableFrom(type) || type.isEnum()) {
            return "a string";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "a JSON object";
        }
        return "of another type";
    }

    private static int line(JsonProcessingException e) {
        return e.getLocation() == null ? 0 : e.getLocation().getLineNr();
    }

    private static int column(JsonProcessingException e) {
        return e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
    }
}
