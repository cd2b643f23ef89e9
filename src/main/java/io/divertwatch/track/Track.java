package io.divertwatch.track;

import io.divertwatch.geo.Geodesy;
import io.divertwatch.source.Squawks;
import io.divertwatch.source.StateVector;

import java.util.ArrayList;
import java.util.List;

/**
 * The recent trusted fixes of one aircraft, oldest first, and the data-quality gate in front of them
 * (DESIGN §5): fixes without a position, repeated or older than the newest one are dropped; a fix
 * that implies an impossible ground speed from the last trusted fix is refused, because GPS spoofing
 * and jamming move aircraft by hundreds of kilometres. When, after a long run of refusals, the path
 * goes on from where the refused fixes were, the track reports it ({@link #contestedSince()}). If the
 * aircraft then reappears where it could have flown from the last fix before that path, the path
 * was spoofed or another aircraft's: the track drops it and goes on from there ({@link #restoredAt()}).
 * <p>
 * Most aircraft concern nobody, and for them a track only appends. Their history lives in the
 * engine's shared {@link FixLog}; the newest fix is always kept here. The first time anything reads
 * further back (a rule, the API) the track moves its history into its own ring, where reading is
 * cheap, and it hands it back to the log once reading has stopped for a while. Not thread-safe: one
 * engine owns it.
 */
public final class Track {

    /** Radar and merged feeds jitter by about a kilometre; speeds are judged beyond that noise. */
    static final double POSITION_NOISE_KM = 2.0;
    private static final double KM_PER_DEGREE = Math.toRadians(Geodesy.EARTH_RADIUS_KM);

    public enum Acceptance {
        ACCEPTED, DUPLICATE, OUT_OF_ORDER, IMPLAUSIBLE_JUMP, FROZEN_POSITION
    }

    /** How far past the retention horizon fixes may linger before a batch of them is dropped. */
    static final long EXPIRY_SLACK_SECONDS = 300;

    /**
     * Two feeds (radar and ADS-B, or two receivers) can place one aircraft this far apart seconds apart:
     * several times the position noise. Farther is a jump.
     */
    private static final double FEED_JITTER_KM = 5 * POSITION_NOISE_KM;

    /** An aircraft this fast must have moved at least a kilometre in the time a frozen position claims. */
    private static final double MOVING_MPS = 50;

    /**
     * Faster than any helicopter cruises and than any aeroplane's ground speed on final: an aircraft that
     * reached a spot this fast is a fixed wing in flight, and cannot sit there.
     */
    private static final double FIXED_WING_MPS = 100;

    /**
     * Time in which nothing flying can go from {@link #FIXED_WING_MPS} to standing still; on the ground
     * a landing roll stops from far less.
     */
    private static final long STOPPING_SECONDS = 90;

    /** A thousand feet: more than a position that sits still can climb or descend in flight, wings or rotor. */
    private static final double STILL_CLIMB_M = 305;

    /** Appends without a read after which an own ring goes back to the log. */
    private static final int IDLE_APPENDS_BEFORE_RETURN = 64;

