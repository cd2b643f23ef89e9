package io.divertwatch.ais;

/**
 * An AIS payload read as bits (ITU-R M.1371 armouring: each character carries six bits), packed once
 * into a few longs so that every field is a shift and a mask. Bits beyond the payload read as zero, so
 * that a message a few bits short reads its last fields as "not available" rather than failing.
 */
final class SixBits {

    private final long[] words;
    private final int bits;

    /**
     * The payload {@code text[start, end)}, whose last character carries {@code fillBits} padding bits.
     * Characters outside the armouring read as zero: the reader refuses such a sentence before.
     */
    SixBits(CharSequence text, int start, int end, int fillBits) {
        int total = (end - start) * 6;
        this.bits = Math.max(0, total - fillBits);
        this.words = new long[(total >>> 6) + 2];
        int at = 0;
        for (int i = start; i < end; i++, at += 6) {
            long v = Math.max(0, value(text.charAt(i)));
            int word = at >>> 6;
            int offset = at & 63;
            if (offset <= 58) {
                words[word] |= v << (58 - offset);
            } else {
                words[word] |= v >>> (offset - 58);
                words[word + 1] |= v << (122 - offset);
            }
        }
        for (int b = bits; b < total; b++) {
            words[b >>> 6] &= ~(1L << (63 - (b & 63)));
        }
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

    /** Bits {@code [from, from + count)} as an unsigned number, most significant first; count 1 to 32. */
    long unsigned(int from, int count) {
        if (from >= bits) {
            return 0;
        }
        int word = from >>> 6;
        int offset = from & 63;
        long aligned = words[word] << offset;
        if (offset + count > 64) {
            aligned |= words[word + 1] >>> (64 - offset);
        }
        return aligned >>> (64 - count);
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
