package io.divertwatch.poll;

import io.divertwatch.detect.DetectionConfig;
import io.divertwatch.track.TrackLimits;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** The detection thresholds (see {@link DetectionConfig} for their meaning), configurable per deployment. */
@ConfigMapping(prefix = "divertwatch.detection")
public interface DetectionSettings {

    @WithDefault("50")
    double originAreaKm();

    @WithDefault("100")
    double destinationTerminalKm();

    @WithDefault("2m")
    Duration persistence();

    @WithDefault("3")
    int persistenceFixes();

    @WithDefault("5m")
    Duration progressWindow();

    @WithDefault("30")
    double progressReversalKm();

    /** Look-back over which an aircraft en route must come closer to its destination. */
    @WithDefault("10m")
    Duration noProgress();

    /** The least share of the distance covered that must be progress toward the destination. */
    @WithDefault("0.25")
    double noProgressRatio();

    @WithDefault("4000")
    double lowDescentAltitudeM();

    @WithDefault("150")
    double lowDescentMinDestinationKm();

    @WithDefault("6000")
    double earlyDescentAltitudeM();

    /** Multiple of the distance a 3° descent from the present height needs. */
    @WithDefault("2")
    double earlyDescentProfileFactor();

    /**
     * Nearer than {@code low-descent-min-destination-km}: being below this share of the height a 3° path
     * to the destination has there, and not climbing, is suspicious for a flight that cruised above
     * {@code early-descent-altitude-m} (arrivals join the final approach at about half).
     */
    @WithDefault("0.33")
    double arrivalFloorShare();

    /** … when the destination is farther than this. */
    @WithDefault("30")
    double arrivalFloorMinKm();

    @WithDefault("10")
    double alignmentToleranceDeg();

    @WithDefault("45")
    double destinationOffsetDeg();

    @WithDefault("2000")
    double watchedAlignmentRangeKm();

    @WithDefault("400")
    double candidateRangeKm();

    @WithDefault("5")
    double landingGroundRadiusKm();

    @WithDefault("15")
    double landingLowRadiusKm();

    @WithDefault("1000")
    double landingLowHeightM();

    /** Silence after which a low aircraft near an airport counts as landed. */
    @WithDefault("10m")
    Duration signalLoss();

    @WithDefault("6000")
    double approachMaxAltitudeM();

    @WithDefault("10")
    int evidenceFixes();

    @WithDefault("2h")
    Duration flightGap();

    /** A coverage gap this much longer than the direct flight is reported as a possible undeclared stop. */
    @WithDefault("45m")
    Duration undeclaredStopSlack();

    /**
     * … and by at least this share of the direct flight's time: over hours, winds aloft change the ground
     * speed by up to a sixth and oceanic tracks run up to a tenth longer than the great circle (a normal
     * 10-hour Pacific crossing took 0.19 longer than its last ground speed gave). 0 is DESIGN §5's
     * starting rule.
     */
    @WithDefault("0.25")
    double undeclaredStopSlackShare();

    /** The shortest ground time a hidden stop needs. */
    @WithDefault("20m")
    Duration stopTurnaround();

    @WithDefault("800")
    double assumedCruiseSpeedKmh();

    /** How much track history is kept in memory per aircraft. */
    @WithDefault("1h")
    Duration trackRetention();

    @WithDefault("2048")
    int trackMaxFixes();

    /** Fixes implying a faster ground speed from the last trusted fix are refused (spoofing, jamming). */
    @WithDefault("1300")
    double maxGroundSpeedKmh();

    /**
     * Fixes refused as implausible for this long, with no trusted one between them, belong to another
     * aircraft sharing the address or to a spoofed path: if the track then goes on from where they
     * were, its flight raises no route deviation or diversion alerts until the aircraft reappears
     * where it could have flown from before them.
     */
    @WithDefault("10m")
    Duration contestedPath();

    /**
     * A run of refused fixes with one this far beyond reach of the last trusted fix (half as far across
     * the aircraft's course) is a spoofed path or another aircraft however briefly it lasts; nearer
     * ones may be a stale position caught up on, which lies ahead along the course.
     */
    @WithDefault("100")
    double contestedJumpKm();

    default DetectionConfig toConfig() {
        return new DetectionConfig(originAreaKm(), destinationTerminalKm(), persistence().toSeconds(),
                persistenceFixes(), progressWindow().toSeconds(), progressReversalKm(), noProgress().toSeconds(),
                noProgressRatio(), lowDescentAltitudeM(),
                lowDescentMinDestinationKm(), earlyDescentAltitudeM(), earlyDescentProfileFactor(),
                arrivalFloorShare(), arrivalFloorMinKm(),
                alignmentToleranceDeg(), destinationOffsetDeg(),
                watchedAlignmentRangeKm(), candidateRangeKm(), landingGroundRadiusKm(), landingLowRadiusKm(),
                landingLowHeightM(), signalLoss().toSeconds(), approachMaxAltitudeM(), evidenceFixes(),
                flightGap().toSeconds(), undeclaredStopSlack().toSeconds(), undeclaredStopSlackShare(),
                stopTurnaround().toSeconds(), assumedCruiseSpeedKmh(),
                new TrackLimits(trackRetention().toSeconds(), trackMaxFixes(), maxGroundSpeedKmh(),
                        contestedPath().toSeconds(), contestedJumpKm()));
    }
}
