package io.divertwatch.detect;

import static org.assertj.core.api.Assertions.assertThat;

import io.divertwatch.detect.engine.TrackAnalyzer;
import io.divertwatch.geo.AirportIndex;
import io.divertwatch.track.StateVector;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/**
 * Measures detection quality on every labelled real leg (docs/evaluation.md) with the same analyzer that
 * serves {@code POST /api/v1/analyses} and the watched airports the service ships with, prints the
 * report and writes it to {@code target/eval/report.json}. Run alone with
 * {@code ./mvnw test -Dtest=DetectionQualityReportTest}.
 * The floors asserted below guard against regressions; docs/evaluation.md holds the latest figures.
 */
class DetectionQualityReportTest {

    private static final Set<AlertType> DETECTIONS = Set.of(AlertType.DIVERSION_SUSPECTED, AlertType.DIVERTED);
    private static final long LATE_ALLOWANCE_SECONDS = 600;

    @Test
    void reportRecallFalsePositivesLeadTimeAndAirportAccuracy() throws Exception {
        List<LabelledTracks.Leg> legs = LabelledTracks.scoredLegs();
        AirportIndex airports = LabelledTracks.airports();
        TrackAnalyzer analyzer = new TrackAnalyzer(DetectionConfig.defaults(), airports);
        List<WatchedAirportSpec> watched = LabelledTracks.defaultWatchedAirports(airports);

        Tally all = new Tally();
        Map<String, Tally> bySource = new TreeMap<>();
        List<String> notes = new ArrayList<>();
        Resolutions resolutions = new Resolutions();
        for (LabelledTracks.Leg leg : legs) {
            List<StateVector> states = leg.states();
            WatchSpec watch = leg.watch(states.get(0).icao24(), airports);
            TrackAnalyzer.Result result = analyzer.analyze(states, watch, watched, List.of());
            Detection first = result.detections().stream()
                    .filter(d -> DETECTIONS.contains(d.type()) && d.time() <= leg.landingTime() + LATE_ALLOWANCE_SECONDS)
                    .findFirst().orElse(null);
            String divertedTo = result.detections().stream().filter(d -> d.type() == AlertType.DIVERTED)
                    .map(Detection::airport).findFirst().orElse(null);
            Detection suspected = result.detections().stream()
                    .filter(d -> d.type() == AlertType.DIVERSION_SUSPECTED && d.time() <= leg.landingTime())
                    .findFirst().orElse(null);
            Tally source = bySource.computeIfAbsent(source(leg), k -> new Tally());
            String landedAt = result.landing() == null ? null : result.landing().airport().ident();
            for (Tally t : List.of(all, source)) {
                t.add(leg, first, divertedTo, suspected, landedAt);
            }
            resolutions.add(leg, result, notes);
            if (!leg.actual().equals(landedAt)) {
                notes.add("LANDING " + leg.file().getFileName() + " actual=" + leg.actual() + " landing=" + landedAt);
            }
            if (leg.diverted()) {
                if (first != null) {
                    notes.add(String.format(Locale.ROOT, "HIT %s lead=%.1f min, flight=%.0f min, %s: %s",
                            leg.file().getFileName(), (leg.landingTime() - first.time()) / 60.0,
                            (leg.landingTime() - states.get(0).time()) / 60.0, first.type(), first.summary()));
                } else {
                    notes.add("MISS " + leg.file().getFileName() + " actual=" + leg.actual() + " landing="
                            + (result.landing() == null ? null : result.landing().airport().ident()));
                }
                if (!leg.actual().equals(divertedTo)) {
                    notes.add("AIRPORT " + leg.file().getFileName() + " actual=" + leg.actual() + " said=" + divertedTo);
                }
            } else if (first != null) {
                notes.add(String.format(Locale.ROOT, "FP %s at %d (%.1f min before the end, %.4f,%.4f) %s: %s",
                        leg.file().getFileName(), first.time(), (leg.landingTime() - first.time()) / 60.0,
                        first.position().lat(), first.position().lon(), first.type(), first.summary()));
            }
        }
        String json = String.format(Locale.ROOT, """
                {"legs": %d, %s,
                 "by_source": {%s}}
                """, legs.size(), all.json(), bySource.entrySet().stream()
                .map(e -> "\"" + e.getKey() + "\": {" + e.getValue().json() + "}").collect(Collectors.joining(", ")));
        notes.forEach(System.out::println);
        System.out.println("Detection quality on ../shared/data/tracks: " + json);
        System.out.println("Resolution on ../shared/data/tracks: " + resolutions.json());
        Path out = Path.of("target", "eval", "report.json");
        Files.createDirectories(out.getParent());
        Files.writeString(out, json);

        // Regression floors, below the measured figures (docs/evaluation.md): recall ≥ 0.95, false positives ≤ 1 %.
        assertThat(all.diverted).as("diverted legs in the data set").isGreaterThan(0);
        assertThat(all.recall()).as("recall").isGreaterThanOrEqualTo(0.95);
        assertThat(all.falsePositiveRate()).as("false-positive rate").isLessThanOrEqualTo(0.01);
        assertThat(all.airportAccuracy()).as("airport accuracy").isGreaterThanOrEqualTo(0.95);
        assertThat(all.landingAccuracy()).as("landing named right, all legs").isGreaterThanOrEqualTo(0.98);
        assertThat(resolutions.normalOpenAtLanding).as("suspicions on normal legs still open at landing")
                .isLessThanOrEqualTo(resolutions.normalSuspected / 2);
        assertThat(all.suspectedAirportFirst).as("suspicions naming the actual airport first (of %d)", all.suspected)
                .isGreaterThanOrEqualTo(all.suspected / 2);
    }

