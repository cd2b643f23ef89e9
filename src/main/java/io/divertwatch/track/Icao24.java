package io.divertwatch.track;

import java.util.Locale;

/**
 * The 24-bit aircraft address in the contract's form: six hex digits, lowercase, optionally after
 * {@code ~} for a non-ICAO address (TIS-B, some MLAT). The one place addresses are read, whether
 * from a feed, a file or the API. Called for every record of every feed, so it checks characters
 * instead of compiling a pattern.
 */
public final class Icao24 {

    /** What {@link #address} gives for anything but a valid address. */
    public static final int NO_ADDRESS = -1;
    private static final int NON_ICAO_FLAG = 1 << 24;

    private Icao24() {
    }

    /** The address in the contract's form, blanks around it and case ignored; null when it is not one. */
    public static String parse(String raw) {
        if (raw == null) {
            return null;
        }
        String s = raw.trim().toLowerCase(Locale.ROOT);
        int start = s.startsWith("~") ? 1 : 0;
        if (s.length() - start != 6) {
            return null;
        }
        for (int i = start; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return null;
            }
        }
        return s;
    }

    /**
     * An address in the contract's form as a number: its 24 bits, plus bit 24 for a non-ICAO
     * ({@code ~}) one; {@link #NO_ADDRESS} for anything else.
     */
    public static int address(String icao24) {
        int start = icao24.length() == 7 && icao24.charAt(0) == '~' ? 1 : 0;
        if (icao24.length() - start != 6) {
            return NO_ADDRESS;
        }
        int value = 0;
        // Plain ASCII comparisons: Character.digit consults Unicode tables, and this runs for every state.
        for (int i = start; i < icao24.length(); i++) {
            char c = icao24.charAt(i);
            int digit;
            if (c >= '0' && c <= '9') {
                digit = c - '0';
            } else if (c >= 'a' && c <= 'f') {
                digit = c - 'a' + 10;
            } else {
                return NO_ADDRESS;
            }
            value = value << 4 | digit;
        }
        return start == 1 ? value | NON_ICAO_FLAG : value;
    }
}
