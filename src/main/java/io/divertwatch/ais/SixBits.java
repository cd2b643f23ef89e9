package io.divertwatch.ais;

/**
 * An AIS payload read as bits, straight from the sentence's characters (ITU-R M.1371 armouring: each
 * character carries six bits). Nothing is copied: a position report is read where the line lies.
 * Bits beyond the payload read as zero, so that a message a few bits short reads its last fields as
 * "not available" rather than failing.
 */
final class SixBits {

    private final CharSequence text;
    private final int start;
    private final int bits;

    /** The payload {@code text[start, end)}, whose last character carries {@code fillBits} padding bits. */
    SixBits(CharSequence text, int start, int end, int fillBits) {
        this.text = text;
        this.start = start;
        this.bits = Math.max(0, (end - start) * 6 - fillBits);
    }

    int length() {
        return bits;
    }

    /** The six bits of an armoured character, or -1 for a character outside the armouring. */
    static int value(char c) {
        if (c >= '0' && c <= 'W') {
            return c - 48;
        }
        if (c >= '`' && c <= 'w') {
            return c - 56;
        }
        return -1;
    }

    /** Bits {@code [from, from + count)} as an unsigned number, most significant first; count at most 32. */
    long unsigned(int from, int count) {
        long value = 0;
        int bit = from;
        int end = from + count;
        while (bit < end) {
            int index = bit / 6;
            int offset = bit % 6;
            int take = Math.min(6 - offset, end - bit);
            int sixbits = bit < bits ? value(text.charAt(start + index)) : 0;
            int chunk = (sixbits >> (6 - offset - take)) & ((1 << take) - 1);
            value = (value << take) | chunk;
            bit += take;
        }
        // Bits past the end of the payload read as zero.
        if (end > bits && from < bits) {
            long beyond = end - bits;
            value = (value >> beyond) << beyond;
        }
        return value;
    }

    int unsignedInt(int from, int count) {
        return (int) unsigned(from, count);
    }

    /** Bits {@code [from, from + count)} as a two's-complement number. */
    int signed(int from, int count) {
        long value = unsigned(from, count);
        long sign = 1L << (count - 1);
        return (int) ((value ^ sign) - sign);
    }

    boolean flag(int at) {
        return unsigned(at, 1) == 1;
    }

    /** {@code chars} six-bit characters from bit {@code from}, without the trailing '@' padding and blanks. */
    String text(int from, int chars) {
        StringBuilder out = new StringBuilder(chars);
        for (int i = 0; i < chars && from + i * 6 + 6 <= bits; i++) {
            int v = (int) unsigned(from + i * 6, 6);
            out.append((char) (v < 32 ? v + 64 : v));
        }
        int end = out.length();
        int at = out.indexOf("@");
        if (at >= 0) {
            end = at;
        }
        while (end > 0 && out.charAt(end - 1) == ' ') {
            end--;
        }
        return out.substring(0, end);
    }
}
