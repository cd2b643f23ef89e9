package io.divertwatch.track;

import io.divertwatch.geo.Geodesy;

import java.util.ArrayList;
import java.util.List;

/**
 * The recent trusted fixes of one aircraft, oldest first, and the data-quality gate in front of them
 * (DESIGN §5): fixes without a position, repeated or older than the newest one are dropped; a fix
 * that implies an impossible ground speed from the last trusted fix is refused, because GPS spoofing
 * and jamming move aircraft by hundreds of kilometres. Not thread-safe: one engine owns it.
 */
public final class Track {

    /** Radar and merged feeds jitter by about a kilometre; speeds are judged beyond that noise. */
    private static final double POSITION_NOISE_KM = 2.0;
    private static final double KM_PER_DEGREE = Math.toRadians(Geodesy.EARTH_RADIUS_KM);

    public enum Acceptance {
        ACCEPTED, DUPLICATE, OUT_OF_ORDER, IMPLAUSIBLE_JUMP, FROZEN_POSITION
    }

    /** How far past the retention horizon fixes may linger before a batch of them is dropped. */
    private static final long EXPIRY_SLACK_SECONDS = 300;

    /** An aircraft this fast must have moved at least a kilometre in the time a frozen position claims. */
    private static final double MOVING_MPS = 50;

    private final String icao24;
    private final TrackLimits limits;
    // The fixes live in one long[] used as a ring buffer of FIELDS longs per fix (capacity a power of
    // two, so wrapping is a mask): a retained fix is 48 contiguous bytes instead of an object the
    // garbage collector must copy and trace, and reading one touches one or two cache lines. Fix
    // objects are made on demand for the rules.
    private static final int FIELDS = 6;
    private long[] data = new long[16 * FIELDS];
    private int capacity = 16;
    private int head;
    private int size;
    private long oldestTime;
    /** The newest trusted fix's time and position, copied out of the ring: read for every offered fix. */
    private long newestTime = Long.MIN_VALUE;
    private double newestLat;
    private double newestLon;
    private String callsign;
    private long lastOfferedTime = Long.MIN_VALUE;
    /** The newest fix offered (trusted or not), to recognise a position that no longer moves. */
    private double lastOfferedLat = Double.NaN;
    private double lastOfferedLon = Double.NaN;
    private boolean lastOfferedOnGround;

    public Track(String icao24, TrackLimits limits) {
        this.icao24 = icao24;
        this.limits = limits;
    }

    public Acceptance offer(Fix fix, String callsign) {
        if (callsign != null && !callsign.equals(this.callsign) && !callsign.isBlank()) {
            this.callsign = callsign;
        }
        if (fix.time() == lastOfferedTime) {
            return Acceptance.DUPLICATE;
        }
        if (fix.time() < lastOfferedTime) {
            return Acceptance.OUT_OF_ORDER;
        }
        long previousTime = lastOfferedTime;
        double previousLat = lastOfferedLat;
        double previousLon = lastOfferedLon;
        boolean previousOnGround = lastOfferedOnGround;
        lastOfferedTime = fix.time();
        lastOfferedLat = fix.lat();
        lastOfferedLon = fix.lon();
        lastOfferedOnGround = fix.isOnGround();
        // Trusted fixes stay one physically possible path, so rules may compare across refused ones
        // (a spoofing episode, or a second aircraft a feed interleaves under the same address).
        if (size > 0 && !plausible(newestTime, newestLat, newestLon, fix, limits.maxGroundSpeedKmh())) {
            return Acceptance.IMPLAUSIBLE_JUMP;
        }
        // Spoofed and jammed positions sit still while the aircraft reports flying: the spoofed spot
        // becomes reachable once enough time has passed, but it must never be believed.
        if (previousTime != Long.MIN_VALUE && !previousOnGround
                && frozen(previousTime, previousLat, previousLon, fix)) {
            return Acceptance.FROZEN_POSITION;
        }
        append(fix);
        return Acceptance.ACCEPTED;
    }

