package io.divertwatch.track;

import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Small numbers for feed names ("opensky", "adsbx", …), so that a stored fix names its feed in a few
 * bits. There are only ever a handful of feeds; ids are never reused.
 */
final class FeedNames {

    private static final int MAX = 1 << 16;
    private static final ConcurrentHashMap<String, Integer> IDS = new ConcurrentHashMap<>();
    /** Copied on write: read for every fix the rules look at, written once per new feed. */
    private static volatile String[] names = {null};

    private FeedNames() {
    }

    /** The id of a feed name; 0 for null (or, past 65,535 distinct names, for any new one). */
    static int id(String name) {
        if (name == null) {
            return 0;
        }
        Integer id = IDS.get(name);
        return id != null ? id : register(name);
    }

    private static synchronized int register(String name) {
        Integer id = IDS.get(name);
        if (id != null) {
            return id;
        }
        String[] current = names;
        if (current.length >= MAX) {
            return 0;
        }
        String[] grown = Arrays.copyOf(current, current.length + 1);
        grown[current.length] = name;
        names = grown;
        IDS.put(name, current.length);
        return current.length;
    }

    static String name(int id) {
        String[] current = names;
        return id < current.length ? current[id] : null;
    }
}
