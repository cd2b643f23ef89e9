package io.divertwatch.sea;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Vessels by MMSI in an open-addressing table of primitive keys: a global feed sends a million
 * reports a second at most, and a boxed key per lookup would be most of the garbage.
 */
final class IntMap<T> {

    private static final int EMPTY = 0;
    private int[] keys = new int[1024];
    private Object[] values = new Object[1024];
    private int size;

    /** The value of a key other than 0 (MMSI 0 is nobody), or null. */
    @SuppressWarnings("unchecked")
    T get(int key) {
        int mask = keys.length - 1;
        for (int i = mix(key) & mask; ; i = (i + 1) & mask) {
            int k = keys[i];
            if (k == key) {
                return (T) values[i];
            }
            if (k == EMPTY) {
                return null;
            }
        }
    }

    void put(int key, T value) {
        if ((size + 1) * 2 > keys.length) {
            resize(keys.length * 2);
        }
        int mask = keys.length - 1;
        for (int i = mix(key) & mask; ; i = (i + 1) & mask) {
            if (keys[i] == key) {
                values[i] = value;
                return;
            }
            if (keys[i] == EMPTY) {
                keys[i] = key;
                values[i] = value;
                size++;
                return;
            }
        }
    }

    int size() {
        return size;
    }

    @SuppressWarnings("unchecked")
    List<T> values() {
        List<T> out = new ArrayList<>(size);
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != EMPTY) {
                out.add((T) values[i]);
            }
        }
        return out;
    }

    /** Drops every entry whose value the test accepts; returns how many. */
    @SuppressWarnings("unchecked")
    int removeIf(Predicate<T> test) {
        // Usually nothing goes: a scan in slot order is cheap, rebuilding the table is not.
        boolean any = false;
        for (int i = 0; i < keys.length && !any; i++) {
            any = keys[i] != EMPTY && test.test((T) values[i]);
        }
        if (!any) {
            return 0;
        }
        int[] oldKeys = keys;
        Object[] oldValues = values;
        keys = new int[oldKeys.length];
        values = new Object[oldValues.length];
        int before = size;
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY && !test.test((T) oldValues[i])) {
                put(oldKeys[i], (T) oldValues[i]);
            }
        }
        return before - size;
    }

    @SuppressWarnings("unchecked")
    private void resize(int capacity) {
        int[] oldKeys = keys;
        Object[] oldValues = values;
        keys = new int[capacity];
        values = new Object[capacity];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                put(oldKeys[i], (T) oldValues[i]);
            }
        }
    }

    private static int mix(int key) {
        int h = key * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
