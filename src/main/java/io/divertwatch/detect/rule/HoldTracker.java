package io.divertwatch.detect.rule;

import io.divertwatch.geo.Airport;
import io.divertwatch.geo.Geodesy;
import io.divertwatch.track.Fix;

import java.util.List;

/**
 * Holds near the destination, and leaving one for somewhere else (docs/detection.md). A hold is time
 * spent going round in a small area: over the last 8 minutes at least 30 km flown with every fix within
 * 20 km of their mean position. This needs no turn rate, which fixes a minute apart cannot give (a
 * standard-rate turn does 180° in a minute). A flight that leaves its hold for its destination comes
 * closer; one that leaves it for an alternate goes out of the hold's area and farther from the
 * destination than the hold ever was, pointing away from it: that is evidence, inside the terminal area
 * too, where the other kinds are silenced by the vectors every arrival flies.
 */
final class HoldTracker {

    static final long WINDOW_SECONDS = 300;
    static final double AREA_KM = 12;
    static final double FLOWN_KM = 25;
    /** Holds this far from the destination and nearer are its arrival holds. */
    static final double NEAR_DESTINATION_KM = 300;
    /**
     * Beyond the hold's area and its farthest distance from the destination by this much: left it. US
     * arrival holds fly legs of four to five minutes, whose far ends reach up to 10 km beyond the part of
     * the pattern a window recognises (LAX–SFO on the labelled tracks).
     */
    static final double MARGIN_KM = 12;
    /** A hold is remembered this long after it ended. */
    static final long REMEMBER_SECONDS = 3600;
    /** Looking for a hold reads minutes of fixes: at most this often (data time). */
    static final long CHECK_EVERY_SECONDS = 30;
    /** Pointing more than this far off the destination is going elsewhere. */
    static final double AWAY_DEG = 90;

    private long lastCheck = Long.MIN_VALUE;
    private long heldFrom = -1;
    private long heldUntil = -1;
    private double centreLat;
    private double centreLon;
    private double radiusKm;
    private double farthestKm;

    /**
     * Looks for a hold around this fix (at most every {@link #CHECK_EVERY_SECONDS}). A hold's area is
     * fixed when it is first seen: later fixes inside it prolong it, and fixes leaving it never move it.
     */
    void update(RuleContext ctx, Airport destination) {
        long now = ctx.fix.time();
        if (lastCheck != Long.MIN_VALUE && now - lastCheck < CHECK_EVERY_SECONDS) {
            return;
        }
        lastCheck = now;
        boolean known = heldUntil >= 0 && now - heldUntil <= REMEMBER_SECONDS;
        if (known && Geodesy.distanceKm(centreLat, centreLon, ctx.fix.lat(), ctx.fix.lon()) <= radiusKm) {
            heldUntil = now;
            farthestKm = Math.max(farthestKm, ctx.distanceKm(destination));
            return;
        }
        Fix first = ctx.track.atOrBefore(now - WINDOW_SECONDS);
        if (first == null || now - first.time() > 2 * WINDOW_SECONDS
                || ctx.distanceKm(destination) > NEAR_DESTINATION_KM) {
            return;
        }
        List<Fix> window = ctx.track.since(first.time());
        double lat = 0;
        double lon = 0;
        for (Fix f : window) {
            lat += f.lat();
            lon += f.lon();
        }
        lat /= window.size();
        lon /= window.size();
        if (known && Geodesy.distanceKm(centreLat, centreLon, lat, lon) <= AREA_KM) {
            // Leaving the known hold: the window still holds some of it.
            return;
        }
        double radius = 0;
        double flown = 0;
        double farthest = 0;
        Fix previous = null;
        for (Fix f : window) {
            radius = Math.max(radius, Geodesy.distanceKm(lat, lon, f.lat(), f.lon()));
            farthest = Math.max(farthest, Geodesy.distanceKm(f.lat(), f.lon(), destination.lat(), destination.lon()));
            if (previous != null) {
                flown += Geodesy.distanceKm(previous.lat(), previous.lon(), f.lat(), f.lon());
            }
            previous = f;
        }
        if (radius <= AREA_KM && flown >= FLOWN_KM) {
            heldFrom = first.time();
            heldUntil = now;
            centreLat = lat;
            centreLon = lon;
            radiusKm = radius;
            farthestKm = farthest;
        }
    }

    /**
     * Out of a recent hold's area, farther from the destination than the hold ever was and pointing
     * away from it: a description of the departure from the hold, else null.
     */
    String leftFor(RuleContext ctx, Airport destination, double trackDeg) {
        long now = ctx.fix.time();
        if (heldUntil < 0 || now - heldUntil > REMEMBER_SECONDS || Double.isNaN(trackDeg)
                || ctx.pointsAt(trackDeg, destination, AWAY_DEG)) {
            return null;
        }
        double fromHold = Geodesy.distanceKm(centreLat, centreLon, ctx.fix.lat(), ctx.fix.lon());
        double toDestination = ctx.distanceKm(destination);
        if (fromHold <= radiusKm + MARGIN_KM || toDestination <= farthestKm + MARGIN_KM) {
            return null;
        }
        return "it held for " + Math.max(1, (heldUntil - heldFrom) / 60) + " min "
                + Describe.km(Geodesy.distanceKm(centreLat, centreLon, destination.lat(), destination.lon()))
                + " from " + destination.ident() + ", then left the hold on " + Describe.deg(trackDeg) + " and is now "
                + Describe.km(toDestination) + " out, going away";
    }
}
