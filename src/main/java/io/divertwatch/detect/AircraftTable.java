package io.divertwatch.detect;

import io.divertwatch.source.StateVector;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The engine's aircraft, by icao24. A 24-bit ICAO address (six hex digits, optionally {@code ~}
 * for a non-ICAO one) is an int key ({@link StateVector#address}) in an open-addressing table: a
 * lookup then touches two arrays, where a HashMap of strings also touches the node, the stored key
 * and its characters, each a cache miss with tens of thousands of aircraft. Anything else falls back
 * to a HashMap.
 */
final class AircraftTable {

    private static final int EMPTY = StateVector.NO_ADDRESS;

    private int[] keys = newKeys(1 << 14);
    private AircraftState[] values = new AircraftState[1 << 14];
    private int size;
    private final Map<String, AircraftState> others = new HashMap<>();

    AircraftState get(String icao24) {
        int key = StateVector.address(icao24);
        if (key == EMPTY) {
            return others.get(icao24);
        }
        int mask = keys.length - 1;
        for (int i = mix(key) & mask; keys[i] != EMPTY; i = (i + 1) & mask) {
            if (keys[i] == key) {
                return values[i];
            }
        }
        return null;
    }

    /** The aircraft with {@code icao24}, whose {@link StateVector#address} is {@code key}, created if new. */
    AircraftState getOrCreate(int key, String icao24, Function<String, AircraftState> create) {
        if (key == EMPTY) {
            return others.computeIfAbsent(icao24, create);
        }
        int mask = keys.length - 1;
        int i = mix(key) & mask;
        for (; keys[i] != EMPTY; i = (i + 1) & mask) {
            if (keys[i] == key) {
                return values[i];
            }
        }
        AircraftState created = create.apply(icao24);
        keys[i] = key;
        values[i] = created;
        if (++size * 2 > keys.length) {
            resize(keys.length * 2);
        }
        return created;
    }

    int size() {
        return size + others.size();
    }

    List<AircraftState> all() {
        List<AircraftState> out = new ArrayList<>(size());
        for (AircraftState v : values) {
            if (v != null) {
                out.add(v);
            }
        }
        out.addAll(others.values());
        return out;
    }

    /** Removes every aircraft {@code remove} accepts; visits each one once. */
    void removeIf(Predicate<AircraftState> remove) {
        boolean removed = false;
        for (int i = 0; i < keys.length; i++) {
            if (values[i] != null && remove.test(values[i])) {
                keys[i] = EMPTY;
                values[i] = null;
                size--;
                removed = true;
            }
        }
        others.values().removeIf(remove);
        if (removed) {
            // Holes break the probe chains of open addressing: re-insert everything once.
            resize(keys.length);
        }
    }

    private void resize(int length) {
        int[] oldKeys = keys;
        AircraftState[] oldValues = values;
        keys = newKeys(length);
        values = new AircraftState[length];
        int mask = length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != EMPTY) {
                int i = mix(oldKeys[j]) & mask;
                while (keys[i] != EMPTY) {
                    i = (i + 1) & mask;
                }
                keys[i] = oldKeys[j];
                values[i] = oldValues[j];
            }
        }
    }

    private static int[] newKeys(int length) {
        int[] k = new int[length];
        Arrays.fill(k, EMPTY);
        return k;
    }

    /** Spreads consecutive addresses (airlines' fleets are allocated in blocks) over the table. */
    private static int mix(int key) {
        int h = key * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
