package io.divertwatch.common;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.util.Arrays;
import java.util.List;

/**
 * A list of codes (airport idents, alert types) stored in one column, comma-joined in order; an
 * empty list is stored as null and read back empty. Codes never contain commas.
 */
@Converter
public class CommaSeparatedList implements AttributeConverter<List<String>, String> {

    @Override
    public String convertToDatabaseColumn(List<String> values) {
        return values == null || values.isEmpty() ? null : String.join(",", values);
    }

    @Override
    public List<String> convertToEntityAttribute(String column) {
        return split(column);
    }

    /** The non-blank items of a comma-separated text, trimmed, in order. */
    public static List<String> split(String text) {
        return text == null || text.isBlank() ? List.of()
                : Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