    /**
     * The European legs (Flightradar24-like, with ground fixes) and the US ones (FAA radar, airborne
     * only) come from different sources: the same thresholds should do as well on both.
     */
    private static String source(LabelledTracks.Leg leg) {
        return leg.file().getFileName().toString().matches("\\d+_[A-Z]{3}-[A-Z]{3}\\.csv") ? "europe" : "us";
    }

    /**
     * What resolved: a suspicion on a normal leg should be cleared before it lands; one on a diverted
     * leg should not be (a clearance there is the engine changing its mind on the way to the alternate).
     */
    private static final class Resolutions {
        int normalSuspected;
        int normalResolvedBeforeLanding;
        int normalOpenAtLanding;
        int divertedSuspected;
        int divertedCleared;

        void add(LabelledTracks.Leg leg, TrackAnalyzer.Result result, List<String> notes) {
            for (Detection d : result.detections()) {
                if (d.type() != AlertType.DIVERSION_SUSPECTED || d.time() > leg.landingTime()) {
                    continue;
                }
                Clearance c = result.clearances().stream().filter(x -> x.key().equals(d.key())).findFirst()
                        .orElse(null);
                boolean beforeLanding = c != null && c.time() <= leg.landingTime();
                if (leg.diverted()) {
                    divertedSuspected++;
                    if (c != null) {
                        divertedCleared++;
                        notes.add(String.format(Locale.ROOT, "CLEARED-DIVERTED %s %.1f min before the end: %s",
                                leg.file().getFileName(), (leg.landingTime() - c.time()) / 60.0, c.reason()));
                    }
                } else {
                    normalSuspected++;
                    if (beforeLanding) {
                        normalResolvedBeforeLanding++;
                    } else {
                        normalOpenAtLanding++;
                    }
                    notes.add(String.format(Locale.ROOT, "RESOLVED %s %s", leg.file().getFileName(), c == null
                            ? "never" : String.format(Locale.ROOT, "%.1f min before the end: %s",
                                    (leg.landingTime() - c.time()) / 60.0, c.reason())));
                }
            }
        }

        String json() {
            return String.format(Locale.ROOT, "{\"normal_suspicions\": %d, \"resolved_before_landing\": %d, "
                    + "\"open_at_landing\": %d, \"diverted_suspicions\": %d, \"diverted_cleared\": %d}",
                    normalSuspected, normalResolvedBeforeLanding, normalOpenAtLanding, divertedSuspected,
                    divertedCleared);
        }
    }

    /** The counts behind the figures, for all legs or one source. */
    private static final class Tally {
        int diverted;
        int detected;
        int normal;
        int falsePositives;
        int airportRight;
        /** Legs, diverted or not, whose analysis names the airport they landed at. */
        int landingRight;
        /** Diverted legs suspected before landing, and those whose suspicion named the actual airport first. */
        int suspected;
        int suspectedAirportFirst;
        final List<Double> leadMinutes = new ArrayList<>();

        void add(LabelledTracks.Leg leg, Detection first, String divertedTo, Detection suspicion, String landedAt) {
            if (leg.actual().equals(landedAt)) {
                landingRight++;
            }
            if (leg.diverted()) {
                diverted++;
                if (suspicion != null) {
                    suspected++;
                    if (leg.actual().equals(suspicion.airport())) {
                        suspectedAirportFirst++;
                    }
                }
                if (first != null) {
                    detected++;
                    leadMinutes.add((leg.landingTime() - first.time()) / 60.0);
                }
                if (leg.actual().equals(divertedTo)) {
                    airportRight++;
                }
            } else {
                normal++;
                if (first != null) {
                    falsePositives++;
                }
            }
        }

        double recall() {
            return (double) detected / diverted;
        }

        double falsePositiveRate() {
            return (double) falsePositives / normal;
        }

        double airportAccuracy() {
            return (double) airportRight / diverted;
        }

        double landingAccuracy() {
            return (double) landingRight / (diverted + normal);
        }

        String json() {
            double mean = leadMinutes.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
            return String.format(Locale.ROOT, "\"diverted\": %d, \"normal\": %d, \"recall\": %.3f, "
                    + "\"false_positive_rate\": %.4f, \"false_positives\": %d, \"median_lead_min\": %.1f, "
                    + "\"mean_lead_min\": %.1f, \"airport_accuracy\": %.3f, \"suspected\": %d, "
                    + "\"suspected_airport_first\": %d, \"landing_accuracy\": %.3f", diverted, normal, recall(),
                    falsePositiveRate(), falsePositives, median(leadMinutes), mean, airportAccuracy(), suspected,
                    suspectedAirportFirst, landingAccuracy());
        }
    }

    private static double median(List<Double> values) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
