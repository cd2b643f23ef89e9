package io.divertwatch.detect;

import static org.assertj.core.api.Assertions.assertThat;

import io.divertwatch.airport.BuiltInAirports;
import io.divertwatch.detect.engine.DetectionEngine;
import io.divertwatch.detect.engine.TrackAnalyzer;
import io.divertwatch.geo.Airport;
import io.divertwatch.geo.AirportIndex;
import io.divertwatch.geo.GeoPoint;
import io.divertwatch.geo.Geodesy;
import io.divertwatch.source.replay.SyntheticDiversion;
import io.divertwatch.track.StateVector;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

class DetectionEngineTest {

    private static final AirportIndex AIRPORTS = new AirportIndex(BuiltInAirports.all(), "built-in");

    private static Airport airport(String ident) {
        return AIRPORTS.byIdent(ident).orElseThrow();
    }

    private static WatchSpec watch(String icao24, String origin, String destination) {
        return new WatchSpec(7L, icao24, null, "test", origin == null ? null : airport(origin), airport(destination),
                List.of(), 150);
    }

    private static WatchedAirportSpec watchedZkpy() {
        return new WatchedAirportSpec(airport("ZKPY"), 100, true);
    }

    private static List<Detection> run(List<StateVector> track, WatchSpec watch, List<WatchedAirportSpec> watched) {
        return new TrackAnalyzer(DetectionConfig.defaults(), AIRPORTS).analyze(track, watch, watched, List.of()).detections();
    }

    private static List<AlertType> types(List<Detection> detections) {
        return detections.stream().map(Detection::type).toList();
    }

