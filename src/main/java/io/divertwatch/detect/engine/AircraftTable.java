package io.divertwatch.detect.engine;

import io.divertwatch.track.Icao24;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The engine's aircraft, by icao24. A 24-bit ICAO address (six hex digits, optionally {@code ~}
 * for a non-ICAO one) is an int key ({@link Icao24#address}) in an open-addressing table whose
 * slot holds the key and the aircraft's position in a dense array: a lookup touches one slot and one
 * array element, where a HashMap of strings also touches the node, the stored key and its characters,
 * each a cache miss with tens of thousands of aircraft. Anything else falls back to a HashMap.
 * <p>
 * The dense array keeps aircraft in the order they were first seen, which is the order a feed lists
 * them in; the garbage collector copies the aircraft's objects in the order it finds them there, so
 * the next poll walks memory roughly in sequence rather than in hash order.
 */
final class AircraftTable {

    private static final long EMPTY = -1L;

    private long[] slots = newSlots(1 << 14);
    private AircraftState[] dense = new AircraftState[1 << 13];
    /** The address of each aircraft in {@link #dense}: rehashing then reads no aircraft's objects. */
    private int[] denseKeys = new int[1 << 13];
    /**
     * The data time of each one's newest fix sent ({@link AircraftState#lastFixTime}), side by side: the
     * sweep for silent aircraft reads this array instead of every aircraft's object.
     */
    private long[] lastFixTimes = new long[1 << 13];
    private int count;
    private final Map<String, AircraftState> others = new HashMap<>();

    AircraftState get(String icao24) {
        int key = Icao24.address(icao24);
        if (key == Icao24.NO_ADDRESS) {
            return others.get(icao24);
        }
        int mask = slots.length - 1;
        for (int i = mix(key) & mask; slots[i] != EMPTY; i = (i + 1) & mask) {
            if (keyOf(slots[i]) == key) {
                return dense[positionOf(slots[i])];
            }
        }
        return null;
    }

    /** The aircraft with {@code icao24}, whose {@link Icao24#address} is {@code key}, created if new. */
    AircraftState getOrCreate(int key, String icao24, Function<String, AircraftState> create) {
        if (key == Icao24.NO_ADDRESS) {
            return others.computeIfAbsent(icao24, create);
        }
        int mask = slots.length - 1;
        int i = mix(key) & mask;
        for (; slots[i] != EMPTY; i = (i + 1) & mask) {
            if (keyOf(slots[i]) == key) {
                return dense[positionOf(slots[i])];
            }
        }
        AircraftState created = create.apply(icao24);
        if (count == dense.length) {
            dense = Arrays.copyOf(dense, count * 2);
            denseKeys = Arrays.copyOf(denseKeys, count * 2);
            lastFixTimes = Arrays.copyOf(lastFixTimes, count * 2);
        }
        slots[i] = slot(key, count);
        denseKeys[count] = key;
        lastFixTimes[count] = created.lastFixTime;
        created.tablePosition = count;
        dense[count++] = created;
        if (count * 2 > slots.length) {
            rehash(slots.length * 2);
        }
        return created;
    }

    /** Records the data time of the newest fix an aircraft sent (trusted or not). */
    void fixed(AircraftState state, long time) {
        state.lastFixTime = time;
        if (state.tablePosition >= 0) {
            lastFixTimes[state.tablePosition] = time;
        }
    }

    int size() {
        return count + others.size();
    }

    List<AircraftState> all() {
        List<AircraftState> out = new ArrayList<>(size());
        out.addAll(Arrays.asList(dense).subList(0, count));
        out.addAll(others.values());
        return out;
    }

    /**
     * Removes every aircraft {@code remove} accepts among those whose newest fix is no later than
     * {@code silentSince} (the others are kept unvisited); visits each once, keeps the rest in order.
     */
    void removeIf(long silentSince, Predicate<AircraftState> remove) {
        int kept = 0;
        for (int j = 0; j < count; j++) {
            if (lastFixTimes[j] > silentSince || !remove.test(dense[j])) {
                if (kept != j) {
                    denseKeys[kept] = denseKeys[j];
                    lastFixTimes[kept] = lastFixTimes[j];
                    dense[kept] = dense[j];
                    dense[kept].tablePosition = kept;
                }
                kept++;
            }
        }
        others.values().removeIf(state -> state.lastFixTime <= silentSince && remove.test(state));
        if (kept < count) {
            Arrays.fill(dense, kept, count, null);
            count = kept;
            rehash(slots.length);
        }
    }

    private void rehash(int length) {
        slots = newSlots(length);
        int mask = length - 1;
        for (int j = 0; j < count; j++) {
            int key = denseKeys[j];
            int i = mix(key) & mask;
            while (slots[i] != EMPTY) {
                i = (i + 1) & mask;
            }
            slots[i] = slot(key, j);
        }
    }

    private static long slot(int key, int position) {
        return ((long) key << 32) | position;
    }

    private static int keyOf(long slot) {
        return (int) (slot >>> 32);
    }

    private static int positionOf(long slot) {
        return (int) slot;
    }

    private static long[] newSlots(int length) {
        long[] s = new long[length];
        Arrays.fill(s, EMPTY);
        return s;
    }

    /** Spreads consecutive addresses (airlines' fleets are allocated in blocks) over the table. */
    private static int mix(int key) {
        int h = key * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
