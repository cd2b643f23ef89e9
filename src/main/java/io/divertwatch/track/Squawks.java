package io.divertwatch.track;

/**
 * Transponder codes as numbers 0..4095 for compact storage, and back as shared strings. Anything
 * that is not four octal digits is no valid code and is stored as none.
 */
public final class Squawks {

    private static final String[] CODES = new String[4096];

    static {
        for (int code = 0; code < CODES.length; code++) {
            CODES[code] = String.format("%04o", code);
        }
    }

    private Squawks() {
    }

    /** The code of a four-octal-digit squawk (blanks around it ignored), or -1 for none or an invalid one. */
    public static int code(String squawk) {
        if (squawk == null) {
            return -1;
        }
        int start = 0;
        int end = squawk.length();
        while (start < end && squawk.charAt(start) <= ' ') {
            start++;
        }
        while (end > start && squawk.charAt(end - 1) <= ' ') {
            end--;
        }
        if (end - start != 4) {
            return -1;
        }
        int code = 0;
        for (int i = start; i < end; i++) {
            char c = squawk.charAt(i);
            if (c < '0' || c > '7') {
                return -1;
            }
            code = code * 8 + (c - '0');
        }
        return code;
    }

    public static String text(int code) {
        return code < 0 ? null : CODES[code];
    }

    /**
     * The shared string of a valid code, else {@code squawk} itself: a feed's states then refer to a
     * few strings the processor keeps cached instead of one fresh string each.
     */
    public static String shared(String squawk) {
        int code = code(squawk);
        return code < 0 ? squawk : CODES[code];
    }
}
