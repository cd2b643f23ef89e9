package io.divertwatch.detect;

import io.divertwatch.track.TrackLimits;

/**
 * Every threshold of the rules, in SI units and data-time seconds. Defaults follow DESIGN §5; each
 * is physically motivated and configurable (see {@code divertwatch.detection.*}).
 *
 * @param originAreaKm               a flight has "left the origin area" beyond this distance from it
 * @param destinationTerminalKm      inside this distance of the destination, manoeuvres are normal
 * @param persistenceSeconds         evidence must hold this long (data time) …
 * @param persistenceFixes           … over at least this many fixes before it alerts
 * @param progressWindowSeconds      look-back for progress reversal
 * @param progressReversalKm         net growth of the distance to destination over the window
 * @param noProgressSeconds          look-back for lost progress: over it, an aircraft en route, not climbing
 *                                   and outside the arrival area ({@code lowDescentMinDestinationKm}) …
 * @param noProgressRatio            … that came closer to its destination by less than this share of the
 *                                   distance it covered is not flying there (0.25: about 75° off on average)
 * @param lowDescentAltitudeM        a descent below this far from the destination is suspicious …
 * @param lowDescentMinDestinationKm … when the destination is farther than this
 * @param earlyDescentAltitudeM      a descent below this is suspicious too when the destination lies more
 *                                   than …
 * @param earlyDescentProfileFactor  … this many times farther than a normal 3° descent from the present
 *                                   height needs (a normal arrival is never that low that far out)
 * @param arrivalFloorShare          nearer than that, being below this share of the height a 3° path to the
 *                                   destination has there, and not climbing, is suspicious too (for flights
 *                                   that cruised above {@code earlyDescentAltitudeM}) …
 * @param arrivalFloorMinKm          … when the destination is farther than this: arrivals join the final
 *                                   approach at about half the 3° path's height or above (3,000 ft at 16 nm)
 * @param alignmentToleranceDeg      track within this of the bearing to an airport = aligned with it
 * @param destinationOffsetDeg       track off the destination bearing by more than this = not heading there
 * @param watchedAlignmentRangeKm    watched airports farther than this are not considered for alignment
 * @param candidateRangeKm           diversion candidates are searched within this distance
 * @param landingGroundRadiusKm      an on-ground fix this close to an airport is a landing there
 * @param landingLowRadiusKm         a low last fix this close to an airport, then silence, is a landing
 * @param landingLowHeightM          "low" = at most this high above the field
 * @param signalLossSeconds          silence that counts as "lost" in live data
 * @param approachMaxAltitudeM       watched-airport approaches are considered below this altitude
 * @param evidenceFixes              how many recent fixes an alert carries as evidence
 * @param flightGapSeconds           a gap longer than this with a jump starts a new flight
 * @param undeclaredStopSlackSeconds a coverage gap this much longer than the direct flight could hide a stop …
 * @param undeclaredStopSlackShare   … and longer by at least this share of the direct flight's time: over
 *                                   hours, winds aloft change the ground speed by up to a sixth and oceanic
 *                                   tracks run up to a tenth longer than the great circle (0 is DESIGN §5's
 *                                   starting rule)
 * @param stopTurnaroundSeconds      the shortest time on the ground a stop needs (landing, taxi, take-off)
 * @param assumedCruiseSpeedKmh      ground speed assumed over a gap when the recent one is unknown
 */
public record DetectionConfig(double originAreaKm, double destinationTerminalKm, long persistenceSeconds,
        int persistenceFixes, long progressWindowSeconds, double progressReversalKm, long noProgressSeconds,
        double noProgressRatio, double lowDescentAltitudeM,
        double lowDescentMinDestinationKm, double earlyDescentAltitudeM, double earlyDescentProfileFactor,
        double arrivalFloorShare, double arrivalFloorMinKm,
        double alignmentToleranceDeg, double destinationOffsetDeg,
        double watchedAlignmentRangeKm, double candidateRangeKm, double landingGroundRadiusKm,
        double landingLowRadiusKm, double landingLowHeightM, long signalLossSeconds, double approachMaxAltitudeM,
        int evidenceFixes, long flightGapSeconds, long undeclaredStopSlackSeconds, double undeclaredStopSlackShare,
        long stopTurnaroundSeconds, double assumedCruiseSpeedKmh, TrackLimits trackLimits) {

    public static final DetectionConfig DEFAULT = new DetectionConfig(50, 100, 120, 3, 300, 30, 600, 0.25, 4000,
            150, 6000, 2, 0.33, 30, 10, 45, 2000, 400, 5, 15, 1000, 600, 6000, 10, 7200, 2700, 0.25, 1200, 800,
            TrackLimits.DEFAULT);
}
