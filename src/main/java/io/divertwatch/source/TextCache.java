package io.divertwatch.source;

import com.fasterxml.jackson.core.JsonParser;

import java.io.IOException;

/**
 * The strings of feed answers that come back every poll (addresses, callsigns, squawks), kept so that a
 * poll reuses them instead of allocating each one again: a global snapshot carries some 20,000. Looked
 * up by the parser's own characters, so a hit allocates nothing. Shared by threads without locks: a
 * slot holds an immutable string, and every hit is checked against the characters, so a racing write
 * can only cost a miss.
 */
public final class TextCache {

    private final String[] slots;
    private final int mask;

    /** @param capacity a power of two, some times the strings expected */
    public TextCache(int capacity) {
        if (Integer.bitCount(capacity) != 1) {
            throw new IllegalArgumentException("capacity must be a power of two: " + capacity);
        }
        slots = new String[capacity];
        mask = capacity - 1;
    }

    /** The parser's current string value, trimmed as {@link String#trim} trims; reused when seen before. */
    public String trimmed(JsonParser p) throws IOException {
        return text(p, true);
    }

    /** The parser's current string value as it is; reused when seen before. */
    public String exact(JsonParser p) throws IOException {
        return text(p, false);
    }

    private String text(JsonParser p, boolean trim) throws IOException {
        char[] chars = p.getTextCharacters();
        int from = p.getTextOffset();
        int to = from + p.getTextLength();
        while (trim && from < to && chars[from] <= ' ') {
            from++;
        }
        while (trim && to > from && chars[to - 1] <= ' ') {
            to--;
        }
        int hash = 0;
        for (int i = from; i < to; i++) {
            hash = 31 * hash + chars[i];
        }
        int slot = (hash ^ hash >>> 16) & mask;
        String cached = slots[slot];
        if (cached != null && same(cached, chars, from, to)) {
            return cached;
        }
        String made = new String(chars, from, to - from);
        slots[slot] = made;
        return made;
    }

    private static boolean same(String s, char[] chars, int from, int to) {
        if (s.length() != to - from) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) != chars[from + i]) {
                return false;
            }
        }
        return true;
    }
}
