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

    /** An aircraft this fast must have moved at least a kilometre in the time a frozen position claims. */
    private static final double MOVING_MPS = 50;

    private final String icao24;
    private final TrackLimits limits;
    private Fix[] ring = new Fix[16];
    /** The fixes' times, parallel to {@code ring}: scans by time stay in one small array. */
    private long[] times = new long[16];
    private int head;
    private int size;
    private String callsign;
    private long lastOfferedTime = Long.MIN_VALUE;
    /** The newest fix offered (trusted or not), to recognise a position that no longer moves. */
    private Fix lastOffered;

    public Track(String icao24, TrackLimits limits) {
        this.icao24 = icao24;
        this.limits = limits;
    }

    public Acceptance offer(Fix fix, String callsign) {
        if (callsign != null && !callsign.isBlank()) {
            this.callsign = callsign;
        }
        if (fix.time() == lastOfferedTime) {
            return Acceptance.DUPLICATE;
        }
        if (fix.time() < lastOfferedTime) {
            return Acceptance.OUT_OF_ORDER;
        }
        lastOfferedTime = fix.time();
        Fix previous = lastOffered;
        lastOffered = fix;
        Fix last = last();
        // Trusted fixes stay one physically possible path, so rules may compare across refused ones
        // (a spoofing episode, or a second aircraft a feed interleaves under the same address).
        if (last != null && !plausible(last, fix, limits.maxGroundSpeedKmh())) {
            return Acceptance.IMPLAUSIBLE_JUMP;
        }
        // Spoofed and jammed positions sit still while the aircraft reports flying: the spoofed spot
        // becomes reachable once enough time has passed, but it must never be believed.
        if (previous != null && frozen(previous, fix)) {
            return Acceptance.FROZEN_POSITION;
        }
        append(fix);
        return Acceptance.ACCEPTED;
    }

    /** An airborne fix reporting speed at the very spot of the previous one, long after it. */
    static boolean frozen(Fix previous, Fix fix) {
        if (fix.isOnGround() || previous.isOnGround() || !(fix.groundSpeedMps() > MOVING_MPS)) {
            return false;
        }
        double expectedKm = fix.groundSpeedMps() * (fix.time() - previous.time()) / 1000;
        return expectedKm >= 1 && Math.abs(fix.lat() - previous.lat()) < 1e-4
                && Math.abs(Geodesy.normalizeLon(fix.lon() - previous.lon())) < 1e-4;
    }

    /**
     * Whether {@code to} is reachable from {@code from} at {@code maxKmh}, beyond position noise.
     * Consecutive fixes are usually a few km apart: there a flat-earth distance (within 1 % of the
     * great circle below 100 km and 80° latitude) settles the clear cases without the trigonometry
     * of haversine, the costliest step per fix; near the limit or for long hops the exact distance decides.
     */
    static boolean plausible(Fix from, Fix to, double maxKmh) {
        long seconds = Math.max(1, to.time() - from.time());
        double allowedKm = maxKmh * seconds / 3600.0 + POSITION_NOISE_KM;
        double dLat = to.lat() - from.lat();
        double dLon = Geodesy.normalizeLon(to.lon() - from.lon()) * Math.cos(Math.toRadians((to.lat() + from.lat()) / 2));
        double flatKm = Math.sqrt(dLat * dLat + dLon * dLon) * KM_PER_DEGREE;
        if (flatKm < 100 && Math.abs(to.lat()) < 80 && flatKm < allowedKm * 0.95) {
            return true;
        }
        return Geodesy.distanceKm(from.lat(), from.lon(), to.lat(), to.lon()) <= allowedKm;
    }

    private void append(Fix fix) {
        long horizon = fix.time() - limits.retentionSeconds();
        while (size > 0 && (times[head] < horizon || size >= limits.maxFixes())) {
            ring[head] = null;
            head = (head + 1) % ring.length;
            size--;
        }
        if (size == ring.length) {
            Fix[] grown = new Fix[ring.length * 2];
            long[] grownTimes = new long[ring.length * 2];
            for (int i = 0; i < size; i++) {
                grown[i] = ring[(head + i) % ring.length];
                grownTimes[i] = times[(head + i) % ring.length];
            }
            ring = grown;
            times = grownTimes;
            head = 0;
        }
        int slot = (head + size) % ring.length;
        ring[slot] = fix;
        times[slot] = fix.time();
        size++;
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

    /** The newest trusted fix, or null. */
    public Fix last() {
        return size == 0 ? null : ring[(head + size - 1) % ring.length];
    }

    /** The i-th trusted fix counted back from the newest (0 = newest). */
    public Fix back(int i) {
        return i < 0 || i >= size ? null : ring[(head + size - 1 - i) % ring.length];
    }

    /** The newest trusted fix at or before {@code time}, or null. */
    public Fix atOrBefore(long time) {
        for (int i = 0; i < size; i++) {
            int slot = (head + size - 1 - i) % ring.length;
            if (times[slot] <= time) {
                return ring[slot];
            }
        }
        return null;
    }

    /** Trusted fixes with time ≥ {@code since}, oldest first. */
    public List<Fix> since(long since) {
        List<Fix> out = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            Fix f = ring[(head + i) % ring.length];
            if (f.time() >= since) {
                out.add(f);
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
        Fix newest = last();
        for (int i = 0; i < size; i++) {
            Fix f = back(i);
            if (newest.time() - f.time() > maxAgeSeconds) {
                return null;
            }
            if (f.hasAltitude()) {
                return f;
            }
        }
        return null;
    }
}
