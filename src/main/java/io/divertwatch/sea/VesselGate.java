package io.divertwatch.sea;

import io.divertwatch.geo.Geodesy;

/**
 * The data-quality gate between a feed and the rules: a report older than the vessel's newest fix is
 * a repeat or out of order; a jump faster than any merchant vessel sails is refused. When refused
 * fixes agree among themselves for ten minutes while none is trusted, the vessel is where they say
 * (the earlier fix was the wrong one). When trusted and refused fixes keep taking turns, two
 * transmitters share the MMSI.
 */
final class VesselGate {

    enum Verdict {
        ACCEPT, REFUSE, STALE, REANCHOR
    }

    /** Reported positions wander by this much without the vessel moving (GNSS error, AIS rounding). */
    private static final double SLACK_KM = 1.0;
    private static final int REANCHOR_AFTER = 3;
    private static final long REANCHOR_SECONDS = 600;
    private static final int SWAPS_FOR_SHARED = 3;
    private static final long SWAP_WINDOW_SECONDS = 3600;

    private VesselGate() {
    }

    static Verdict judge(VesselTrack t, VesselReport r, MaritimeConfig config) {
        if (!t.hasFix()) {
            return Verdict.ACCEPT;
        }
        long dt = r.time() - t.lastTime;
        if (dt <= 0) {
            return Verdict.STALE;
        }
        if (plausible(t.lastLat, t.lastLon, r.lat(), r.lon(), dt, config)) {
            if (t.refusedInRow > 0) {
                noteSwap(t, r.time());
                t.refusedInRow = 0;
            }
            return Verdict.ACCEPT;
        }
        boolean agrees = t.refusedInRow > 0 && r.time() > t.refusedTime
                && plausible(t.refusedLat, t.refusedLon, r.lat(), r.lon(), r.time() - t.refusedTime, config);
        if (agrees) {
            t.refusedInRow++;
        } else {
            t.refusedInRow = 1;
            t.refusedSince = r.time();
        }
        t.refusedLat = r.lat();
        t.refusedLon = r.lon();
        t.refusedTime = r.time();
        if (t.refusedInRow >= REANCHOR_AFTER && r.time() - t.refusedSince >= REANCHOR_SECONDS && !t.sharedMmsi) {
            t.refusedInRow = 0;
            return Verdict.REANCHOR;
        }
        return Verdict.REFUSE;
    }

    /** Whether going from one point to the other in {@code seconds} is within what a vessel can sail. */
    static boolean plausible(double lat1, double lon1, double lat2, double lon2, long seconds, MaritimeConfig config) {
        double allowedKm = config.implausibleSpeedKn() * 1.852 * seconds / 3600.0 + SLACK_KM;
        // A degree of latitude is 111.2 km, a degree of longitude at most that: most reports settle on
        // the cheap bounds. Going north-south and then east-west is a way at least as long as the
        // shortest, so within that the jump is plausible without trigonometry.
        double dLat = Math.abs(lat2 - lat1) * 111.2;
        if (dLat > allowedKm) {
            return false;
        }
        double dLon = Math.abs(lon2 - lon1);
        if (dLat + Math.min(dLon, 360 - dLon) * 111.2 <= allowedKm) {
            return true;
        }
        return Geodesy.distanceKm(lat1, lon1, lat2, lon2) <= allowedKm;
    }

    private static void noteSwap(VesselTrack t, long time) {
        if (time - t.swapWindowStart > SWAP_WINDOW_SECONDS) {
            t.swapWindowStart = time;
            t.swaps = 0;
        }
        if (++t.swaps >= SWAPS_FOR_SHARED) {
            t.sharedMmsi = true;
        }
    }
}
