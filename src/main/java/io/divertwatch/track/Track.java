package io.divertwatch.track;

import java.util.List;

/**
 * The recent trusted fixes of one aircraft, oldest first, behind the data-quality gate
 * ({@link TrackGate}): what the detection rules reason on. The history is packed ({@link FixCodec})
 * and lives in the engine's shared {@link FixLog} until something reads it ({@link FixHistory}).
 * Not thread-safe: one engine owns it.
 */
public final class Track {

    public enum Acceptance {
        ACCEPTED, DUPLICATE, OUT_OF_ORDER, IMPLAUSIBLE_JUMP, FROZEN_POSITION
    }

    private final String icao24;
    private final FixHistory history;
    private final TrackGate gate;
    private String callsign;
    /**
     * The callsign's {@link StateVector#callsignKey}: the feed sends a new string on every poll, and
     * comparing it with the stored one would read that string's memory, two cache misses per fix.
     */
    private long callsignKey;
    /** The last feed name seen and its number: nearly every fix comes from the same feed as the one before. */
    private String feed;
    private int feedId;
    /**
     * The last squawk seen and its code: states carry {@link Squawks}' shared strings, so an unchanged
     * code is recognised by reference, without reading the string's memory (a cache miss per fix).
     */
    private String squawk;
    private int squawkCode = -1;

    /** A track with a log of its own, for use outside an engine. */
    public Track(String icao24, TrackLimits limits) {
        this(icao24, limits, new FixLog(limits));
    }

    public Track(String icao24, TrackLimits limits, FixLog log) {
        this.icao24 = icao24;
        this.history = new FixHistory(limits, log);
        this.gate = new TrackGate(limits, history);
    }

    public Acceptance offer(Fix fix, String callsign) {
        return offer(fix, callsign, callsign == null ? 0 : StateVector.callsignKey(callsign));
    }

    /** {@link #offer(Fix, String)} with the callsign's {@link StateVector#callsignKey}, worked out before. */
    public Acceptance offer(Fix fix, String callsign, long key) {
        if (callsign != null) {
            if ((key != 0 ? key != callsignKey : !callsign.equals(this.callsign)) && !callsign.isBlank()) {
                this.callsign = callsign;
                callsignKey = key;
            }
        }
        Acceptance verdict = gate.judge(fix);
        if (verdict == Acceptance.ACCEPTED) {
            append(fix);
        }
        return verdict;
    }

    private void append(Fix fix) {
        if (fix.source() != feed) {
            feed = fix.source();
            feedId = FeedNames.id(feed);
        }
        if (fix.squawk() != squawk) {
            squawk = fix.squawk();
            squawkCode = Squawks.code(squawk);
        }
        history.append(fix.time(), fix.lat(), fix.lon(), FixCodec.motion(fix.altitudeM(), fix.groundSpeedMps()),
                FixCodec.course(fix.trackDeg(), fix.verticalRateMps()),
                FixCodec.flags(fix.onGround(), squawkCode, feedId));
    }

    public String icao24() {
        return icao24;
    }

    public String callsign() {
        return callsign;
    }

    public int size() {
        return history.size();
    }

    /**
     * Reads the fields an {@link #offer} reads first, spread over the track's objects, and returns a
     * value that means nothing: for a caller that brings many tracks into the cache before working on them.
     */
    public long touch() {
        return feedId + gate.touch() + history.newestTime + (history.inOwnRing() ? 1 : 0);
    }

    /** The {@link Squawks#code} of the newest trusted fix's squawk, -1 for none; worked out as it was appended. */
    public int newestSquawkCode() {
        return FixCodec.squawkCode(history.newestFlags);
    }

    /** Data time of the newest trusted fix; Long.MIN_VALUE when there is none. Allocation-free. */
    public long lastTime() {
        return history.newestTime;
    }

    /**
     * Data time of the trusted fix before the newest one, even when it is past the retention window;
     * Long.MIN_VALUE when there is none. Does not count as reading the history.
     */
    public long previousTime() {
        return history.previousTime;
    }

    /** The newest trusted fix, or null. Does not count as reading the history. */
    public Fix last() {
        return history.newest();
    }

    /** The i-th trusted fix counted back from the newest (0 = newest). */
    public Fix back(int i) {
        return history.back(i);
    }

    /** The newest trusted fix at or before {@code time}, or null. */
    public Fix atOrBefore(long time) {
        return history.atOrBefore(time);
    }

    /** Trusted fixes with time ≥ {@code since}, oldest first. */
    public List<Fix> since(long since) {
        return history.since(since);
    }

    /** The newest {@code n} trusted fixes, oldest first. */
    public List<Fix> lastN(int n) {
        return history.lastN(n);
    }

    /**
     * Data time of the newest trusted fix that continued a long or far path of refused fixes (see
     * {@link TrackLimits#contestedPathSeconds()} and {@link TrackLimits#contestedJumpKm()}), or
     * {@code Long.MIN_VALUE}: also once the aircraft is back ({@link #restoredAt()}).
     */
    public long contestedSince() {
        return gate.contestedSince();
    }

    /**
     * Data time of the newest fix that brought the track back from a contested path to where the
     * aircraft was before it, or {@code Long.MIN_VALUE}. The fixes of that path are gone from the track.
     */
    public long restoredAt() {
        return gate.restoredAt();
    }

    /**
     * Whether the fixes offered since the newest trusted one, all refused, have gone on for as long or
     * as far as a contested path: the aircraft did not fall silent at the newest trusted fix.
     */
    public boolean wentOnElsewhere() {
        return gate.wentOnElsewhere();
    }
}
