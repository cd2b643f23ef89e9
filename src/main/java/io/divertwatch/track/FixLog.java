package io.divertwatch.track;

import java.util.ArrayDeque;
import java.util.Arrays;

/**
 * The history of the tracks nobody is reading, kept in one log in arrival order, each fix linked to
 * the same track's previous one. With tens of thousands of aircraft, appending to each aircraft's
 * own array touches a different memory page per fix, which on a virtual machine costs more than
 * everything else a fix needs; appending to one log writes memory in sequence. Reading a track back
 * from it follows the links and is slow, which is why a track moves its history into its own array
 * once rules start reading it (see {@link FixHistory}).
 * <p>
 * The log is a queue of fixed-size chunks; a chunk is dropped (and its array reused) once every fix
 * in it is older than the retention window. One engine owns one log; not thread-safe.
 */
public final class FixLog {

    /** The packed fields of {@link FixCodec}, then the sequence number of the track's previous fix. */
    static final int FIELDS = FixCodec.FIELDS + 1;
    static final int PREVIOUS = FixCodec.FIELDS;
    static final long NONE = -1;
    private static final int CHUNK_BITS = 12;
    private static final int CHUNK_FIXES = 1 << CHUNK_BITS;
    /** Spare chunks kept when traffic shrinks (about 4 MB); the rest go to the garbage collector. */
    private static final int MAX_SPARES = 16;

    private final long keepSeconds;
    /** The chunks, oldest first, and the newest data time in each; the last one is being filled. */
    private long[][] chunks = new long[8][];
    private long[] newestTime = new long[8];
    private int count;
    /**
     * Dropped chunks' arrays, reused for the next ones: a chunk then lives as long as the log, like
     * a ring, instead of being copied by the garbage collector while young and dying in the old generation.
     */
    private final ArrayDeque<long[]> spares = new ArrayDeque<>();
    /** Sequence number of the first fix of the oldest chunk; always a multiple of the chunk size. */
    private long firstSeq;
    private long nextSeq;

    public FixLog(TrackLimits limits) {
        this.keepSeconds = limits.retentionSeconds() + FixHistory.EXPIRY_SLACK_SECONDS;
    }

    long append(long time, long lat, long lon, long motion, long course, long flags, long previous) {
        int offset = (int) (nextSeq & (CHUNK_FIXES - 1));
        if (offset == 0) {
            startChunk(time);
        }
        long[] chunk = chunks[count - 1];
        int base = offset * FIELDS;
        FixCodec.write(chunk, base, time, lat, lon, motion, course, flags);
        chunk[base + PREVIOUS] = previous;
        if (time > newestTime[count - 1]) {
            newestTime[count - 1] = time;
        }
        return nextSeq++;
    }

    /** Whether the fix numbered {@code seq} is still in the log. */
    boolean holds(long seq) {
        return seq >= firstSeq && seq < nextSeq;
    }

    /** Field {@code field} of a fix the log {@link #holds}. */
    long field(long seq, int field) {
        long[] chunk = chunks[(int) ((seq - firstSeq) >>> CHUNK_BITS)];
        return chunk[(int) (seq & (CHUNK_FIXES - 1)) * FIELDS + field];
    }

    /** Fixes the log holds, for tests. */
    long size() {
        return nextSeq - firstSeq;
    }

    private void startChunk(long time) {
        int expired = 0;
        while (expired < count && newestTime[expired] < time - keepSeconds) {
            expired++;
        }
        if (expired > 0) {
            for (int i = 0; i < expired && spares.size() < MAX_SPARES; i++) {
                spares.push(chunks[i]);
            }
            System.arraycopy(chunks, expired, chunks, 0, count - expired);
            System.arraycopy(newestTime, expired, newestTime, 0, count - expired);
            Arrays.fill(chunks, count - expired, count, null);
            count -= expired;
            firstSeq += (long) expired * CHUNK_FIXES;
        }
        if (count == chunks.length) {
            chunks = Arrays.copyOf(chunks, count * 2);
            newestTime = Arrays.copyOf(newestTime, count * 2);
        }
        long[] spare = spares.poll();
        chunks[count] = spare != null ? spare : new long[CHUNK_FIXES * FIELDS];
        newestTime[count] = time;
        count++;
    }
}
