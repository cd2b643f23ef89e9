package io.divertwatch.track;

/**
 * @param retentionSeconds   how much history a track keeps in memory at least (data time; expired fixes
 *                           are dropped in batches, up to five minutes later)
 * @param maxFixes           hard cap on fixes per track, whatever their age
 * @param maxGroundSpeedKmh  a fix implying more than this from the last trusted one is refused
 * @param contestedPathSeconds fixes refused for this long, no trusted one between them, are another
 *                           aircraft's (or a spoofed path): when the track then goes on from where they
 *                           were, the flight's path is contested until the aircraft is back
 * @param contestedJumpKm    a run of refused fixes with one this far beyond reach of the last trusted fix
 *                           (half as far across its course) is another path however short: a stale
 *                           position the feed catches up on lags by tens of km along the course, a
 *                           spoofed one or another aircraft is hundreds away
 */
public record TrackLimits(long retentionSeconds, int maxFixes, double maxGroundSpeedKmh, long contestedPathSeconds,
        double contestedJumpKm) {

    public static final TrackLimits DEFAULT = new TrackLimits(3600, 2048, 1300, 600, 100);
}
