package io.divertwatch.track;

/**
 * @param retentionSeconds   how much history a track keeps in memory at least (data time; expired fixes
 *                           are dropped in batches, up to five minutes later)
 * @param maxFixes           hard cap on fixes per track, whatever their age
 * @param maxGroundSpeedKmh  a fix implying more than this from the last trusted one is refused
 */
public record TrackLimits(long retentionSeconds, int maxFixes, double maxGroundSpeedKmh) {

    public static final TrackLimits DEFAULT = new TrackLimits(3600, 2048, 1300);
}
