package io.divertwatch.track;

import java.util.ArrayList;
import java.util.List;

/**
 * One track's trusted fixes, packed ({@link FixCodec}), and where they live. Most aircraft concern
 * nobody, and for them a track only appends: their history goes to the engine's shared
 * {@link FixLog}, and only the newest fix is kept here. The first time anything reads further back
 * (a rule, the API), the history moves into a ring of its own, where reading is cheap, fetching from
 * the log only as far back as the read needs; after {@link #IDLE_APPENDS_BEFORE_RETURN} appends
 * without a read it goes back to the log. Not thread-safe: one engine owns it.
 */
final class FixHistory {

    /** How far past the retention horizon fixes may linger before a batch of them is dropped. */
    static final long EXPIRY_SLACK_SECONDS = 300;
    /** Appends without a read after which an own ring goes back to the log. */
    private static final int IDLE_APPENDS_BEFORE_RETURN = 64;
    private static final int FIELDS = FixCodec.FIELDS;

    private final TrackLimits limits;
    private final FixLog log;
    /** The own ring: one long[] (capacity a power of two, so wrapping is a mask); null while in the log. */
    private long[] data;
    private int capacity;
    private int head;
    private int size;
    private long oldestTime;
    private int appendsSinceRead;
    /** The log's number for the newest fix while the history is in the log. */
    private long newestSeq = FixLog.NONE;
    /** While the history is in the ring: the log's number for the newest fix not yet fetched from it. */
    private long olderSeq = FixLog.NONE;

    // The newest trusted fix, packed, wherever the history is: the gate reads it on every offer.
    long newestTime = Long.MIN_VALUE;
    double newestLat;
    double newestLon;
    long newestMotion;
    long newestCourse;
    long newestFlags;
    /** Data time of the trusted fix before the newest one, whether or not the history still holds it. */
    long previousTime = Long.MIN_VALUE;

    FixHistory(TrackLimits limits, FixLog log) {
        this.limits = limits;
        this.log = log;
    }

    boolean isEmpty() {
        return newestTime == Long.MIN_VALUE;
    }

    boolean inOwnRing() {
        return data != null;
    }

    /** Appends a fix newer than every fix held, which becomes the newest. */
    void append(long time, double lat, double lon, long motion, long course, long flags) {
        long latBits = Double.doubleToRawLongBits(lat);
        long lonBits = Double.doubleToRawLongBits(lon);
        if (data == null) {
            newestSeq = log.append(time, latBits, lonBits, motion, course, flags, newestSeq);
        } else {
            appendToRing(time, latBits, lonBits, motion, course, flags);
            if (++appendsSinceRead > IDLE_APPENDS_BEFORE_RETURN) {
                returnToLog();
            }
        }
        previousTime = newestTime;
        becomeNewest(time, lat, lon, motion, course, flags);
    }

    /**
     * Drops the newest fixes with a time at or after {@code since}, keeping at least one, whose newest
     * then becomes the newest fix. Returns the time of the oldest fix dropped, or {@code Long.MAX_VALUE}
     * for none.
     */
    long dropNewestSince(long since) {
        fetchOlder(since - 1, 2);
        int dropped = 0;
        while (dropped + 1 < size && timeAt(slot(dropped)) >= since) {
            dropped++;
        }
        if (dropped == 0) {
            return Long.MAX_VALUE;
        }
        long oldestDropped = timeAt(slot(dropped - 1));
        size -= dropped;
        int base = slot(0) * FIELDS;
        becomeNewest(data[base], Double.longBitsToDouble(data[base + 1]), Double.longBitsToDouble(data[base + 2]),
                data[base + 3], data[base + 4], data[base + 5]);
        Fix before = back(1);
        previousTime = before == null ? Long.MIN_VALUE : before.time();
        return oldestDropped;
    }

    /**
     * Drops every fix after {@code time} and makes the fix given (which the history may no longer
     * hold) the newest again; {@link #previousTime} stays as it was until the next append.
     */
    void restore(long time, double lat, double lon, long motion, long course, long flags) {
        reading();
        fetchOlder(time, 0);
        while (size > 0 && timeAt(slot(0)) > time) {
            size--;
        }
        if (size == 0) {
            // The fix has left the retained history: it is all that is left of it.
            put(head, time, Double.doubleToRawLongBits(lat), Double.doubleToRawLongBits(lon), motion, course, flags);
            size = 1;
            oldestTime = time;
            olderSeq = FixLog.NONE;
        }
        becomeNewest(time, lat, lon, motion, course, flags);
    }

    private void becomeNewest(long time, double lat, double lon, long motion, long course, long flags) {
        newestTime = time;
        newestLat = lat;
        newestLon = lon;
        newestMotion = motion;
        newestCourse = course;
        newestFlags = flags;
    }

    private void appendToRing(long time, long lat, long lon, long motion, long course, long flags) {
        long horizon = time - limits.retentionSeconds();
        // Expired fixes go in batches once the oldest is a little past the horizon: checking the ring's
        // oldest slot on every append would cost a cache miss per fix.
        if (size > 0 && (oldestTime < horizon - EXPIRY_SLACK_SECONDS || size >= limits.maxFixes())) {
            while (size > 0 && (timeAt(head) < horizon || size >= limits.maxFixes())) {
                head = (head + 1) & (capacity - 1);
                size--;
            }
            oldestTime = size == 0 ? time : timeAt(head);
            // Whatever the log still holds is older than what was just dropped.
            olderSeq = FixLog.NONE;
        }
        if (size == capacity) {
            grow();
        }
        if (size == 0) {
            oldestTime = time;
        }
        put((head + size) & (capacity - 1), time, lat, lon, motion, course, flags);
        size++;
    }

