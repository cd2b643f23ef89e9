package io.divertwatch.track;

import static io.divertwatch.track.FlightPhysics.FEED_JITTER_KM;
import static io.divertwatch.track.FlightPhysics.FIXED_WING_MPS;
import static io.divertwatch.track.FlightPhysics.MOVING_MPS;
import static io.divertwatch.track.FlightPhysics.POSITION_NOISE_KM;
import static io.divertwatch.track.FlightPhysics.STILL_CLIMB_M;
import static io.divertwatch.track.FlightPhysics.STOPPING_SECONDS;

import io.divertwatch.geo.Geodesy;
import io.divertwatch.track.Track.Acceptance;

/**
 * The data-quality gate in front of one track (docs/detection.md, "Data quality"): fixes repeated or
 * older than the newest offered are dropped; a fix that implies an impossible ground speed from the
 * newest trusted fix is refused, because GPS spoofing and jamming move aircraft by hundreds of
 * kilometres; an airborne position that sits still where the aircraft cannot be sitting is refused
 * as frozen, and so is every later fix at that spot. Trusted fixes thus stay one physically possible
 * path. When, after a long or far run of refusals, the path goes on from where the refused fixes
 * were, the path is contested ({@link #contestedSince}); if the aircraft then reappears where it
 * could have flown from the last fix before that path, the path was spoofed or another aircraft's,
 * and the gate restores the history to before it ({@link #restoredAt}).
 */
final class TrackGate {

    private static final double KM_PER_DEGREE = Math.toRadians(Geodesy.EARTH_RADIUS_KM);

    private final TrackLimits limits;
    private final FixHistory history;

    private long lastOfferedTime = Long.MIN_VALUE;
    /** The newest fix offered (trusted or not), to recognise a position that no longer moves. */
    private double lastOfferedLat = Double.NaN;
    private double lastOfferedLon = Double.NaN;
    private boolean lastOfferedOnGround;
    /** The speed and altitude of the newest fix offered, trusted or not. */
    private double lastOfferedSpeed = Double.NaN;
    private double lastOfferedAltitude = Double.NaN;
    /**
     * Since when the airborne fixes offered have sat at the newest one's spot, or the newest fix has
     * come back to the newest trusted fix's spot after a fix elsewhere (MIN_VALUE: neither): two feeds
     * send a frozen spot seconds apart, so the time it has sat is judged, not the step.
     */
    private long stillSince = Long.MIN_VALUE;
    /** The altitude of the first fix at the spot where the offered fixes have sat since {@link #stillSince}. */
    private double stillAltitude = Double.NaN;
    /**
     * Whether the aircraft could not have flown, at the speed it reported, to the spot where the offered
     * fixes have sat since {@link #stillSince}.
     */
    private boolean stillSpotOutOfFlyingReach;
    /**
     * The speed the aircraft was reported flying when its offered fixes reached the spot where they now
     * are, when reported within {@link FlightPhysics#STOPPING_SECONDS} before: NaN otherwise. A spoofed
     * spot is often sent with no speed at all, as a receiver standing still computes it.
     */
    private double arrivalSpeed = Double.NaN;
    /**
     * Whether a fix at the spot where the offered fixes now are has been refused as frozen: the spot is
     * the fault's, not the aircraft's, whatever the fixes that follow at it report (slowing, on the
     * ground: a spoofed aircraft "lands" where the spoofer put it).
     */
    private boolean frozenSpot;
    /** The ground speed of the newest trusted airborne fix that reported moving faster than {@link FlightPhysics#MOVING_MPS}. */
    private double lastFlyingSpeed = Double.NaN;
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

    TrackGate(TrackLimits limits, FixHistory history) {
        this.limits = limits;
        this.history = history;
    }