    private final String icao24;
    private final TrackLimits limits;
    private final FixLog log;
    // Fixes are packed into FIELDS longs each (time, lat, lon, altitude|speed, track|vertical rate,
    // flags). The own ring is one long[] used as a ring buffer (capacity a power of two, so wrapping
    // is a mask), null while the history is in the log: a retained fix is 48 contiguous bytes instead
    // of an object the garbage collector must copy and trace. Fix objects are made on demand.
    private static final int FIELDS = 6;
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
    /** The newest trusted fix, packed, whether the history is in the ring or in the log. */
    private long newestTime = Long.MIN_VALUE;
    private double newestLat;
    private double newestLon;
    private long newestMotion;
    private long newestCourse;
    private long newestFlags;
    /** Data time of the trusted fix before the newest one, whether or not the history still holds it. */
    private long previousTime = Long.MIN_VALUE;
    private String callsign;
    /**
     * The callsign's {@link StateVector#callsignKey}: the feed sends a new string on every poll, and
     * comparing it with the stored one would read that string's memory, two cache misses per fix.
     */
    private long callsignKey;
    private long lastOfferedTime = Long.MIN_VALUE;
    /** The newest fix offered (trusted or not), to recognise a position that no longer moves. */
    private double lastOfferedLat = Double.NaN;
    private double lastOfferedLon = Double.NaN;
    private boolean lastOfferedOnGround;
    /**
     * Since when the airborne fixes offered have sat at the newest one's spot, or the newest fix has
     * come back to the newest trusted fix's spot after a fix elsewhere (MIN_VALUE: neither): two feeds
     * send a frozen spot seconds apart, so the time it has sat is judged, not the step.
     */
    private long stillSince = Long.MIN_VALUE;
    /** The ground speed of the newest trusted airborne fix that reported moving faster than {@link #MOVING_MPS}. */
    private double lastFlyingSpeed = Double.NaN;
    /** The speed and altitude of the newest fix offered, trusted or not. */
    private double lastOfferedSpeed = Double.NaN;
    private double lastOfferedAltitude = Double.NaN;
    /** The altitude of the first fix at the spot where the offered fixes have sat since {@link #stillSince}. */
    private double stillAltitude = Double.NaN;
    /**
     * Whether the aircraft could not have flown, at the speed it reported, to the spot where the offered
     * fixes have sat since {@link #stillSince}.
     */
    private boolean stillSpotOutOfFlyingReach;
    /**
     * The speed the aircraft was reported flying when its offered fixes reached the spot where they now
     * are, when reported within {@link #STOPPING_SECONDS} before: NaN otherwise. A spoofed spot is often
     * sent with no speed at all, as a receiver standing still computes it.
     */
    private double arrivalSpeed = Double.NaN;
    /**
     * Whether a fix at the spot where the offered fixes now are has been refused as frozen: the spot is
     * the fault's, not the aircraft's, whatever the fixes that follow at it report (slowing, on the
     * ground: a spoofed aircraft "lands" where the spoofer put it).
     */
    private boolean frozenSpot;
    /**
     * The fixes refused as implausible since the newest trusted one: when the first was (MIN_VALUE:
     * none), and the last.
     */
    private long refusedRunStart = Long.MIN_VALUE;
    /** A fix of the run was far beyond reach (see {@link TrackLimits#contestedJumpKm()}). */
    private boolean refusedRunFar;
    private long lastRefusedTime;
    private double lastRefusedLat;
    private double lastRefusedLon;
    private long contestedSince = Long.MIN_VALUE;
    /** While the path is contested: where the aircraft was before it; null otherwise. */
    private Anchor anchor;
    private long restoredAt = Long.MIN_VALUE;
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
        this.limits = limits;
        this.log = log;
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
        if (fix.time() == lastOfferedTime) {
            return Acceptance.DUPLICATE;
        }
        if (fix.time() < lastOfferedTime) {
            return Acceptance.OUT_OF_ORDER;
        }
        if (refusedAsFrozen(fix)) {
            return Acceptance.FROZEN_POSITION;
        }
        // Trusted fixes stay one physically possible path, so rules may compare across refused ones
        // (a spoofing episode, or a second aircraft a feed interleaves under the same address).
        if (newestTime != Long.MIN_VALUE
                && !plausible(newestTime, newestLat, newestLon, fix, limits.maxGroundSpeedKmh())) {
            if (anchor != null && returnsToAnchorPath(fix)) {
                // The aircraft is back, and the path in between was never its own.
                restoreAnchor();
                restoredAt = fix.time();
                append(fix);
                return Acceptance.ACCEPTED;
            }
            refused(fix);
            return Acceptance.IMPLAUSIBLE_JUMP;
        }
        if (refusedRunStart != Long.MIN_VALUE) {
            // The trusted path went on along the refused one, which has now become reachable: from
            // here on the track may be following the other aircraft.
            if (refusedRunIsAnotherPath() && (plausible(lastRefusedTime, lastRefusedLat, lastRefusedLon, fix,
                    limits.maxGroundSpeedKmh())
                    || Geodesy.distanceKm(lastRefusedLat, lastRefusedLon, fix.lat(), fix.lon()) <= FEED_JITTER_KM)) {
                if (anchor == null) {
                    anchor = new Anchor(newestTime, newestLat, newestLon, newestMotion, newestCourse, newestFlags);
                }
                contestedSince = fix.time();
            }
            refusedRunStart = Long.MIN_VALUE;
        }
        append(fix);
        return Acceptance.ACCEPTED;
    }

    /**
     * Records {@code fix} as the newest offered and judges whether it sits at a spot the aircraft
     * cannot be sitting at: spoofed and jammed positions sit still while the aircraft flies, and a
     * spoofed spot becomes reachable once enough time has passed (or looks like the aircraft back from
     * a contested path), but must never be believed. Refuses it if so.
     */
    private boolean refusedAsFrozen(Fix fix) {
        long previousTime = lastOfferedTime;
        boolean samePlace = previousTime != Long.MIN_VALUE && samePlace(lastOfferedLat, lastOfferedLon, fix);
        if (!samePlace) {
            arrivalSpeed = previousTime != Long.MIN_VALUE && fix.time() - previousTime <= STOPPING_SECONDS
                    ? lastOfferedSpeed : Double.NaN;
            frozenSpot = false;
        }
        if (!samePlace && newestTime != Long.MIN_VALUE && (newestFlags & 3) != 1
                && samePlace(newestLat, newestLon, fix)) {
            // Back at the newest trusted fix's spot after a fix elsewhere: a feed that interleaves
            // another aircraft under the address sends a stale position again between its fixes.
            stillSince = newestTime;
            stillAltitude = high(newestMotion);
            stillSpotOutOfFlyingReach = false;
        } else if (!samePlace || lastOfferedOnGround) {
            stillSince = Long.MIN_VALUE;
        } else if (stillSince == Long.MIN_VALUE) {
            stillSince = previousTime;
            stillAltitude = lastOfferedAltitude;
            stillSpotOutOfFlyingReach = outOfFlyingReach(fix);
        }
        lastOfferedTime = fix.time();
        lastOfferedLat = fix.lat();
        lastOfferedLon = fix.lon();
        lastOfferedOnGround = fix.isOnGround();
        lastOfferedSpeed = fix.groundSpeedMps();
        lastOfferedAltitude = fix.altitudeM();
        if (frozenSpot) {
            refused(fix);
            return true;
        }
        if (stillSince == Long.MIN_VALUE || !frozen(fix)) {
            return false;
        }
        frozenSpot = true;
        long retractedFrom = retractFrozenSpot(fix);
        refused(fix);
        refusedRunStart = Math.min(refusedRunStart, retractedFrom);
        return true;
    }

    private void refused(Fix fix) {
        if (refusedRunStart == Long.MIN_VALUE) {
            refusedRunStart = fix.time();
            refusedRunFar = false;
        }
        // Any fix of the run counts: a run may begin with a few stray real fixes before the far ones.
        if (!refusedRunFar) {
            double beyondKm = beyondReachKm(fix);
            // A feed that catches up after a lag moves the aircraft ahead along its course; a jump
            // across it is no lag, and half the distance tells it from one.
            refusedRunFar = beyondKm > limits.contestedJumpKm()
                    || beyondKm > limits.contestedJumpKm() / 2 && acrossCourse(fix);
        }
        lastRefusedTime = fix.time();
        lastRefusedLat = fix.lat();
        lastRefusedLon = fix.lon();
    }

    /**
     * Whether a fix out of reach of the contested path is the aircraft back from it: clearly out of
     * reach (not two feeds' jitter about the path) and where the aircraft could have flown since the
     * anchor at the speed it was flying.
     */
    private boolean returnsToAnchorPath(Fix fix) {
        return beyondReachKm(fix) > FEED_JITTER_KM
                && plausible(anchor.time, anchor.lat, anchor.lon, fix, anchorReachKmh(fix));
    }

    /**
     * The speed that bounds where the aircraft can have got to since the anchor: the speed it was
     * flying (or now reports) with a quarter for wind changes and turns' geometry, not the feed's
     * limit, because after some minutes that limit reaches the contested path itself.
     */
    private double anchorReachKmh(Fix fix) {
        return flyingReachKmh(low(anchor.motion), fix.groundSpeedMps());
    }

    /** The faster of two reported speeds with a quarter added, within the feed's limit; the limit when neither is known. */
    private double flyingReachKmh(double thenMps, double nowMps) {
        double mps = faster(thenMps, nowMps);
        return Double.isNaN(mps) ? limits.maxGroundSpeedKmh() : Math.min(limits.maxGroundSpeedKmh(), mps * 3.6 * 1.25);
    }

    /** The faster of two speeds, either of which may be unknown (NaN). */
    private static double faster(double a, double b) {
        return Double.isNaN(a) ? b : Double.isNaN(b) ? a : Math.max(a, b);
    }

    /** How far {@code fix} lies beyond reach of the newest trusted fix. */
    private double beyondReachKm(Fix fix) {
        double reachKm = limits.maxGroundSpeedKmh() * Math.max(1, fix.time() - newestTime) / 3600.0;
        return Geodesy.distanceKm(newestLat, newestLon, fix.lat(), fix.lon()) - reachKm;
    }

    /**
     * Whether the way from the newest trusted fix to {@code fix} is more than 45° off the newest's
     * known airborne course, and {@code fix} is out of reach of the trusted fix before the newest too.
     * When it is within that reach, the newest was the odd one (in the labelled tracks, a stale
     * position on the reverse course) and the feed is catching up on the path from before it.
     */
    private boolean acrossCourse(Fix fix) {
        float course = high(newestCourse);
        if ((newestFlags & 3) != 0 || Float.isNaN(course)
                || !Geodesy.courseDiffersFromBearing(newestLat, newestLon, fix.lat(), fix.lon(), course, 45)) {
            return false;
        }
        Fix before = back(1);
        return before == null || !plausible(before.time(), before.lat(), before.lon(), fix, limits.maxGroundSpeedKmh());
    }

    /**
     * Data time of the newest trusted fix that continued a long or far path of refused fixes (see
     * {@link TrackLimits#contestedPathSeconds()} and {@link TrackLimits#contestedJumpKm()}), or
     * {@code Long.MIN_VALUE}: also once the aircraft is back ({@link #restoredAt()}).
     */
    public long contestedSince() {
        return contestedSince;
    }

    /**
     * Data time of the newest fix that brought the track back from a contested path to where the
     * aircraft was before it, or {@code Long.MIN_VALUE}. The fixes of that path are gone from the track.
     */
    public long restoredAt() {
        return restoredAt;
    }

    /**
     * Whether the fixes offered since the newest trusted one, all refused, have gone on for as long or
     * as far as a contested path: the aircraft did not fall silent at the newest trusted fix.
     */
    public boolean wentOnElsewhere() {
        return refusedRunStart != Long.MIN_VALUE && refusedRunIsAnotherPath();
    }

    /** The run of refused fixes has lasted long, or gone far with more than one fix: another path. */
    private boolean refusedRunIsAnotherPath() {
        return lastRefusedTime - refusedRunStart >= limits.contestedPathSeconds()
                || refusedRunFar && lastRefusedTime > refusedRunStart;
    }

    /** The last trusted fix before a contested path, packed as the newest is. */
    private record Anchor(long time, double lat, double lon, long motion, long course, long flags) {
    }

    /**
     * Drops every fix after the anchor and makes the anchor the newest fix again, for the returning fix
     * to be appended to (which also makes the anchor's time the previous one).
     */
    private void restoreAnchor() {
        Anchor a = anchor;
        reading();
        fetchOlder(a.time, 0);
        while (size > 0 && timeAt(slot(0)) > a.time) {
            size--;
        }
        if (size == 0) {
            // The anchor has left the retained history: it is all that is left of it.
            put(head, a.time, Double.doubleToRawLongBits(a.lat), Double.doubleToRawLongBits(a.lon), a.motion,
                    a.course, a.flags);
            size = 1;
            oldestTime = a.time;
            olderSeq = FixLog.NONE;
        }
        becomeNewest(a.time, a.lat, a.lon, a.motion, a.course, a.flags);
        anchor = null;
        contestedSince = Long.MIN_VALUE;
        refusedRunStart = Long.MIN_VALUE;
    }

    /**
     * An airborne fix at the spot where airborne fixes have sat since {@link #stillSince}, long enough
     * to have left it at the speed the fix reports or, when it reports less, at the fixed-wing speed
     * the fixes arrived there with; or a thousand feet above or below where they began sitting.
     */
    private boolean frozen(Fix fix) {
        if (fix.isOnGround()) {
            return false;
        }
        double mps = fix.groundSpeedMps() > MOVING_MPS ? fix.groundSpeedMps()
                : arrivalSpeed > FIXED_WING_MPS ? arrivalSpeed : Double.NaN;
        return mps * (fix.time() - stillSince) / 1000 >= 1
                || Math.abs(fix.altitudeM() - stillAltitude) > STILL_CLIMB_M
                || stillSpotOutOfFlyingReach;
    }

    /**
     * Whether {@code fix}, at the spot where the offered fixes have begun to sit, lies where the
     * aircraft could not have flown at the speed it was reporting from its last trusted fix before
     * the spot: the feed's limit allows such a step after a silence, a spot that then stays put does not.
     */
    private boolean outOfFlyingReach(Fix fix) {
        Fix from = samePlace(newestLat, newestLon, fix) && newestTime >= stillSince ? back(1) : last();
        if (from == null || from.isOnGround()) {
            return false;
        }
        // Some feeds send an airborne speed of 0 for an unknown one: then the last speed it flew at.
        double thenMps = from.groundSpeedMps() > MOVING_MPS ? from.groundSpeedMps() : lastFlyingSpeed;
        if (!(faster(thenMps, fix.groundSpeedMps()) > MOVING_MPS)) {
            return false;
        }
        return !plausible(from.time(), from.lat(), from.lon(), fix, flyingReachKmh(thenMps, fix.groundSpeedMps()));
    }

    /**
     * Drops the trusted fixes at the spot just caught frozen if the aircraft could not have flown to it
     * ({@link #stillSpotOutOfFlyingReach}): then the first of them was the fault's too, not a real
     * position the feed went on repeating. Returns the time of the oldest fix dropped, or
     * {@code Long.MAX_VALUE} for none.
     */
    private long retractFrozenSpot(Fix fix) {
        if (!stillSpotOutOfFlyingReach || newestTime < stillSince || !samePlace(newestLat, newestLon, fix)) {
            return Long.MAX_VALUE;
        }
        fetchOlder(stillSince - 1, 2);
        int dropped = 0;
        while (dropped + 1 < size && timeAt(slot(dropped)) >= stillSince) {
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
        squawkCode = (int) ((newestFlags >>> 2) & 0x3fff) - 1;
        squawk = Squawks.text(squawkCode);
        Fix before = back(1);
        previousTime = before == null ? Long.MIN_VALUE : before.time();
        return oldestDropped;
    }

    private static boolean samePlace(double lat, double lon, Fix fix) {
        return Math.abs(fix.lat() - lat) < 1e-4 && Math.abs(Geodesy.normalizeLon(fix.lon() - lon)) < 1e-4;
    }

    /**
     * Whether {@code to} is reachable from {@code from} at {@code maxKmh}, beyond position noise.
     * Consecutive fixes are usually a few km apart: there a flat-earth distance (within 1 % of the
     * great circle below 100 km and 80° latitude) settles the clear cases without the trigonometry
     * of haversine, the costliest step per fix; near the limit or for long hops the exact distance decides.
     */
    static boolean plausible(long fromTime, double fromLat, double fromLon, Fix to, double maxKmh) {
        long seconds = Math.max(1, to.time() - fromTime);
        double allowedKm = maxKmh * seconds / 3600.0 + POSITION_NOISE_KM;
        double dLat = to.lat() - fromLat;
        double dLonDeg = Geodesy.normalizeLon(to.lon() - fromLon);
        if (Math.abs(to.lat()) < 80) {
            // Leaving out the cosine overstates the east-west part, so a hop short enough even then
            // is settled without any trigonometry; most are, at a 10 s poll.
            double clearKm = Math.min(100, allowedKm * 0.95) / KM_PER_DEGREE;
            if (dLat * dLat + dLonDeg * dLonDeg < clearKm * clearKm) {
                return true;
            }
        }
        double dLon = dLonDeg * Math.cos(Math.toRadians((to.lat() + fromLat) / 2));
        double flatKm = Math.sqrt(dLat * dLat + dLon * dLon) * KM_PER_DEGREE;
        if (flatKm < 100 && Math.abs(to.lat()) < 80 && flatKm < allowedKm * 0.95) {
            return true;
        }
        return Geodesy.distanceKm(fromLat, fromLon, to.lat(), to.lon()) <= allowedKm;
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
        if (fix.groundSpeedMps() > MOVING_MPS && !fix.isOnGround()) {
            lastFlyingSpeed = fix.groundSpeedMps();
        }
        int ground = fix.onGround() == null ? 2 : fix.onGround() ? 1 : 0;
        long flags = ground | (long) (squawkCode + 1) << 2 | (long) feedId << 16;
        long motion = floats(fix.altitudeM(), fix.groundSpeedMps());
        long course = floats(fix.trackDeg(), fix.verticalRateMps());
        long lat = Double.doubleToRawLongBits(fix.lat());
        long lon = Double.doubleToRawLongBits(fix.lon());
        if (data == null) {
            newestSeq = log.append(fix.time(), lat, lon, motion, course, flags, newestSeq);
        } else {
            appendToRing(fix.time(), lat, lon, motion, course, flags);
            if (++appendsSinceRead > IDLE_APPENDS_BEFORE_RETURN) {
                returnToLog();
            }
        }
        previousTime = newestTime;
        becomeNewest(fix.time(), fix.lat(), fix.lon(), motion, course, flags);
    }

    /** Makes the packed fix given the newest trusted one (its history is the caller's to keep). */
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
     * marks the track as being read.
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
            long time = log.field(olderSeq, 0);
            if (time < horizon) {
                olderSeq = FixLog.NONE;
                return;
            }
            if (size == capacity) {
                grow();
            }
            head = (head - 1) & (capacity - 1);
            put(head, time, log.field(olderSeq, 1), log.field(olderSeq, 2), log.field(olderSeq, 3),
                    log.field(olderSeq, 4), log.field(olderSeq, 5));
            size++;
            oldestTime = time;
            olderSeq = log.field(olderSeq, FixLog.PREVIOUS);
        }
    }

    private void put(int slot, long time, long lat, long lon, long motion, long course, long flags) {
        write(data, slot * FIELDS, time, lat, lon, motion, course, flags);
    }

    /** Writes one packed fix at {@code base}: the layout the ring and the log share. */
    static void write(long[] into, int base, long time, long lat, long lon, long motion, long course, long flags) {
        into[base] = time;
        into[base + 1] = lat;
        into[base + 2] = lon;
        into[base + 3] = motion;
        into[base + 4] = course;
        into[base + 5] = flags;
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

    private static long floats(double high, double low) {
        return (long) Float.floatToRawIntBits((float) high) << 32 | (Float.floatToRawIntBits((float) low) & 0xffffffffL);
    }

    private static float high(long packed) {
        return Float.intBitsToFloat((int) (packed >>> 32));
    }

    private static float low(long packed) {
        return Float.intBitsToFloat((int) packed);
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
        return unpack(data[base], data[base + 1], data[base + 2], data[base + 3], data[base + 4], data[base + 5]);
    }

    private static Fix unpack(long time, long lat, long lon, long motion, long course, long flags) {
        int ground = (int) (flags & 3);
        return new Fix(time, Double.longBitsToDouble(lat), Double.longBitsToDouble(lon), high(motion),
                ground == 2 ? null : ground == 1, low(motion), high(course), low(course),
                Squawks.text((int) ((flags >>> 2) & 0x3fff) - 1), FeedNames.name((int) (flags >>> 16)));
    }

    public String icao24() {
        return icao24;
    }

    public String callsign() {
        return callsign;
    }

    public int size() {
        fetchOlder(Long.MIN_VALUE, 0);
        return size;
    }

    /**
     * Reads the fields an {@link #offer} reads first, spread over the object, and returns a value that
     * means nothing: for a caller that brings many tracks into the cache before working on them.
     */
    public long touch() {
        return capacity + newestTime + lastOfferedTime + contestedSince + feedId + (data == null ? 0 : 1);
    }

    /** The {@link Squawks#code} of the newest trusted fix's squawk, -1 for none; worked out as it was appended. */
    public int newestSquawkCode() {
        return squawkCode;
    }

    /** Data time of the newest trusted fix; Long.MIN_VALUE when there is none. Allocation-free. */
    public long lastTime() {
        return newestTime;
    }

    /**
     * Data time of the trusted fix before the newest one, even when it is past the retention window;
     * Long.MIN_VALUE when there is none. Does not count as reading the history.
     */
    public long previousTime() {
        return previousTime;
    }

    /** The newest trusted fix, or null. Does not count as reading the history. */
    public Fix last() {
        return newestTime == Long.MIN_VALUE ? null
                : unpack(newestTime, Double.doubleToRawLongBits(newestLat), Double.doubleToRawLongBits(newestLon),
                        newestMotion, newestCourse, newestFlags);
    }

    /** The i-th trusted fix counted back from the newest (0 = newest). */
    public Fix back(int i) {
        fetchOlder(Long.MAX_VALUE, i + 1);
        return i < 0 || i >= size ? null : fixAt(slot(i));
    }

    /** The newest trusted fix at or before {@code time}, or null. */
    public Fix atOrBefore(long time) {
        fetchOlder(time, 0);
        for (int i = 0; i < size; i++) {
            if (timeAt(slot(i)) <= time) {
                return fixAt(slot(i));
            }
        }
        return null;
    }

    /** Trusted fixes with time ≥ {@code since}, oldest first. */
    public List<Fix> since(long since) {
        fetchOlder(since, 0);
        List<Fix> out = new ArrayList<>();
        for (int i = size - 1; i >= 0; i--) {
            if (timeAt(slot(i)) >= since) {
                out.add(fixAt(slot(i)));
            }
        }
        return out;
    }

    /** The newest {@code n} trusted fixes, oldest first. */
    public List<Fix> lastN(int n) {
        fetchOlder(Long.MAX_VALUE, n);
        int count = Math.min(n, size);
        List<Fix> out = new ArrayList<>(count);
        for (int i = count - 1; i >= 0; i--) {
            out.add(fixAt(slot(i)));
        }
        return out;
    }
}
