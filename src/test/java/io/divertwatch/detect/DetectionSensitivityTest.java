package io.divertwatch.detect;

import static org.assertj.core.api.Assertions.assertThat;

import io.divertwatch.detect.engine.TrackAnalyzer;
import io.divertwatch.geo.AirportIndex;
import io.divertwatch.track.StateVector;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Whether the quality figures hinge on the exact thresholds: each rule threshold is moved by a fifth
 * either way, one at a time, and every labelled leg of {@code ../shared/data/tracks} is analysed again.
 * Figures that held only at the chosen values would say the thresholds were fitted to these legs and
 * would not carry over to flights the project has never seen. Prints one line per variant; run alone
 * with {@code ./mvnw test -Dtest=DetectionSensitivityTest}.
 */
class DetectionSensitivityTest {

    private static final Set<AlertType> DETECTIONS = Set.of(AlertType.DIVERSION_SUSPECTED, AlertType.DIVERTED);
    private static final long LATE_ALLOWANCE_SECONDS = 600;
    /** The thresholds that shape the detections, each scaled by a factor (durations in whole seconds). */
    private static final List<Threshold> THRESHOLDS = List.of(
            new Threshold("persistenceSeconds", (b, c, f) -> b.persistenceSeconds(Math.round(c.persistenceSeconds() * f))),
            new Threshold("progressWindowSeconds",
                    (b, c, f) -> b.progressWindowSeconds(Math.round(c.progressWindowSeconds() * f))),
            new Threshold("progressReversalKm", (b, c, f) -> b.progressReversalKm(c.progressReversalKm() * f)),
            new Threshold("noProgressSeconds", (b, c, f) -> b.noProgressSeconds(Math.round(c.noProgressSeconds() * f))),
            new Threshold("noProgressRatio", (b, c, f) -> b.noProgressRatio(c.noProgressRatio() * f)),
            new Threshold("lowDescentAltitudeM", (b, c, f) -> b.lowDescentAltitudeM(c.lowDescentAltitudeM() * f)),
            new Threshold("lowDescentMinDestinationKm",
                    (b, c, f) -> b.lowDescentMinDestinationKm(c.lowDescentMinDestinationKm() * f)),
            new Threshold("earlyDescentAltitudeM", (b, c, f) -> b.earlyDescentAltitudeM(c.earlyDescentAltitudeM() * f)),
            new Threshold("earlyDescentProfileFactor",
                    (b, c, f) -> b.earlyDescentProfileFactor(c.earlyDescentProfileFactor() * f)),
            new Threshold("arrivalFloorShare", (b, c, f) -> b.arrivalFloorShare(c.arrivalFloorShare() * f)),
            new Threshold("arrivalFloorMinKm", (b, c, f) -> b.arrivalFloorMinKm(c.arrivalFloorMinKm() * f)),
            new Threshold("alignmentToleranceDeg", (b, c, f) -> b.alignmentToleranceDeg(c.alignmentToleranceDeg() * f)),
            new Threshold("destinationOffsetDeg", (b, c, f) -> b.destinationOffsetDeg(c.destinationOffsetDeg() * f)),
            new Threshold("destinationTerminalKm", (b, c, f) -> b.destinationTerminalKm(c.destinationTerminalKm() * f)),
            new Threshold("originAreaKm", (b, c, f) -> b.originAreaKm(c.originAreaKm() * f)));

    /** One threshold and how to scale it in a builder that starts from a config. */
    private record Threshold(String name, Scaling scaling) {

        DetectionConfig scaled(DetectionConfig base, double factor) {
            DetectionConfig.Builder builder = base.toBuilder();
            scaling.apply(builder, base, factor);
            return builder.build();
        }
    }

    @FunctionalInterface
    private interface Scaling {
        void apply(DetectionConfig.Builder builder, DetectionConfig base, double factor);
    }

    private record Leg(LabelledTracks.Leg leg, List<StateVector> states, WatchSpec watch,
            List<WatchedAirportSpec> watched) {
    }

    @Test
    void everyThresholdMovedByAFifthKeepsRecallAndFalsePositivesNearTheirTargets() throws Exception {
        AirportIndex airports = LabelledTracks.airports();
        List<WatchedAirportSpec> watched = LabelledTracks.defaultWatchedAirports(airports);
        List<Leg> legs = new ArrayList<>();
        for (LabelledTracks.Leg leg : LabelledTracks.scoredLegs()) {
            List<StateVector> states = leg.states();
            legs.add(new Leg(leg, states, leg.watch(states.get(0).icao24(), airports), watched));
        }
        List<String> failures = new ArrayList<>();
        for (Threshold threshold : THRESHOLDS) {
            for (double factor : new double[] {0.8, 1.2}) {
                DetectionConfig config = threshold.scaled(DetectionConfig.defaults(), factor);
                System.out.println(measure(config, airports, legs, failures, threshold.name() + " ×" + factor));
            }
        }
        assertThat(failures).as("variants outside recall ≥ 0.95 and false positives ≤ 2 %").isEmpty();
    }

    private static String measure(DetectionConfig config, AirportIndex airports, List<Leg> legs,
            List<String> failures, String name) {
        TrackAnalyzer analyzer = new TrackAnalyzer(config, airports);
        int diverted = 0;
        int caught = 0;
        int normal = 0;
        List<String> falsePositives = new ArrayList<>();
        List<Double> leads = new ArrayList<>();
        for (Leg l : legs) {
            long latest = l.leg.landingTime() + LATE_ALLOWANCE_SECONDS;
            Detection first = analyzer.analyze(l.states, l.watch, l.watched, List.of()).detections().stream()
                    .filter(d -> DETECTIONS.contains(d.type()) && d.time() <= latest).findFirst().orElse(null);
            if (l.leg.diverted()) {
                diverted++;
                if (first != null) {
                    caught++;
                    leads.add((l.leg.landingTime() - first.time()) / 60.0);
                }
            } else {
                normal++;
                if (first != null) {
                    falsePositives.add(l.leg.file().getFileName().toString());
                }
            }
        }
        double recall = (double) caught / diverted;
        double falsePositiveRate = (double) falsePositives.size() / normal;
        String line = String.format(Locale.ROOT,
                "%-32s recall %d/%d, false positives %d/%d, median lead %.1f min %s", name, caught, diverted,
                falsePositives.size(), normal, median(leads), falsePositives);
        if (recall < 0.95 || falsePositiveRate > 0.02) {
            failures.add(line);
        }
        return line;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n == 0 ? Double.NaN : n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