    @Test
    void seedCaseSuspectsPyongyangWithinTwoMinutesOfTheTurnThenSeesTheLanding() {
        List<StateVector> track = SyntheticDiversion.states(1_700_000_000L);
        List<Detection> detections = run(track, watch(SyntheticDiversion.ICAO24, "ZSPD", "UUEE"), List.of(watchedZkpy()));

        assertThat(types(detections)).containsExactly(AlertType.DIVERSION_SUSPECTED, AlertType.ROUTE_DEVIATION,
                AlertType.WATCHED_AIRPORT_APPROACH, AlertType.DIVERTED, AlertType.WATCHED_AIRPORT_LANDING);
        assertThat(detections.get(1).severity()).isEqualTo(Severity.INFO);
        Detection suspected = detections.get(0);
        long turnAt = firstTimeTrackTurnsToward(track, airport("ZKPY"));
        assertThat(suspected.time() - turnAt).isBetween(0L, 120L);
        assertThat(suspected.candidates().get(0).icao()).isEqualTo("ZKPY");
        assertThat(suspected.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(suspected.summary()).contains("ZKPY").contains("UUEE");
        assertThat(suspected.evidence()).isNotEmpty();

        Detection diverted = detections.get(3);
        assertThat(diverted.airport()).isEqualTo("ZKPY");
        assertThat(diverted.returnedToOrigin()).isFalse();
        assertThat(diverted.relatedKey()).isEqualTo(suspected.key());
        assertThat(detections.get(4).relatedKey()).isEqualTo(detections.get(2).key());
    }

    /** The first fix whose track is within 10° of the bearing to the airport after take-off. */
    private static long firstTimeTrackTurnsToward(List<StateVector> track, Airport target) {
        for (StateVector sv : track) {
            if (sv.time() - track.get(0).time() > SyntheticDiversion.TURN_AFTER_SECONDS
                    && Geodesy.headingDifferenceDeg(sv.trueTrackDeg(),
                            Geodesy.initialBearingDeg(sv.lat(), sv.lon(), target.lat(), target.lon())) < 10) {
                return sv.time();
            }
        }
        throw new AssertionError("the scenario never turns toward " + target.ident());
    }

    @Test
    void anIcaoAddressAndTheSameDigitsAsANonIcaoOneAreTwoAircraft() {
        DetectionEngine engine = new DetectionEngine(DetectionConfig.defaults(), AIRPORTS);
        engine.accept(state("abc123", 1000, 50.0, 8.0));
        engine.accept(state("~abc123", 1000, 40.0, 2.0));
        engine.accept(state("zz-not-hex", 1000, 30.0, 1.0));

        assertThat(engine.trackedAircraft()).isEqualTo(3);
        assertThat(engine.lastFix("abc123").lat()).isEqualTo(50.0);
        assertThat(engine.lastFix("~abc123").lat()).isEqualTo(40.0);
        assertThat(engine.lastFix("zz-not-hex").lat()).isEqualTo(30.0);
    }

    private static StateVector state(String icao24, long time, double lat, double lon) {
        return new StateVector(icao24, null, null, time, time, lat, lon, 10_000, false, 230, 90, 0, 10_000, null,
                "test");
    }

    @Test
    void aNormalFlightToItsDestinationRaisesNothing() {
        List<StateVector> track = new FlightBuilder("aaa001", airport("ZBAA")).to(airport("ZSPD")).build();
        assertThat(run(track, watch("aaa001", "ZBAA", "ZSPD"), List.of(watchedZkpy()))).isEmpty();
    }

    @Test
    void aReturnToTheOriginIsADiversionMarkedAsSuch() {
        Airport zbaa = airport("ZBAA");
        GeoPoint turnPoint = Geodesy.destination(zbaa.lat(), zbaa.lon(), 160, 250);
        List<StateVector> track = new FlightBuilder("aaa002", zbaa).via(turnPoint).to(zbaa).build();

        List<Detection> detections = run(track, watch("aaa002", "ZBAA", "ZSPD"), List.of());

        assertThat(types(detections)).contains(AlertType.DIVERSION_SUSPECTED, AlertType.DIVERTED);
        Detection diverted = detections.stream().filter(d -> d.type() == AlertType.DIVERTED).findFirst().orElseThrow();
        assertThat(diverted.airport()).isEqualTo("ZBAA");
        assertThat(diverted.returnedToOrigin()).isTrue();
        assertThat(diverted.summary()).contains("returned to its origin");
    }

    @Test
    void afterADiversionTheTripGoesOnFromTheDiversionAirportToItsDestination() {
        // Filed Beijing → Shanghai, put down at Shenyang, then on to Shanghai: the second flight is on
        // the route from Shenyang (Shenyang lies far off the Beijing–Shanghai corridor), and it completes it.
        List<StateVector> diverted = new FlightBuilder("aaa009", airport("ZBAA")).to(airport("ZYTX")).build();
        long later = diverted.get(diverted.size() - 1).time() + 3_600;
        List<StateVector> onward = new FlightBuilder("aaa009", airport("ZYTX")).startingAt(later)
                .to(airport("ZSPD")).build();
        List<StateVector> both = new ArrayList<>(diverted);
        both.addAll(onward);

        List<Detection> detections = run(both, watch("aaa009", "ZBAA", "ZSPD"), List.of());

        assertThat(detections).filteredOn(d -> d.type() == AlertType.DIVERTED).extracting(Detection::airport)
                .containsExactly("ZYTX");
        assertThat(detections).filteredOn(d -> d.time() >= later).as("the onward flight").isEmpty();
    }

    @Test
    void aTouchAndGoAtTheDestinationDoesNotEndTheTripADiversionAfterItIsCaught() {
        // The wheels touch Pudong for 40 s at 65 m/s: a balked landing, or a ground flag on a go-around.
        List<StateVector> track = pudongThenHongqiao("aaa010", roll -> roll.ground(2, 65));

        List<Detection> detections = run(track, watch("aaa010", "ZBAA", "ZSPD"), List.of());

        assertThat(detections).filteredOn(d -> d.type() == AlertType.DIVERTED).extracting(Detection::airport)
                .containsExactly("ZSSS");
    }

    @Test
    void aLandingThatSlowsToTaxiingAtTheDestinationEndsTheTrip() {
        // The roll at Pudong slows to 20 m/s: a full stop, and the hop to Hongqiao a new flight, which
        // the filed trip no longer covers.
        List<StateVector> track = pudongThenHongqiao("aaa011", roll -> roll.ground(1, 65).ground(1, 20));

        assertThat(run(track, watch("aaa011", "ZBAA", "ZSPD"), List.of())).isEmpty();
    }

    /**
     * Beijing to Pudong, on Pudong's runway as {@code roll} scripts it, then off again within two
     * minutes and down at Hongqiao, 45 km west.
     */
    private static List<StateVector> pudongThenHongqiao(String icao24, UnaryOperator<TrackScript> roll) {
        Airport zbaa = airport("ZBAA");
        Airport zspd = airport("ZSPD");
        TrackScript script = new TrackScript(icao24, zbaa, 1_700_000_000L, 20).ground(3);
        script.flyTo(script.ahead(Geodesy.initialBearingDeg(zbaa.position(), zspd.position()), 80), 6000, 180)
                .flyTo(Geodesy.destination(zspd.lat(), zspd.lon(), Geodesy.initialBearingDeg(zspd.position(),
                        zbaa.position()), 100), 3000, 200)
                .flyTo(zspd, 0, 75);
        roll.apply(script);
        script.flyTo(script.ahead(200, 15), 900, 90).flyTo(script.ahead(270, 30), 900, 110)
                .flyTo(airport("ZSSS"), 0, 75).ground(5);
        return script.states();
    }

    @Test
    void aTrackEndingLowNearAnotherAirportIsALandingThere() {
        // Planned to Domodedovo, last seen low over Sheremetyevo: the signal-loss landing rule.
        Airport uuee = airport("UUEE");
        List<StateVector> track = new FlightBuilder("aaa003", airport("UWWW"))
                .endingInTheAirAt(uuee.position(), uuee.elevationOrZeroM() + 150).build();

        TrackAnalyzer.Result result = new TrackAnalyzer(DetectionConfig.defaults(), AIRPORTS)
                .analyze(track, watch("aaa003", "UWWW", "UUDD"), List.of(), List.of());

        assertThat(result.landing().airport().ident()).isEqualTo("UUEE");
        assertThat(result.landing().bySignalLoss()).isTrue();
        assertThat(result.detections()).filteredOn(d -> d.type() == AlertType.DIVERTED)
                .extracting(Detection::airport).containsExactly("UUEE");
    }

    @Test
    void anyAircraftWatchedAirportAlertsForUnwatchedTraffic() {
        List<StateVector> track = new FlightBuilder("bbb001", airport("ZYTX")).to(airport("ZKPY")).build();
        DetectionEngine engine = new DetectionEngine(DetectionConfig.defaults(), AIRPORTS);
        engine.setWatchContext(new WatchContext(List.of(), List.of(watchedZkpy()), List.of()));
        List<Detection> detections = new ArrayList<>();
        track.forEach(sv -> detections.addAll(engine.accept(sv)));

        assertThat(types(detections)).containsExactly(AlertType.WATCHED_AIRPORT_APPROACH,
                AlertType.WATCHED_AIRPORT_LANDING);
        assertThat(detections.get(0).watchId()).isNull();

        DetectionEngine notForAll = new DetectionEngine(DetectionConfig.defaults(), AIRPORTS);
        notForAll.setWatchContext(new WatchContext(List.of(),
                List.of(new WatchedAirportSpec(airport("ZKPY"), 100, false)), List.of()));
        assertThat(track.stream().flatMap(sv -> notForAll.accept(sv).stream()).toList()).isEmpty();
    }

    @Test
    void aSpoofedPositionJumpNeverRaisesADiversion() {
        List<StateVector> clean = new FlightBuilder("ccc001", airport("ZBAA")).to(airport("ZSPD")).build();
        List<StateVector> spoofed = new ArrayList<>();
        int middle = clean.size() / 2;
        for (int i = 0; i < clean.size(); i++) {
            StateVector sv = clean.get(i);
            if (i >= middle && i < middle + 20) {
                // Ten minutes pinned 500 km off to the west, as jamming and spoofing do.
                GeoPoint fake = Geodesy.destination(sv.lat(), sv.lon(), 270, 500);
                sv = new StateVector(sv.icao24(), sv.callsign(), null, sv.time(), sv.time(), fake.lat(), fake.lon(),
                        sv.baroAltitudeM(), false, sv.velocityMps(), 270, 0, Double.NaN, null, "test");
            }
            spoofed.add(sv);
        }
        assertThat(run(spoofed, watch("ccc001", "ZBAA", "ZSPD"), List.of(watchedZkpy()))).isEmpty();
    }

    @Test
    void sameTrackTwiceGivesIdenticalAlertsAndNoRepeats() {
        List<StateVector> track = SyntheticDiversion.states(1_700_000_000L);
        WatchSpec watch = watch(SyntheticDiversion.ICAO24, "ZSPD", "UUEE");
        List<Detection> first = run(track, watch, List.of(watchedZkpy()));
        List<Detection> second = run(track, watch, List.of(watchedZkpy()));
        assertThat(second).isEqualTo(first);

        DetectionEngine engine = new DetectionEngine(DetectionConfig.defaults(), AIRPORTS);
        engine.setWatchContext(new WatchContext(List.of(watch), List.of(watchedZkpy()), List.of()));
        List<Detection> fed = new ArrayList<>();
        track.forEach(sv -> fed.addAll(engine.accept(sv)));
        track.forEach(sv -> fed.addAll(engine.accept(sv)));
        assertThat(fed.stream().map(Detection::key).distinct().count()).isEqualTo(fed.size());
    }

    @Test
    void aDetourOffTheCorridorIsOnlyInformational() {
        // Beijing to Shanghai by way of a point 300 km off the great circle, then landing as planned.
        Airport zbaa = airport("ZBAA");
        Airport zspd = airport("ZSPD");
        GeoPoint midway = Geodesy.destination(zbaa.lat(), zbaa.lon(), Geodesy.initialBearingDeg(zbaa.position(),
                zspd.position()), Geodesy.distanceKm(zbaa.position(), zspd.position()) / 2);
        GeoPoint detour = Geodesy.destination(midway.lat(), midway.lon(), 60, 300);
        List<StateVector> track = new FlightBuilder("eee001", zbaa).via(detour).to(zspd).build();

        List<Detection> detections = run(track, watch("eee001", "ZBAA", "ZSPD"), List.of());

        assertThat(types(detections)).containsExactly(AlertType.ROUTE_DEVIATION);
        assertThat(detections.get(0).summary()).contains("off its expected route ZBAA→ZSPD");
    }

    @Test
    void goingSilentLowAwayFromAnyAirportIsSignalLostWithReachableAirports() {
        Airport zbaa = airport("ZBAA");
        GeoPoint nowhere = Geodesy.destination(zbaa.lat(), zbaa.lon(), 100, 250);
        List<StateVector> track = new FlightBuilder("fff001", airport("ZSPD")).endingInTheAirAt(nowhere, 2000).build();

        TrackAnalyzer.Result result = new TrackAnalyzer(DetectionConfig.defaults(), AIRPORTS)
                .analyze(track, watch("fff001", "ZSPD", "ZBAA"), List.of(), List.of());

        assertThat(result.landing()).isNull();
        Detection lost = result.detections().stream().filter(d -> d.type() == AlertType.SIGNAL_LOST).findFirst()
                .orElseThrow();
        assertThat(lost.severity()).isEqualTo(Severity.WARNING);
        assertThat(lost.candidates()).extracting(Candidate::icao).contains("ZBAA");
        assertThat(lost.summary()).contains("went silent at");
    }

    @Test
    void goingSilentHighButNearAWatchedAirportIsCritical() {
        Airport zkpy = airport("ZKPY");
        GeoPoint near = Geodesy.destination(zkpy.lat(), zkpy.lon(), 270, 120);
        List<StateVector> track = new FlightBuilder("fff002", airport("ZYTX")).endingInTheAirAt(near, 9000).build();
        List<Detection> detections = run(track, watch("fff002", "ZYTX", "RKSI"), List.of(watchedZkpy()));
        assertThat(detections).filteredOn(d -> d.type() == AlertType.SIGNAL_LOST).singleElement()
                .satisfies(d -> {
                    assertThat(d.airport()).isEqualTo("ZKPY");
                    assertThat(d.severity()).isEqualTo(Severity.CRITICAL);
                });
        // An unwatched aircraft going silent there is nobody's business.
        assertThat(run(track, watch("0000ff", "ZYTX", "RKSI"), List.of(watchedZkpy())))
                .noneMatch(d -> d.type() == AlertType.SIGNAL_LOST);
    }

    @Test
    void emergencySquawkOfAWatchedAircraftAlertsOnce() {
        List<StateVector> track = new FlightBuilder("ddd001", airport("ZBAA")).to(airport("ZSPD")).squawk("7700")
                .build();
        List<Detection> detections = run(track, watch("ddd001", "ZBAA", "ZSPD"), List.of());
        assertThat(types(detections)).containsExactly(AlertType.EMERGENCY_SQUAWK);
        assertThat(detections.get(0).summary()).contains("is squawking 7700: general emergency");
        assertThat(detections.get(0).time()).isEqualTo(track.get(0).time());

        for (String code : new String[] {"7500", "7600", " 7700"}) {
            List<StateVector> squawking = new FlightBuilder("ddd002", airport("ZBAA")).to(airport("ZSPD"))
                    .squawk(code).build();
            assertThat(types(run(squawking, watch("ddd002", "ZBAA", "ZSPD"), List.of()))).as(code)
                    .containsExactly(AlertType.EMERGENCY_SQUAWK);
        }
        List<StateVector> routine = new FlightBuilder("ddd003", airport("ZBAA")).to(airport("ZSPD")).squawk("7000")
                .build();
        assertThat(run(routine, watch("ddd003", "ZBAA", "ZSPD"), List.of())).isEmpty();
    }

    /**
     * A whole poll at once gives what it gives state by state: polls of 200 states (so the look-ahead
     * runs over several batches), the same aircraft twice in one poll, repeats, late fixes and states
     * without an address or a position among them.
     */
    @Test
    void aPollFedAtOnceGivesWhatItGivesStateByState() {
        List<WatchSpec> watches = new ArrayList<>();
        List<StateVector> all = new ArrayList<>();
        for (int k = 0; k < 100; k++) {
            String icao24 = String.format("c0%04x", k);
            if (k % 2 == 0) {
                watches.add(new WatchSpec((long) k, icao24, null, "test", airport("ZSPD"), airport("UUEE"), List.of(),
                        150));
            }
            for (StateVector sv : SyntheticDiversion.states(1_700_000_000L + 7 * k)) {
                all.add(new StateVector(icao24, sv.callsign(), null, sv.timePosition(), sv.lastContact(), sv.lat(),
                        sv.lon(), sv.baroAltitudeM(), sv.onGround(), sv.velocityMps(), sv.trueTrackDeg(),
                        sv.verticalRateMps(), Double.NaN, sv.squawk(), "test"));
            }
        }
        all.sort(java.util.Comparator.comparingLong(StateVector::time));
        List<List<StateVector>> polls = new ArrayList<>();
        for (int from = 0; from < all.size(); from += 200) {
            List<StateVector> poll = new ArrayList<>(all.subList(from, Math.min(from + 200, all.size())));
            poll.add(poll.get(3));
            poll.add(57, poll.get(120));
            poll.add(90, new StateVector(null, "NOADDR", null, 0, poll.get(0).time(), 40, 120, 9000, false, 200, 90,
                    0, Double.NaN, null, "test"));
            poll.add(150, new StateVector("c0ffff", "NOPOS", null, 0, poll.get(0).time(), Double.NaN, Double.NaN,
                    9000, false, 200, 90, 0, Double.NaN, null, "test"));
            polls.add(poll);
        }
        WatchContext context = new WatchContext(watches, List.of(watchedZkpy()), List.of());
        DetectionEngine oneByOne = new DetectionEngine(DetectionConfig.defaults(), AIRPORTS);
        DetectionEngine atOnce = new DetectionEngine(DetectionConfig.defaults(), AIRPORTS);
        oneByOne.setWatchContext(context);
        atOnce.setWatchContext(context);
        List<Detection> expected = new ArrayList<>();
        List<Detection> actual = new ArrayList<>();
        for (List<StateVector> poll : polls) {
            long newest = poll.stream().mapToLong(StateVector::time).max().orElseThrow();
            poll.forEach(sv -> expected.addAll(oneByOne.accept(sv)));
            expected.addAll(oneByOne.advanceTo(newest));
            actual.addAll(atOnce.acceptAll(poll));
            actual.addAll(atOnce.advanceTo(newest));
        }

        assertThat(expected).filteredOn(d -> d.type() == AlertType.DIVERSION_SUSPECTED).hasSize(50);
        assertThat(actual).isEqualTo(expected);
        assertThat(atOnce.trackedAircraft()).isEqualTo(oneByOne.trackedAircraft()).isEqualTo(100);
        assertThat(atOnce.track("c00063")).isEqualTo(oneByOne.track("c00063")).isNotEmpty();
    }
}