    /**
     * Judges a fix offered after the ones before it. An accepted fix is the caller's to append, except
     * that a return from a contested path has already restored the history to before that path.
     */
    Acceptance judge(Fix fix) {
        if (fix.time() == lastOfferedTime) {
            return Acceptance.DUPLICATE;
        }
        if (fix.time() < lastOfferedTime) {
            return Acceptance.OUT_OF_ORDER;
        }
        if (refusedAsFrozen(fix)) {
            return Acceptance.FROZEN_POSITION;
        }
        FixHistory h = history;
        // Trusted fixes stay one physically possible path, so rules may compare across refused ones
        // (a spoofing episode, or a second aircraft a feed interleaves under the same address).
        if (!h.isEmpty() && !plausible(h.newestTime, h.newestLat, h.newestLon, fix, limits.maxGroundSpeedKmh())) {
            if (anchor != null && returnsToAnchorPath(fix)) {
                // The aircraft is back, and the path in between was never its own.
                restoreAnchor();
                restoredAt = fix.time();
                return accepted(fix);
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
                    anchor = new Anchor(h.newestTime, h.newestLat, h.newestLon, h.newestMotion, h.newestCourse,
                            h.newestFlags);
                }
                contestedSince = fix.time();
            }
            refusedRunStart = Long.MIN_VALUE;
        }
        return accepted(fix);
    }

    private Acceptance accepted(Fix fix) {
        if (fix.groundSpeedMps() > MOVING_MPS && !fix.isOnGround()) {
            lastFlyingSpeed = fix.groundSpeedMps();
        }
        return Acceptance.ACCEPTED;
    }

    /**
     * Records {@code fix} as the newest offered and judges whether it sits at a spot the aircraft
     * cannot be sitting at: spoofed and jammed positions sit still while the aircraft flies, and a
     * spoofed spot becomes reachable once enough time has passed (or looks like the aircraft back from
     * a contested path), but must never be believed. Refuses it if so.
     */
    private boolean refusedAsFrozen(Fix fix) {
        FixHistory h = history;
        long previousTime = lastOfferedTime;
        boolean samePlace = previousTime != Long.MIN_VALUE && samePlace(lastOfferedLat, lastOfferedLon, fix);
        if (!samePlace) {
            arrivalSpeed = previousTime != Long.MIN_VALUE && fix.time() - previousTime <= STOPPING_SECONDS
                    ? lastOfferedSpeed : Double.NaN;
            frozenSpot = false;
        }
        if (!samePlace && !h.isEmpty() && FixCodec.ground(h.newestFlags) != FixCodec.ON_GROUND
                && samePlace(h.newestLat, h.newestLon, fix)) {
            // Back at the newest trusted fix's spot after a fix elsewhere: a feed that interleaves
            // another aircraft under the address sends a stale position again between its fixes.
            stillSince = h.newestTime;
            stillAltitude = FixCodec.altitudeM(h.newestMotion);
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
        return flyingReachKmh(FixCodec.groundSpeedMps(anchor.motion), fix.groundSpeedMps());
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
        FixHistory h = history;
        double reachKm = limits.maxGroundSpeedKmh() * Math.max(1, fix.time() - h.newestTime) / 3600.0;
        return Geodesy.distanceKm(h.newestLat, h.newestLon, fix.lat(), fix.lon()) - reachKm;
    }

    /**
     * Whether the way from the newest trusted fix to {@code fix} is more than 45° off the newest's
     * known airborne course, and {@code fix} is out of reach of the trusted fix before the newest too.
     * When it is within that reach, the newest was the odd one (in the labelled tracks, a stale
     * position on the reverse course) and the feed is catching up on the path from before it.
     */
    private boolean acrossCourse(Fix fix) {
        FixHistory h = history;
        float course = FixCodec.trackDeg(h.newestCourse);
        if (FixCodec.ground(h.newestFlags) != FixCodec.AIRBORNE || Float.isNaN(course)
                || !Geodesy.courseDiffersFromBearing(h.newestLat, h.newestLon, fix.lat(), fix.lon(), course, 45)) {
            return false;
        }
        Fix before = h.back(1);
        return before == null || !plausible(before.time(), before.lat(), before.lon(), fix, limits.maxGroundSpeedKmh());
    }

    /** See {@link Track#contestedSince()}. */
    long contestedSince() {
        return contestedSince;
    }

    /** See {@link Track#restoredAt()}. */
    long restoredAt() {
        return restoredAt;
    }

    /** See {@link Track#wentOnElsewhere()}. */
    boolean wentOnElsewhere() {
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
        history.restore(a.time, a.lat, a.lon, a.motion, a.course, a.flags);
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
        FixHistory h = history;
        Fix from = samePlace(h.newestLat, h.newestLon, fix) && h.newestTime >= stillSince ? h.back(1) : h.newest();
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
        FixHistory h = history;
        if (!stillSpotOutOfFlyingReach || h.newestTime < stillSince || !samePlace(h.newestLat, h.newestLon, fix)) {
            return Long.MAX_VALUE;
        }
        return h.dropNewestSince(stillSince);
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

    /** Reads the fields a judgement reads first; the value means nothing (see {@link Track#touch()}). */
    long touch() {
        return lastOfferedTime + contestedSince;
    }
}
