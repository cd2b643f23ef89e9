package io.divertwatch.detect;

import io.divertwatch.track.TrackLimits;

/**
 * Every threshold of the rules, in SI units and data-time seconds. {@link Builder} holds the one set
 * of defaults, each physically motivated (see docs/detection.md); deployments override them through
 * {@code divertwatch.detection.*}, tests through {@link #toBuilder()}. Build it with {@link #builder()}.
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
 *                                   tracks run up to a tenth longer than the great circle (0 is the
 *                                   starting rule of the design reference)
 * @param stopTurnaroundSeconds      the shortest time on the ground a stop needs (landing, taxi, take-off)
 * @param assumedCruiseSpeedKmh      ground speed assumed over a gap when the recent one is unknown
 * @param trackLimits                what the tracks keep and which fixes their data gate refuses
 */
public record DetectionConfig(double originAreaKm, double destinationTerminalKm, long persistenceSeconds,
        int persistenceFixes, long progressWindowSeconds, double progressReversalKm, long noProgressSeconds,
        double noProgressRatio, double lowDescentAltitudeM, double lowDescentMinDestinationKm,
        double earlyDescentAltitudeM, double earlyDescentProfileFactor, double arrivalFloorShare,
        double arrivalFloorMinKm, double alignmentToleranceDeg, double destinationOffsetDeg,
        double watchedAlignmentRangeKm, double candidateRangeKm, double landingGroundRadiusKm,
        double landingLowRadiusKm, double landingLowHeightM, long signalLossSeconds, double approachMaxAltitudeM,
        int evidenceFixes, long flightGapSeconds, long undeclaredStopSlackSeconds, double undeclaredStopSlackShare,
        long stopTurnaroundSeconds, double assumedCruiseSpeedKmh, TrackLimits trackLimits) {

    /** The defaults: the thresholds the evaluation in docs/evaluation.md measures. */
    public static DetectionConfig defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from these values. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Named setters over the defaults; every value not set keeps its default. */
    public static final class Builder {

        private double originAreaKm = 50;
        private double destinationTerminalKm = 100;
        private long persistenceSeconds = 120;
        private int persistenceFixes = 3;
        private long progressWindowSeconds = 300;
        private double progressReversalKm = 30;
        private long noProgressSeconds = 600;
        private double noProgressRatio = 0.25;
        private double lowDescentAltitudeM = 4000;
        private double lowDescentMinDestinationKm = 150;
        private double earlyDescentAltitudeM = 6000;
        private double earlyDescentProfileFactor = 2;
        private double arrivalFloorShare = 0.33;
        private double arrivalFloorMinKm = 30;
        private double alignmentToleranceDeg = 10;
        private double destinationOffsetDeg = 45;
        private double watchedAlignmentRangeKm = 2000;
        private double candidateRangeKm = 400;
        private double landingGroundRadiusKm = 5;
        private double landingLowRadiusKm = 15;
        private double landingLowHeightM = 1000;
        private long signalLossSeconds = 600;
        private double approachMaxAltitudeM = 6000;
        private int evidenceFixes = 10;
        private long flightGapSeconds = 7200;
        private long undeclaredStopSlackSeconds = 2700;
        private double undeclaredStopSlackShare = 0.25;
        private long stopTurnaroundSeconds = 1200;
        private double assumedCruiseSpeedKmh = 800;
        private TrackLimits trackLimits = TrackLimits.DEFAULT;

        private Builder() {
        }

        private Builder(DetectionConfig c) {
            originAreaKm = c.originAreaKm;
            destinationTerminalKm = c.destinationTerminalKm;
            persistenceSeconds = c.persistenceSeconds;
            persistenceFixes = c.persistenceFixes;
            progressWindowSeconds = c.progressWindowSeconds;
            progressReversalKm = c.progressReversalKm;
            noProgressSeconds = c.noProgressSeconds;
            noProgressRatio = c.noProgressRatio;
            lowDescentAltitudeM = c.lowDescentAltitudeM;
            lowDescentMinDestinationKm = c.lowDescentMinDestinationKm;
            earlyDescentAltitudeM = c.earlyDescentAltitudeM;
            earlyDescentProfileFactor = c.earlyDescentProfileFactor;
            arrivalFloorShare = c.arrivalFloorShare;
            arrivalFloorMinKm = c.arrivalFloorMinKm;
            alignmentToleranceDeg = c.alignmentToleranceDeg;
            destinationOffsetDeg = c.destinationOffsetDeg;
            watchedAlignmentRangeKm = c.watchedAlignmentRangeKm;
            candidateRangeKm = c.candidateRangeKm;
            landingGroundRadiusKm = c.landingGroundRadiusKm;
            landingLowRadiusKm = c.landingLowRadiusKm;
            landingLowHeightM = c.landingLowHeightM;
            signalLossSeconds = c.signalLossSeconds;
            approachMaxAltitudeM = c.approachMaxAltitudeM;
            evidenceFixes = c.evidenceFixes;
            flightGapSeconds = c.flightGapSeconds;
            undeclaredStopSlackSeconds = c.undeclaredStopSlackSeconds;
            undeclaredStopSlackShare = c.undeclaredStopSlackShare;
            stopTurnaroundSeconds = c.stopTurnaroundSeconds;
            assumedCruiseSpeedKmh = c.assumedCruiseSpeedKmh;
            trackLimits = c.trackLimits;
        }

        public Builder originAreaKm(double v) {
            originAreaKm = v;
            return this;
        }

        public Builder destinationTerminalKm(double v) {
            destinationTerminalKm = v;
            return this;
        }

        public Builder persistenceSeconds(long v) {
            persistenceSeconds = v;
            return this;
        }

        public Builder persistenceFixes(int v) {
            persistenceFixes = v;
            return this;
        }

        public Builder progressWindowSeconds(long v) {
            progressWindowSeconds = v;
            return this;
        }

        public Builder progressReversalKm(double v) {
            progressReversalKm = v;
            return this;
        }

        public Builder noProgressSeconds(long v) {
            noProgressSeconds = v;
            return this;
        }

        public Builder noProgressRatio(double v) {
            noProgressRatio = v;
            return this;
        }

        public Builder lowDescentAltitudeM(double v) {
            lowDescentAltitudeM = v;
            return this;
        }

        public Builder lowDescentMinDestinationKm(double v) {
            lowDescentMinDestinationKm = v;
            return this;
        }

        public Builder earlyDescentAltitudeM(double v) {
            earlyDescentAltitudeM = v;
            return this;
        }

        public Builder earlyDescentProfileFactor(double v) {
            earlyDescentProfileFactor = v;
            return this;
        }

        public Builder arrivalFloorShare(double v) {
            arrivalFloorShare = v;
            return this;
        }

        public Builder arrivalFloorMinKm(double v) {
            arrivalFloorMinKm = v;
            return this;
        }

        public Builder alignmentToleranceDeg(double v) {
            alignmentToleranceDeg = v;
            return this;
        }

        public Builder destinationOffsetDeg(double v) {
            destinationOffsetDeg = v;
            return this;
        }

        public Builder watchedAlignmentRangeKm(double v) {
            watchedAlignmentRangeKm = v;
            return this;
        }

        public Builder candidateRangeKm(double v) {
            candidateRangeKm = v;
            return this;
        }

        public Builder landingGroundRadiusKm(double v) {
            landingGroundRadiusKm = v;
            return this;
        }

        public Builder landingLowRadiusKm(double v) {
            landingLowRadiusKm = v;
            return this;
        }

        public Builder landingLowHeightM(double v) {
            landingLowHeightM = v;
            return this;
        }

        public Builder signalLossSeconds(long v) {
            signalLossSeconds = v;
            return this;
        }

        public Builder approachMaxAltitudeM(double v) {
            approachMaxAltitudeM = v;
            return this;
        }

        public Builder evidenceFixes(int v) {
            evidenceFixes = v;
            return this;
        }

        public Builder flightGapSeconds(long v) {
            flightGapSeconds = v;
            return this;
        }

        public Builder undeclaredStopSlackSeconds(long v) {
            undeclaredStopSlackSeconds = v;
            return this;
        }

        public Builder undeclaredStopSlackShare(double v) {
            undeclaredStopSlackShare = v;
            return this;
        }

        public Builder stopTurnaroundSeconds(long v) {
            stopTurnaroundSeconds = v;
            return this;
        }

        public Builder assumedCruiseSpeedKmh(double v) {
            assumedCruiseSpeedKmh = v;
            return this;
        }

        public Builder trackLimits(TrackLimits v) {
            trackLimits = v;
            return this;
        }

        public DetectionConfig build() {
            return new DetectionConfig(originAreaKm, destinationTerminalKm, persistenceSeconds, persistenceFixes,
                    progressWindowSeconds, progressReversalKm, noProgressSeconds, noProgressRatio,
                    lowDescentAltitudeM, lowDescentMinDestinationKm, earlyDescentAltitudeM,
                    earlyDescentProfileFactor, arrivalFloorShare, arrivalFloorMinKm, alignmentToleranceDeg,
                    destinationOffsetDeg, watchedAlignmentRangeKm, candidateRangeKm, landingGroundRadiusKm,
                    landingLowRadiusKm, landingLowHeightM, signalLossSeconds, approachMaxAltitudeM, evidenceFixes,
                    flightGapSeconds, undeclaredStopSlackSeconds, undeclaredStopSlackShare, stopTurnaroundSeconds,
                    assumedCruiseSpeedKmh, trackLimits);
        }
    }
}
