package io.divertwatch.detect;

import static org.assertj.core.api.Assertions.assertThat;

import io.divertwatch.detect.engine.DetectionEngine;
import io.divertwatch.geo.AirportIndex;
import io.divertwatch.track.StateVector;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Robustness on real flights: every labelled leg of {@code ../shared/data/tracks} is fed again
 * through each of {@link FeedFaults}, in arrival order as the poller would see it. Under every fault
 * the quality targets must still hold: of the normal legs that are quiet when clean, at most
 * 1 % may raise a diversion; of the diverted legs caught when clean, at least 95 % must still be
 * caught, at the same airport. Each leg gets every fault four times, drawn from seeds made of its file
 * name, so a run reproduces; every replay that fails is printed.
 */
class FeedFaultsOnRealLegsTest {

    private static final Set<AlertType> DETECTIONS = Set.of(AlertType.DIVERSION_SUSPECTED, AlertType.DIVERTED);
    private static final long LATE_ALLOWANCE_SECONDS = 600;
    /** Each leg gets every fault this many times, each from its own seed. */
    private static final int DRAWS = 4;

    private record Outcome(Detection first, String divertedTo) {
    }

    /** Per fault: legs it was laid over, and how many of them failed. */
    private static final class Count {
        int normal;
        int falsePositives;
        int diverted;
        int missed;
    }

    @Test
    void faultyFeedsKeepTheFalsePositiveAndRecallTargets() throws Exception {
        List<LabelledTracks.Leg> legs = LabelledTracks.scoredLegs();
        AirportIndex airports = LabelledTracks.airports();
        List<WatchedAirportSpec> watched = LabelledTracks.defaultWatchedAirports(airports);

        Map<FeedFaults, Count> counts = new EnumMap<>(FeedFaults.class);
        List<String> failures = new ArrayList<>();
        for (LabelledTracks.Leg leg : legs) {
            List<StateVector> track = leg.states();
            WatchSpec watch = leg.watch(track.get(0).icao24(), airports);
            Outcome clean = replay(track, watch, watched, airports, leg);
            boolean quietWhenClean = !leg.diverted() && clean.first == null;
            boolean caughtWhenClean = leg.diverted() && clean.first != null;
            if (!quietWhenClean && !caughtWhenClean) {
                continue;
            }
            for (int draw = 0; draw < DRAWS; draw++) {
                Random random = new Random(leg.file().getFileName().toString().hashCode() + draw);
                for (FeedFaults fault : FeedFaults.values()) {
                    List<StateVector> faulty = fault.apply(track, random, airports);
                    if (faulty != null) {
                        String failure = judge(leg, fault, clean, replay(faulty, watch, watched, airports, leg),
                                counts.computeIfAbsent(fault, f -> new Count()));
                        if (failure != null) {
                            failures.add(fault + " (draw " + draw + ") " + failure);
                        }
                    }
                }
            }
        }
        counts.forEach((fault, c) -> System.out.printf(Locale.ROOT,
                "%s: false positives %d/%d, diversions missed or misplaced %d/%d%n", fault, c.falsePositives,
                c.normal, c.missed, c.diverted));
        failures.forEach(System.out::println);

        assertThat(counts).as("faults applied").hasSize(FeedFaults.values().length);
        counts.forEach((fault, c) -> {
            assertThat(c.normal).as("%s: normal legs with room for it", fault).isGreaterThan(100);
            assertThat((double) c.falsePositives / c.normal).as("%s: false-positive rate", fault)
                    .isLessThanOrEqualTo(0.01);
            assertThat(1 - (double) c.missed / c.diverted).as("%s: recall at the right airport", fault)
                    .isGreaterThanOrEqualTo(0.95);
        });
    }

    /**
     * Counts one faulty replay of a leg; describes it when it fails. A diversion whose landing the fault
     * hides fails only when placed at another airport.
     */
    private static String judge(LabelledTracks.Leg leg, FeedFaults fault, Outcome clean, Outcome faulty,
            Count count) {
        if (!leg.diverted()) {
            count.normal++;
            if (faulty.first == null) {
                return null;
            }
            count.falsePositives++;
            return String.format(Locale.ROOT, "FP %s: %s %.1f min before the end: %s", leg.file().getFileName(),
                    faulty.first.type(), (leg.landingTime() - faulty.first.time()) / 60.0, faulty.first.summary());
        }
        count.diverted++;
        boolean caught = faulty.first != null || fault.hidesTheLanding();
        if (caught && (Objects.equals(clean.divertedTo, faulty.divertedTo)
                || fault.hidesTheLanding() && faulty.divertedTo == null)) {
            return null;
        }
        count.missed++;
        return "MISS " + leg.file().getFileName() + ": diverted to " + leg.actual() + ", DIVERTED names "
                + faulty.divertedTo + ", first detection " + (faulty.first == null ? "none" : faulty.first.type());
    }

    /** Feeds the engine in arrival order, moving data time on as the poller does, with the shipped watches. */
    private static Outcome replay(List<StateVector> feed, WatchSpec watch, List<WatchedAirportSpec> watched,
            AirportIndex airports, LabelledTracks.Leg leg) {
        DetectionEngine engine = new DetectionEngine(DetectionConfig.defaults(), airports);
        engine.setWatchContext(new WatchContext(List.of(watch), watched, List.of()));
        List<Detection> detections = new ArrayList<>();
        long now = Long.MIN_VALUE;
        for (StateVector sv : feed) {
            now = Math.max(now, sv.lastContact());
            detections.addAll(engine.advanceTo(now));
            detections.addAll(engine.accept(sv));
        }
        detections.addAll(engine.finish());
        Detection first = detections.stream()
                .filter(d -> DETECTIONS.contains(d.type()) && d.time() <= leg.landingTime() + LATE_ALLOWANCE_SECONDS)
                .findFirst().orElse(null);
        String divertedTo = detections.stream().filter(d -> d.type() == AlertType.DIVERTED).map(Detection::airport)
                .findFirst().orElse(null);
        return new Outcome(first, divertedTo);
    }
}
