package io.divertwatch.track;

/**
 * What a track keeps and which fixes its data gate refuses. Start from {@link #DEFAULT} and change
 * what differs with the withers.
 *
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

    /** An hour of history; faster than any airliner's ground speed (1,300 km/h) is a jump. */
    public static final TrackLimits DEFAULT = new TrackLimits(3600, 2048, 1300, 600, 100);

    public TrackLimits withRetentionSeconds(long v) {
        return new TrackLimits(v, maxFixes, maxGroundSpeedKmh, contestedPathSeconds, contestedJumpKm);
    }

    public TrackLimits withMaxFixes(int v) {
        return new TrackLimits(retentionSeconds, v, maxGroundSpeedKmh, contestedPathSeconds, contestedJumpKm);
    }

    public TrackLimits withMaxGroundSpeedKmh(double v) {
        return new TrackLimits(retentionSeconds, maxFixes, v, contestedPathSeconds, contestedJumpKm);
    }

    public TrackLimits withContestedPathSeconds(long v) {
        return new TrackLimits(retentionSeconds, maxFixes, maxGroundSpeedKmh, v, contestedJumpKm);
    }

    public TrackLimits withContestedJumpKm(double v) {
        return new TrackLimits(retentionSeconds, maxFixes, maxGroundSpeedKmh, contestedPathSeconds, v);
    }
}
