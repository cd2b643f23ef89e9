package io.divertwatch.sea;

import io.divertwatch.detect.AlertType;
import io.divertwatch.detect.Severity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Patterns of spoofed positions (docs/maritime.md), reported as {@code POSITION_IMPLAUSIBLE}: a
 * <em>spot</em>, three vessels or more standing within one 11-metre cell within ten minutes (no three
 * hulls fit there: a position handed out by GNSS interference); a <em>circle</em>, positions that go
 * round twice within three hours under way outside any port (the rings spoofed receivers draw; a ship
 * swinging at anchor goes round slowly, and is not counted). For vessels
 * that matter; once per spot an hour, once per circling spell.
 */
final class SpoofingCheck {

    /** A spot's cell: 0.0001° of latitude (11 m) by 0.0001° of longitude. */
    private static final double SPOT_DEG = 1e-4;
    private static final int SPOT_VESSELS = 3;
    private static final long SPOT_WINDOW_SECONDS = 600;
    private static final long SPOT_QUIET_SECONDS = 3600;
    private static final long SPOT_RECHECK_SECONDS = 60;
    private static final double STANDING_KN = 1;
    private static final double CIRCLE_DEG = 720;
    private static final long CIRCLE_WITHIN_SECONDS = 3 * 3600;
    /** Circles count under way only: a ship swinging at anchor goes round its anchor, slowly. */
    private static final double UNDER_WAY_KN = 3;

    private static final class Spot {
        final int[] mmsi = new int[SPOT_VESSELS];
        final long[] time = new long[SPOT_VESSELS];
        long reportedAt = Long.MIN_VALUE / 4;
        long lastTime;
    }

    private final LongMap<Spot> spots = new LongMap<>();

    /** A trusted fix: its spot if standing, its turning otherwise. */
    void onFix(VesselTrack t, VesselReport r, double speedKn, VesselWatchSpec watch, boolean matters,
            PortIndex ports, List<VesselDetection> out) {
        if (!Double.isNaN(speedKn) && speedKn < STANDING_KN) {
            spot(t, r, watch, matters, ports, out);
        }
        circle(t, r, speedKn, watch, matters, ports, out);
    }

    private void spot(VesselTrack t, VesselReport r, VesselWatchSpec watch, boolean matters, PortIndex ports,
            List<VesselDetection> out) {
        long key = ((Math.round(r.lat() / SPOT_DEG) << 32) ^ (Math.round(r.lon() / SPOT_DEG) & 0xffffffffL))
                * 0x9E3779B97F4A7C15L;
        key = key == 0 ? 1 : key;
        // A vessel standing on its spot need say so once a minute: the window is ten.
        if (key == t.spotKey && r.time() - t.spotAt < SPOT_RECHECK_SECONDS) {
            return;
        }
        t.spotKey = key;
        t.spotAt = r.time();
        Spot spot = spots.get(key);
        if (spot == null) {
            // Most standing vessels stand alone: their spot is noted, and that is all.
            spot = new Spot();
            spot.mmsi[0] = t.mmsi;
            spot.time[0] = r.time();
            spot.lastTime = r.time();
            spots.put(key, spot);
            return;
        }
        spot.lastTime = Math.max(spot.lastTime, r.time());
        int oldest = 0;
        int standing = 0;
        boolean placed = false;
        for (int i = 0; i < SPOT_VESSELS; i++) {
            if (spot.mmsi[i] == t.mmsi) {
                spot.time[i] = r.time();
                placed = true;
            }
            if (spot.time[i] < spot.time[oldest]) {
                oldest = i;
            }
        }
        if (!placed) {
            spot.mmsi[oldest] = t.mmsi;
            spot.time[oldest] = r.time();
        }
        for (int i = 0; i < SPOT_VESSELS; i++) {
            if (spot.mmsi[i] != 0 && r.time() - spot.time[i] <= SPOT_WINDOW_SECONDS) {
                standing++;
            }
        }
        if (standing < SPOT_VESSELS || !matters || r.time() - spot.reportedAt < SPOT_QUIET_SECONDS) {
            return;
        }
        List<Integer> there = new ArrayList<>(SPOT_VESSELS);
        for (int i = 0; i < SPOT_VESSELS; i++) {
            there.add(spot.mmsi[i]);
        }
        spot.reportedAt = r.time();
        out.add(detection(t, r, watch, AlertType.POSITION_IMPLAUSIBLE + ":spot:" + key + ":" + r.time(),
                String.format(Locale.ROOT, "%d vessels (MMSI %s) report standing within the same 11 m %s within "
                        + "10 min: no %d hulls fit there, so the position is handed out, not sailed to (GNSS "
                        + "spoofing).", standing, there.toString().replaceAll("[\\[\\]]", ""),
                        Places.describe(ports, r.lat(), r.lon()), standing)));
    }

    private static void circle(VesselTrack t, VesselReport r, double speedKn, VesselWatchSpec watch, boolean matters,
            PortIndex ports, List<VesselDetection> out) {
        // The course over ground the (spoofed) receiver works out follows the ring it draws.
        double bearing = r.courseDeg();
        if (t.port != null || !t.hasFix() || Double.isNaN(speedKn) || speedKn < UNDER_WAY_KN || Double.isNaN(bearing)) {
            t.lastLegDeg = Double.NaN;
            t.turnedDeg = 0;
            t.circleKey = null;
            return;
        }
        if (!Double.isNaN(t.lastLegDeg)) {
            double turn = ((bearing - t.lastLegDeg + 540) % 360) - 180;
            if (t.turnedDeg == 0 || Math.signum(turn) == Math.signum(t.turnedDeg)) {
                if (t.turnedDeg == 0) {
                    t.turningSince = t.lastTime;
                }
                t.turnedDeg += turn;
            } else {
                t.turnedDeg = 0;
                t.circleKey = null;
            }
        }
        t.lastLegDeg = bearing;
        if (Math.abs(t.turnedDeg) >= CIRCLE_DEG && t.circleKey == null && matters
                && r.time() - t.turningSince <= CIRCLE_WITHIN_SECONDS) {
            t.circleKey = AlertType.POSITION_IMPLAUSIBLE + ":circle:" + t.mmsi + ":" + t.turningSince;
            out.add(detection(t, r, watch, t.circleKey, String.format(Locale.ROOT, "%s's positions have gone round "
                    + "%.0f times in %.1f h %s, always turning %s: the rings spoofed positions draw, not a voyage.",
                    t.who(), Math.abs(t.turnedDeg) / 360, (r.time() - t.turningSince) / 3600.0,
                    Places.describe(ports, r.lat(), r.lon()), t.turnedDeg > 0 ? "right" : "left")));
        }
    }

    /** Forgets spots nobody stood on for the window (looked at every window, not every sweep). */
    void sweep(long now) {
        if (now - sweptAt >= SPOT_WINDOW_SECONDS) {
            sweptAt = now;
            spots.removeIf(spot -> now - spot.lastTime > SPOT_WINDOW_SECONDS);
        }
    }

    private long sweptAt;

    private static VesselDetection detection(VesselTrack t, VesselReport r, VesselWatchSpec watch, String key,
            String summary) {
        return new VesselDetection(key, AlertType.POSITION_IMPLAUSIBLE, watch != null ? Severity.CRITICAL
                : Severity.WARNING, r.time(), t.mmsi, watch == null ? null : watch.id(), null, List.of(),
                new VesselFix(r.time(), r.lat(), r.lon(), r.speedKn(), r.courseDeg(), r.source()), summary,
                t.recent(10), null);
    }
}