    /**
     * Starts reading: makes sure the ring exists, holding at least the newest fix, with the rest of
     * the history still linked from {@link #olderSeq}. Every read goes through here, so it also
     * marks the history as being read.
     */
    private void reading() {
        appendsSinceRead = 0;
        if (data != null) {
            return;
        }
        capacity = 16;
        data = new long[capacity * FIELDS];
        head = 0;
        size = 0;
        olderSeq = FixLog.NONE;
        if (newestTime != Long.MIN_VALUE) {
            put(0, newestTime, Double.doubleToRawLongBits(newestLat), Double.doubleToRawLongBits(newestLon),
                    newestMotion, newestCourse, newestFlags);
            size = 1;
            oldestTime = newestTime;
            // The newest fix is known here even when the log has dropped it.
            olderSeq = log.holds(newestSeq) ? log.field(newestSeq, FixLog.PREVIOUS) : FixLog.NONE;
        }
        newestSeq = FixLog.NONE;
    }

    /**
     * Moves fixes from the log to the old end of the ring until the oldest is at or before
     * {@code untilTime} and at least {@code minCount} are held, or the retained history is all here.
     * Rules look back minutes, not the hour a track keeps, so only that much is fetched: each step
     * back through the log is a memory access far from the last one.
     */
    private void fetchOlder(long untilTime, int minCount) {
        reading();
        long horizon = newestTime - limits.retentionSeconds();
        while ((oldestTime > untilTime || size < minCount) && size > 0 && size < limits.maxFixes()
                && log.holds(olderSeq)) {
            long time = log.field(olderSeq, FixCodec.TIME);
            if (time < horizon) {
                olderSeq = FixLog.NONE;
                return;
            }
            if (size == capacity) {
                grow();
            }
            head = (head - 1) & (capacity - 1);
            put(head, time, log.field(olderSeq, FixCodec.LAT), log.field(olderSeq, FixCodec.LON),
                    log.field(olderSeq, FixCodec.MOTION), log.field(olderSeq, FixCodec.COURSE),
                    log.field(olderSeq, FixCodec.FLAGS));
            size++;
            oldestTime = time;
            olderSeq = log.field(olderSeq, FixLog.PREVIOUS);
        }
    }

    private void put(int slot, long time, long lat, long lon, long motion, long course, long flags) {
        FixCodec.write(data, slot * FIELDS, time, lat, lon, motion, course, flags);
    }

    /** Hands the history back to the log: nothing has read it for a while. */
    private void returnToLog() {
        long previous = log.holds(olderSeq) ? olderSeq : FixLog.NONE;
        for (int i = size - 1; i >= 0; i--) {
            int base = slot(i) * FIELDS;
            previous = log.append(data[base], data[base + 1], data[base + 2], data[base + 3], data[base + 4],
                    data[base + 5], previous);
        }
        newestSeq = previous;
        olderSeq = FixLog.NONE;
        data = null;
        size = 0;
    }

    private void grow() {
        long[] grown = new long[capacity * 2 * FIELDS];
        for (int i = 0; i < size; i++) {
            System.arraycopy(data, ((head + i) & (capacity - 1)) * FIELDS, grown, i * FIELDS, FIELDS);
        }
        data = grown;
        capacity *= 2;
        head = 0;
    }

    private int slot(int back) {
        return (head + size - 1 - back) & (capacity - 1);
    }

    private long timeAt(int slot) {
        return data[slot * FIELDS];
    }

    private Fix fixAt(int slot) {
        int base = slot * FIELDS;
        return FixCodec.unpack(data[base], data[base + 1], data[base + 2], data[base + 3], data[base + 4],
                data[base + 5]);
    }

    /** The newest fix, or null; reads nothing further back. */
    Fix newest() {
        return newestTime == Long.MIN_VALUE ? null
                : FixCodec.unpack(newestTime, Double.doubleToRawLongBits(newestLat),
                        Double.doubleToRawLongBits(newestLon), newestMotion, newestCourse, newestFlags);
    }

    int size() {
        fetchOlder(Long.MIN_VALUE, 0);
        return size;
    }

    /** The i-th fix counted back from the newest (0 = newest). */
    Fix back(int i) {
        fetchOlder(Long.MAX_VALUE, i + 1);
        return i < 0 || i >= size ? null : fixAt(slot(i));
    }

    /** The newest fix at or before {@code time}, or null. */
    Fix atOrBefore(long time) {
        fetchOlder(time, 0);
        for (int i = 0; i < size; i++) {
            if (timeAt(slot(i)) <= time) {
                return fixAt(slot(i));
            }
        }
        return null;
    }

    /** Fixes with time ≥ {@code since}, oldest first. */
    List<Fix> since(long since) {
        fetchOlder(since, 0);
        List<Fix> out = new ArrayList<>();
        for (int i = size - 1; i >= 0; i--) {
            if (timeAt(slot(i)) >= since) {
                out.add(fixAt(slot(i)));
            }
        }
        return out;
    }

    /** The newest {@code n} fixes, oldest first. */
    List<Fix> lastN(int n) {
        fetchOlder(Long.MAX_VALUE, n);
        int count = Math.min(n, size);
        List<Fix> out = new ArrayList<>(count);
        for (int i = count - 1; i >= 0; i--) {
            out.add(fixAt(slot(i)));
        }
        return out;
    }
}
