package io.divertwatch.track;

/**
 * @param retentionSeconds   how much history a track keeps in memory at least (data time; expired fixes
 *                           are dropped in batches, up to five minutes later)
 * @param maxFixes           hard cap on fixes per track, whatever their age
 * @param maxGroundSpeedKmh  a fix implying more than this from the last trusted one is refused
 * @param contestedPathSeconds a path of refused fixes lasting this long is another aircraft's (or a spoofed
 *                           one): when the track then continues along it, the flight's path is contested
 */
public record TrackLimits(long retentionSeconds, int maxFixes, double maxGroundSpeedKmh, long contestedPathSeconds) {

    public static final TrackLimits DEFAULT = new TrackLimits(3600, 2048, 1300, 600);
}
