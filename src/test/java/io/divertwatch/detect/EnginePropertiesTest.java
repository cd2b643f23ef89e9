package io.divertwatch.detect;

import static org.assertj.core.api.Assertions.assertThat;

import io.divertwatch.airport.BuiltInAirports;
import io.divertwatch.detect.engine.TrackAnalyzer;
import io.divertwatch.geo.Airport;
import io.divertwatch.geo.AirportIndex;
import io.divertwatch.geo.GeoPoint;
import io.divertwatch.geo.Geodesy;
import io.divertwatch.support.Seeded;
import io.divertwatch.track.StateVector;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Invariants of the engine over generated tracks. */
class EnginePropertiesTest {

    private static final AirportIndex AIRPORTS = new AirportIndex(BuiltInAirports.all(), "built-in");
    /** Origins far from the watched airports, so that any alert would be the engine's mistake. */
    private static final List<String> ORIGINS = List.of("ZBAA", "ZSPD", "UUEE", "EGLL", "KJFK", "OMDB", "WSSS");
    private static final List<WatchedAirportSpec> WATCHED = List.of(
            new WatchedAirportSpec(airport("ZKPY"), 100, true), new WatchedAirportSpec(airport("ZKWS"), 60, true));

    private static Airport airport(String ident) {
        return AIRPORTS.byIdent(ident).orElseThrow();
    }

    private static List<Detection> analyze(List<StateVector> track, WatchSpec watch) {
        return new TrackAnalyzer(DetectionConfig.defaults(), AIRPORTS).analyze(track, watch, WATCHED, List.of())
                .detections();
    }

    /**
     * A flight that never leaves its origin area (circuits within 25 km, taxiing, radar gaps, noisy altitudes,
     * missing ground flags) and ends on the ground at its origin raises nothing, whatever its route.
     */
    @Test
    void aFlightThatNeverLeavesTheOriginAreaRaisesNothing() {
        Seeded.forAll(300L, 300, draw -> aFlightThatNeverLeavesTheOriginAreaRaisesNothing(draw.anyLong()));
    }

    private static void aFlightThatNeverLeavesTheOriginAreaRaisesNothing(long seed) {
        Random random = new Random(seed);
        Airport origin = airport(ORIGINS.get(random.nextInt(ORIGINS.size())));
        Airport destination = airport(ORIGINS.get((ORIGINS.indexOf(origin.ident()) + 1 + random.nextInt(
                ORIGINS.size() - 1)) % ORIGINS.size()));
        List<StateVector> track = new ArrayList<>();
        long t = 1_700_000_000L;
        GeoPoint p = origin.position();
        double altitude = 0;
        track.add(new StateVector("0a0a0a", "CIRC1", null, t, t, p.lat(), p.lon(), Double.NaN, true, 0, 0, 0,
                Double.NaN, null, "test"));
        int fixes = 20 + random.nextInt(400);
        for (int i = 0; i < fixes; i++) {
            t += 5 + random.nextInt(60) + (random.nextInt(40) == 0 ? random.nextInt(3 * 3600) : 0);
            GeoPoint next = Geodesy.destination(p.lat(), p.lon(), random.nextDouble() * 360, random.nextDouble() * 8);
            if (Geodesy.distanceKm(origin.position(), next) < 25) {
                p = next;
            }
            altitude = Math.max(0, Math.min(3000, altitude + random.nextGaussian() * 150));
            Boolean onGround = random.nextInt(5) == 0 ? null : altitude < 30;
            track.add(new StateVector("0a0a0a", "CIRC1", null, t, t, p.lat(), p.lon(),
                    random.nextInt(10) == 0 ? Double.NaN : altitude, onGround, 40 + random.nextDouble() * 150,
                    random.nextDouble() * 360, random.nextGaussian() * 5, Double.NaN, null, "test"));
        }
        for (int i = 0; i < 3; i++) {
            t += 10;
            track.add(new StateVector("0a0a0a", "CIRC1", null, t, t, origin.lat(), origin.lon(), Double.NaN, true, 10,
                    0, 0, Double.NaN, null, "test"));
        }
        WatchSpec watch = new WatchSpec(1L, "0a0a0a", null, "circuits", random.nextBoolean() ? origin : null,
                destination, List.of(), 150);

        assertThat(analyze(track, watch)).isEmpty();
    }

    /** Replaying the same data gives the same alerts, and an incident never alerts twice. */
    @Test
    void theSameTrackGivesTheSameAlertsEveryTimeAndNoIncidentTwice() {
        Seeded.forAll(60L, 60, draw -> theSameTrackGivesTheSameAlertsEveryTimeAndNoIncidentTwice(draw.anyLong(),
                draw.between(20, 120)));
    }

    private static void theSameTrackGivesTheSameAlertsEveryTimeAndNoIncidentTwice(long seed, int stepSeconds) {
        Random random = new Random(seed);
        Airport from = airport(ORIGINS.get(random.nextInt(ORIGINS.size())));
        Airport planned = airport("ZKPY").equals(from) ? airport("ZBAA") : airport(ORIGINS.get(random.nextInt(ORIGINS.size())));
        GeoPoint turn = Geodesy.destination(from.lat(), from.lon(), random.nextDouble() * 360, 100 + random.nextDouble() * 600);
        Airport landsAt = random.nextBoolean() ? planned : airport(ORIGINS.get(random.nextInt(ORIGINS.size())));
        List<StateVector> track = new FlightBuilder("0b0b0b", from).via(turn).to(landsAt).step(stepSeconds).build();
        WatchSpec watch = new WatchSpec(2L, "0b0b0b", null, "replay", from, planned, List.of(), 150);

        List<Detection> first = analyze(track, watch);
        List<Detection> second = analyze(track, watch);

        assertThat(second).isEqualTo(first);
        assertThat(first).extracting(Detection::key).doesNotHaveDuplicates();
    }
}
