package io.divertwatch.sea;

/**
 * Values by long key in an open-addressing table (linear probing, backward-shift deletion): the grid
 * of slow vessels asks nine cells per report, and a boxed key per question would be most of its cost.
 * Keys must be well spread already (the grid multiplies them by an odd constant) and not 0.
 */
final class LongMap<T> {

    private long[] keys = new long[256];
    private Object[] values = new Object[256];
    private int size;

    @SuppressWarnings("unchecked")
    T get(long key) {
        int mask = keys.length - 1;
        for (int i = slot(key, mask); ; i = (i + 1) & mask) {
            long k = keys[i];
            if (k == key) {
                return (T) values[i];
            }
            if (k == 0) {
                return null;
            }
        }
    }

    void put(long key, T value) {
        if ((size + 1) * 2 > keys.length) {
            resize(keys.length * 2);
        }
        int mask = keys.length - 1;
        for (int i = slot(key, mask); ; i = (i + 1) & mask) {
            if (keys[i] == key) {
                values[i] = value;
                return;
            }
            if (keys[i] == 0) {
                keys[i] = key;
                values[i] = value;
                size++;
                return;
            }
        }
    }

    void remove(long key) {
        int mask = keys.length - 1;
        int i = slot(key, mask);
        while (keys[i] != key) {
            if (keys[i] == 0) {
                return;
            }
            i = (i + 1) & mask;
        }
        // Shift back every later entry of the run that may sit there, so that no lookup stops early.
        int hole = i;
        for (int j = (hole + 1) & mask; keys[j] != 0; j = (j + 1) & mask) {
            int home = slot(keys[j], mask);
            boolean movable = hole <= j ? home <= hole || home > j : home <= hole && home > j;
            if (movable) {
                keys[hole] = keys[j];
                values[hole] = values[j];
                hole = j;
            }
        }
        keys[hole] = 0;
        values[hole] = null;
        size--;
    }

    int size() {
        return size;
    }

    /** Drops every entry whose value the test accepts. */
    @SuppressWarnings("unchecked")
    void removeIf(java.util.function.Predicate<T> test) {
        long[] gone = new long[16];
        int count = 0;
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != 0 && test.test((T) values[i])) {
                if (count == gone.length) {
                    gone = java.util.Arrays.copyOf(gone, count * 2);
                }
                gone[count++] = keys[i];
            }
        }
        for (int i = 0; i < count; i++) {
            remove(gone[i]);
        }
    }

    @SuppressWarnings("unchecked")
    private void resize(int capacity) {
        long[] oldKeys = keys;
        Object[] oldValues = values;
        keys = new long[capacity];
        values = new Object[capacity];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0) {
                put(oldKeys[i], (T) oldValues[i]);
            }
        }
    }

    private static int slot(long key, int mask) {
        return (int) (key >>> 40) & mask;
    }
}
