package io.divertwatch.poll;

import io.divertwatch.detect.DetectionConfig;
import io.divertwatch.track.TrackLimits;
import io.smallrye.config.ConfigMapping;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Overrides of the detection thresholds for one deployment ({@code divertwatch.detection.*}). Every
 * key is optional: an unset one keeps the default of {@link DetectionConfig.Builder}, the one place
 * defaults are written, which docs/detection.md lists and explains. Durations are whole seconds.
 */
@ConfigMapping(prefix = "divertwatch.detection")
public interface DetectionSettings {

    OptionalDouble originAreaKm();

    OptionalDouble destinationTerminalKm();

    Optional<Duration> persistence();

    OptionalInt persistenceFixes();

    Optional<Duration> progressWindow();

    OptionalDouble progressReversalKm();

    /** Look-back over which an aircraft en route must come closer to its destination. */
    Optional<Duration> noProgress();

    /** The least share of the distance covered that must be progress toward the destination. */
    OptionalDouble noProgressRatio();

    OptionalDouble lowDescentAltitudeM();

    OptionalDouble lowDescentMinDestinationKm();

    OptionalDouble earlyDescentAltitudeM();

    /** Multiple of the distance a 3° descent from the present height needs. */
    OptionalDouble earlyDescentProfileFactor();

    /** Share of a 3° path's height below which an aircraft 30–150 km out is below the arrival floor. */
    OptionalDouble arrivalFloorShare();

    OptionalDouble arrivalFloorMinKm();

    OptionalDouble alignmentToleranceDeg();

    OptionalDouble destinationOffsetDeg();

    OptionalDouble watchedAlignmentRangeKm();

    OptionalDouble candidateRangeKm();

    OptionalDouble landingGroundRadiusKm();

    OptionalDouble landingLowRadiusKm();

    OptionalDouble landingLowHeightM();

    /** Silence after which a low aircraft near an airport counts as landed. */
    Optional<Duration> signalLoss();

    OptionalDouble approachMaxAltitudeM();

    OptionalInt evidenceFixes();

    Optional<Duration> flightGap();

    /** A coverage gap this much longer than the direct flight is reported as a possible undeclared stop. */
    Optional<Duration> undeclaredStopSlack();

    /** … and by at least this share of the direct flight's time (0: the design reference's starting rule). */
    OptionalDouble undeclaredStopSlackShare();

    /** The shortest ground time a hidden stop needs. */
    Optional<Duration> stopTurnaround();

    OptionalDouble assumedCruiseSpeedKmh();

    /** How much track history is kept in memory per aircraft. */
    Optional<Duration> trackRetention();

    OptionalInt trackMaxFixes();

    /** Fixes implying a faster ground speed from the last trusted fix are refused (spoofing, jamming). */
    OptionalDouble maxGroundSpeedKmh();

    /** Refused fixes for this long, then a track going on from them: the flight's path is contested. */
    Optional<Duration> contestedPath();

    /** A run of refused fixes with one this far beyond reach is another path however briefly it lasts. */
    OptionalDouble contestedJumpKm();

    /** The defaults with this deployment's overrides. */
    default DetectionConfig toConfig() {
        DetectionConfig.Builder b = DetectionConfig.builder();
        originAreaKm().ifPresent(b::originAreaKm);
        destinationTerminalKm().ifPresent(b::destinationTerminalKm);
        persistence().ifPresent(d -> b.persistenceSeconds(d.toSeconds()));
        persistenceFixes().ifPresent(b::persistenceFixes);
        progressWindow().ifPresent(d -> b.progressWindowSeconds(d.toSeconds()));
        progressReversalKm().ifPresent(b::progressReversalKm);
        noProgress().ifPresent(d -> b.noProgressSeconds(d.toSeconds()));
        noProgressRatio().ifPresent(b::noProgressRatio);
        lowDescentAltitudeM().ifPresent(b::lowDescentAltitudeM);
        lowDescentMinDestinationKm().ifPresent(b::lowDescentMinDestinationKm);
        earlyDescentAltitudeM().ifPresent(b::earlyDescentAltitudeM);
        earlyDescentProfileFactor().ifPresent(b::earlyDescentProfileFactor);
        arrivalFloorShare().ifPresent(b::arrivalFloorShare);
        arrivalFloorMinKm().ifPresent(b::arrivalFloorMinKm);
        alignmentToleranceDeg().ifPresent(b::alignmentToleranceDeg);
        destinationOffsetDeg().ifPresent(b::destinationOffsetDeg);
        watchedAlignmentRangeKm().ifPresent(b::watchedAlignmentRangeKm);
        candidateRangeKm().ifPresent(b::candidateRangeKm);
        landingGroundRadiusKm().ifPresent(b::landingGroundRadiusKm);
        landingLowRadiusKm().ifPresent(b::landingLowRadiusKm);
        landingLowHeightM().ifPresent(b::landingLowHeightM);
        signalLoss().ifPresent(d -> b.signalLossSeconds(d.toSeconds()));
        approachMaxAltitudeM().ifPresent(b::approachMaxAltitudeM);
        evidenceFixes().ifPresent(b::evidenceFixes);
        flightGap().ifPresent(d -> b.flightGapSeconds(d.toSeconds()));
        undeclaredStopSlack().ifPresent(d -> b.undeclaredStopSlackSeconds(d.toSeconds()));
        undeclaredStopSlackShare().ifPresent(b::undeclaredStopSlackShare);
        stopTurnaround().ifPresent(d -> b.stopTurnaroundSeconds(d.toSeconds()));
        assumedCruiseSpeedKmh().ifPresent(b::assumedCruiseSpeedKmh);
        TrackLimits limits = TrackLimits.DEFAULT;
        if (trackRetention().isPresent()) {
            limits = limits.withRetentionSeconds(trackRetention().get().toSeconds());
        }
        if (trackMaxFixes().isPresent()) {
            limits = limits.withMaxFixes(trackMaxFixes().getAsInt());
        }
        if (maxGroundSpeedKmh().isPresent()) {
            limits = limits.withMaxGroundSpeedKmh(maxGroundSpeedKmh().getAsDouble());
        }
        if (contestedPath().isPresent()) {
            limits = limits.withContestedPathSeconds(contestedPath().get().toSeconds());
        }
        if (contestedJumpKm().isPresent()) {
            limits = limits.withContestedJumpKm(contestedJumpKm().getAsDouble());
        }
        return b.trackLimits(limits).build();
    }
}