    /** An airborne fix reporting speed at the very spot of the previous airborne one, long after it. */
    private static boolean frozen(long previousTime, double previousLat, double previousLon, Fix fix) {
        if (fix.isOnGround() || !(fix.groundSpeedMps() > MOVING_MPS)) {
            return false;
        }
        double expectedKm = fix.groundSpeedMps() * (fix.time() - previousTime) / 1000;
        return expectedKm >= 1 && Math.abs(fix.lat() - previousLat) < 1e-4
                && Math.abs(Geodesy.normalizeLon(fix.lon() - previousLon)) < 1e-4;
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
        double dLon = Geodesy.normalizeLon(to.lon() - fromLon) * Math.cos(Math.toRadians((to.lat() + fromLat) / 2));
        double flatKm = Math.sqrt(dLat * dLat + dLon * dLon) * KM_PER_DEGREE;
        if (flatKm < 100 && Math.abs(to.lat()) < 80 && flatKm < allowedKm * 0.95) {
            return true;
        }
        return Geodesy.distanceKm(fromLat, fromLon, to.lat(), to.lon()) <= allowedKm;
    }

    private void append(Fix fix) {
        long horizon = fix.time() - limits.retentionSeconds();
        // Expired fixes go in batches once the oldest is a little past the horizon: checking the ring's
        // oldest slot on every append would cost a cache miss per fix with thousands of aircraft.
        if (size > 0 && (oldestTime < horizon - EXPIRY_SLACK_SECONDS || size >= limits.maxFixes())) {
            while (size > 0 && (timeAt(head) < horizon || size >= limits.maxFixes())) {
                head = (head + 1) & (capacity - 1);
                size--;
            }
            oldestTime = size == 0 ? fix.time() : timeAt(head);
        }
        if (size == capacity) {
            grow();
        }
        if (size == 0) {
            oldestTime = fix.time();
        }
        int base = ((head + size) & (capacity - 1)) * FIELDS;
        data[base] = fix.time();
        data[base + 1] = Double.doubleToRawLongBits(fix.lat());
        data[base + 2] = Double.doubleToRawLongBits(fix.lon());
        data[base + 3] = floats(fix.altitudeM(), fix.groundSpeedMps());
        data[base + 4] = floats(fix.trackDeg(), fix.verticalRateMps());
        int ground = fix.onGround() == null ? 2 : fix.onGround() ? 1 : 0;
        data[base + 5] = ground | (long) (Squawks.code(fix.squawk()) + 1) << 2 | (long) FeedNames.id(fix.source()) << 16;
        size++;
        newestTime = fix.time();
        newestLat = fix.lat();
        newestLon = fix.lon();
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
        long flags = data[base + 5];
        int ground = (int) (flags & 3);
        return new Fix(data[base], Double.longBitsToDouble(data[base + 1]), Double.longBitsToDouble(data[base + 2]),
                high(data[base + 3]), ground == 2 ? null : ground == 1, low(data[base + 3]), high(data[base + 4]),
                low(data[base + 4]), Squawks.text((int) ((flags >>> 2) & 0x3fff) - 1), FeedNames.name((int) (flags >>> 16)));
    }

    public String icao24() {
        return icao24;
    }

    public String callsign() {
        return callsign;
    }

    public int size() {
        return size;
    }

    /** Data time of the newest trusted fix; Long.MIN_VALUE when there is none. Allocation-free. */
    public long lastTime() {
        return size == 0 ? Long.MIN_VALUE : newestTime;
    }

    /** The newest trusted fix, or null. */
    public Fix last() {
        return size == 0 ? null : fixAt(slot(0));
    }

    /** The i-th trusted fix counted back from the newest (0 = newest). */
    public Fix back(int i) {
        return i < 0 || i >= size ? null : fixAt(slot(i));
    }

    /** The newest trusted fix at or before {@code time}, or null. */
    public Fix atOrBefore(long time) {
        for (int i = 0; i < size; i++) {
            if (timeAt(slot(i)) <= time) {
                return fixAt(slot(i));
            }
        }
        return null;
    }

    /** Trusted fixes with time ≥ {@code since}, oldest first. */
    public List<Fix> since(long since) {
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
        int count = Math.min(n, size);
        List<Fix> out = new ArrayList<>(count);
        for (int i = count - 1; i >= 0; i--) {
            out.add(back(i));
        }
        return out;
    }

    /** The newest fix with a known altitude no older than {@code maxAgeSeconds} before the newest fix. */
    public Fix lastWithAltitude(long maxAgeSeconds) {
        if (size == 0) {
            return null;
        }
        long newest = newestTime;
        for (int i = 0; i < size; i++) {
            int slot = slot(i);
            if (newest - timeAt(slot) > maxAgeSeconds) {
                return null;
            }
            if (!Float.isNaN(high(data[slot * FIELDS + 3]))) {
                return fixAt(slot);
            }
        }
        return null;
    }
}
