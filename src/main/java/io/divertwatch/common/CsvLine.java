package io.divertwatch.common;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 field splitting for one record, which may span lines inside quotes; the separator and the
 * quote are the caller's (registers use {@code ;} and {@code '} as well).
 */
public final class CsvLine {

    private CsvLine() {
    }

    public static List<String> split(String line) {
        return split(line, ',', '"');
    }

    public static List<String> split(String line, char separator, char quote) {
        List<String> fields = new ArrayList<>(20);
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == quote) {
                    if (i + 1 < line.length() && line.charAt(i + 1) == quote) {
                        current.append(quote);
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    current.append(c);
                }
            } else if (c == quote) {
                quoted = true;
            } else if (c == separator) {
                fields.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        fields.add(current.toString());
        return fields;
    }

    public static boolean hasOpenQuote(String line) {
        return hasOpenQuote(line, '"');
    }

    public static boolean hasOpenQuote(String line, char quote) {
        int quotes = 0;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == quote) {
                quotes++;
            }
        }
        return (quotes & 1) == 1;
    }

    /**
     * The next whole record from {@code in} (lines joined while a quote is open), or null at the end;
     * {@code lines[0]} counts the physical lines read so far, for error messages.
     */
    public static String nextRecord(BufferedReader in, char quote, int[] lines) throws IOException {
        String line = in.readLine();
        if (line == null) {
            return null;
        }
        lines[0]++;
        StringBuilder record = null;
        while (hasOpenQuote(record == null ? line : record.toString(), quote)) {
            String more = in.readLine();
            if (more == null) {
                break;
            }
            lines[0]++;
            if (record == null) {
                record = new StringBuilder(line);
            }
            record.append('\n').append(more);
        }
        return record == null ? line : record.toString();
    }
}
