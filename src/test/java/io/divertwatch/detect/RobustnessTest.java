package io.divertwatch.detect;

import static org.assertj.core.api.Assertions.assertThat;

import io.divertwatch.airport.BuiltInAirports;
import io.divertwatch.detect.engine.DetectionEngine;
import io.divertwatch.detect.engine.TrackAnalyzer;
import io.divertwatch.geo.Airport;
import io.divertwatch.geo.AirportIndex;
import io.divertwatch.geo.GeoPoint;
import io.divertwatch.geo.Geodesy;
import io.divertwatch.track.StateVector;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Bad data and unusual but normal flying: none of it may raise DIVERSION_SUSPECTED or
 * DIVERTED for a flight that lands at its destination. ZKPY is watched for every aircraft
 * throughout, so the engine has something to be wrong about.
 */
class RobustnessTest {

    private static final AirportIndex AIRPORTS = new AirportIndex(BuiltInAirports.all(), "built-in");
    private static final Set<AlertType> DIVERSION = Set.of(AlertType.DIVERSION_SUSPECTED, AlertType.DIVERTED);
    private static final long START = 1_700_000_000L;

    private static Airport airport(String ident) {
        return AIRPORTS.byIdent(ident).orElseThrow();
    }

    private static List<Detection> run(List<StateVector> track, String origin, String destination) {
        WatchSpec watch = new WatchSpec(1L, track.get(0).icao24(), null, "robustness",
                origin == null ? null : airport(origin), airport(destination), List.of(), 150);
        return new TrackAnalyzer(DetectionConfig.defaults(), AIRPORTS)
                .analyze(track, watch, List.of(new WatchedAirportSpec(airport("ZKPY"), 100, true)), List.of())
                .detections();
    }

    private static List<AlertType> types(List<Detection> detections) {
        return detections.stream().map(Detection::type).toList();
    }

    /** Beijing to Shanghai Pudong with a scripted arrival; {@code arrival} flies the last part. */
    private static TrackScript beijingToShanghaiUntil(double kmBeforePudong, double altitudeM) {
        Airport zbaa = airport("ZBAA");
        Airport zspd = airport("ZSPD");
        double inbound = Geodesy.initialBearingDeg(zspd.position(), zbaa.position());
        TrackScript script = new TrackScript("ab0001", zbaa, START, 20).ground(3);
        script.flyTo(script.ahead(Geodesy.initialBearingDeg(zbaa.position(), zspd.position()), 80), 6000, 180)
                .flyTo(Geodesy.destination(zspd.lat(), zspd.lon(), inbound, 300), 10_000, 230)
                .flyTo(Geodesy.destination(zspd.lat(), zspd.lon(), inbound, kmBeforePudong), altitudeM, 200);
        return script;
    }

    /** The track with {@code fixes} fixes from {@code from} on going round a 10 km circle about {@code centre}. */
    private static List<StateVector> circling(List<StateVector> clean, int from, int fixes, GeoPoint centre) {
        List<StateVector> spoofed = new ArrayList<>(clean);
        for (int k = 0; k < fixes; k++) {
            StateVector sv = clean.get(from + k);
            double round = k * 20.0;
            GeoPoint p = Geodesy.destination(centre.lat(), centre.lon(), round, 10);
            spoofed.set(from + k, new StateVector(sv.icao24(), sv.callsign(), null, sv.time(), sv.time(), p.lat(),
                    p.lon(), sv.baroAltitudeM(), false, sv.velocityMps(), Geodesy.normalizeDeg(round + 90), 0,
                    Double.NaN, null, "test"));
        }
        return spoofed;
    }

    @Test
    void aGoAroundAtTheDestinationAndASecondApproachIsNoDiversion() {
        Airport zspd = airport("ZSPD");
        double inbound = Geodesy.initialBearingDeg(zspd.position(), airport("ZBAA").position());
        TrackScript script = beijingToShanghaiUntil(20, 900);
        // Down to 60 m over the threshold, then the missed approach: climb out, a circuit, land.
        script.flyTo(Geodesy.destination(zspd.lat(), zspd.lon(), inbound, 1.5), zspd.elevationOrZeroM() + 60, 75)
                .flyTo(Geodesy.destination(zspd.lat(), zspd.lon(), inbound + 180, 12), 1200, 100)
                .flyTo(Geodesy.destination(zspd.lat(), zspd.lon(), inbound + 90, 20), 1200, 110)
                .flyTo(Geodesy.destination(zspd.lat(), zspd.lon(), inbound + 30, 25), 900, 110)
                .flyTo(Geodesy.destination(zspd.lat(), zspd.lon(), inbound, 15), 700, 90)
                .flyTo(zspd, 0, 75).ground(3);

        List<Detection> detections = run(script.states(), "ZBAA", "ZSPD");

        assertThat(types(detections)).doesNotContainAnyElementsOf(DIVERSION);
        assertThat(detections).isEmpty();
    }

    @Test
    void aTouchAndGoAtTheDestinationAndASecondApproachIsNoDiversion() {
        Airport zspd = airport("ZSPD");
        double inbound = Geodesy.initialBearingDeg(zspd.position(), airport("ZBAA").position());
        TrackScript script = beijingToShanghaiUntil(20, 900);
        // On the runway for 40 s at 65 m/s, off again, a circuit, and a full-stop landing.
        script.flyTo(zspd, 0, 75).ground(2, 65)
                .flyTo(Geodesy.destination(zspd.lat(), zspd.lon(), inbound + 180, 12), 1200, 100)
                .flyTo(Geodesy.destination(zspd.lat(), zspd.lon(), inbound + 90, 20), 1200, 110)
                .flyTo(Geodesy.destination(zspd.lat(), zspd.lon(), inbound + 30, 25), 900, 110)
                .flyTo(Geodesy.destination(zspd.lat(), zspd.lon(), inbound, 15), 700, 90)
                .flyTo(zspd, 0, 75).ground(3);

        assertThat(run(script.states(), "ZBAA", "ZSPD")).isEmpty();
    }

    @Test
    void aVectorInTheDestinationsTerminalAreaThatPointsAtAWatchedAirportIsNoDiversion() {
        // Vladivostok to Narita. 40 km south-west of Narita it is vectored on 293° for 30 km, about
        // the bearing of Pyongyang (1,350 km off) and 90° off Narita's, then turns back in to land: a
        // downwind leg, not a turn for Sunan.
        Airport rjaa = airport("RJAA");
        double towardSunan = Geodesy.initialBearingDeg(rjaa.position(), airport("ZKPY").position());
        GeoPoint vectorStart = Geodesy.destination(rjaa.lat(), rjaa.lon(), 200, 40);
        TrackScript script = new TrackScript("ab0010", airport("UHWW"), START, 20).ground(3);
        script.flyTo(script.ahead(Geodesy.initialBearingDeg(airport("UHWW").position(), rjaa.position()), 80), 6000,
                180).flyTo(Geodesy.destination(rjaa.lat(), rjaa.lon(), 0, 200), 10_000, 230)
                .flyTo(vectorStart, 2_500, 150)
                .flyTo(Geodesy.destination(vectorStart.lat(), vectorStart.lon(), towardSunan, 30), 2_000, 110)
                .flyTo(Geodesy.destination(rjaa.lat(), rjaa.lon(), 200, 15), 900, 90).flyTo(rjaa, 0, 75).ground(3);

        assertThat(towardSunan).isBetween(285.0, 300.0);
        assertThat(run(script.states(), "UHWW", "RJAA")).extracting(Detection::type)
                .doesNotContainAnyElementsOf(DIVERSION);
    }

    @Test
    void twentyMinutesInAHoldingPatternOutsideTheTerminalAreaIsNoDiversion() {
        Airport zspd = airport("ZSPD");
        double inbound = Geodesy.initialBearingDeg(zspd.position(), airport("ZBAA").position());
        TrackScript script = beijingToShanghaiUntil(160, 4500);
        // A racetrack: one-minute legs (about 13 km), right turns, 4 km apart, seven laps.
        GeoPoint fix = Geodesy.destination(zspd.lat(), zspd.lon(), inbound, 160);
        GeoPoint outboundStart = Geodesy.destination(fix.lat(), fix.lon(), inbound - 90, 4);
        GeoPoint outboundEnd = Geodesy.destination(outboundStart.lat(), outboundStart.lon(), inbound, 13);
        GeoPoint inboundStart = Geodesy.destination(fix.lat(), fix.lon(), inbound, 13);
        for (int lap = 0; lap < 7; lap++) {
            script.flyTo(outboundStart, 4500, 110).flyTo(outboundEnd, 4500, 110).flyTo(inboundStart, 4500, 110)
                    .flyTo(fix, 4500, 110);
        }
        script.flyTo(Geodesy.destination(zspd.lat(), zspd.lon(), inbound, 15), 900, 150).flyTo(zspd, 0, 75).ground(3);

        assertThat(run(script.states(), "ZBAA", "ZSPD")).extracting(Detection::type)
                .doesNotContainAnyElementsOf(DIVERSION);
    }

    @Test
    void aDisplayFlightThatFliesShapesFarAwayAndComesBackIsNoDiversion() {
        Airport zytx = airport("ZYTX");
        TrackScript script = new TrackScript("ab0002", zytx, START, 15).ground(3);
        GeoPoint venue = Geodesy.destination(zytx.lat(), zytx.lon(), 200, 180);
        script.flyTo(script.ahead(200, 40), 1500, 120).flyTo(venue, 1500, 150);
        // Loops and low passes at the venue: down to 150 m and back up, four times, on changing headings.
        for (int pass = 0; pass < 4; pass++) {
            double heading = pass * 90;
            script.flyTo(Geodesy.destination(venue.lat(), venue.lon(), heading, 8), 150, 110)
                    .flyTo(Geodesy.destination(venue.lat(), venue.lon(), heading + 180, 8), 150, 110)
                    .flyTo(Geodesy.destination(venue.lat(), venue.lon(), heading + 90, 10), 1500, 90)
                    .flyTo(venue, 1200, 110);
        }
        script.flyTo(Geodesy.destination(zytx.lat(), zytx.lon(), 200, 15), 600, 140).flyTo(zytx, 0, 70).ground(3);

        assertThat(run(script.states(), "ZYTX", "ZYTX")).extracting(Detection::type)
                .doesNotContainAnyElementsOf(DIVERSION);
        // Without an origin the take-off at ZYTX tells the same round trip.
        assertThat(run(script.states(), null, "ZYTX")).extracting(Detection::type)
                .doesNotContainAnyElementsOf(DIVERSION);
    }

    @Test
    void aSpoofedPositionNextToPyongyangThatSitsStillWhileTheRealPositionsStopIsNeverBelieved() {
        List<StateVector> clean = new FlightBuilder("ab0003", airport("ZYTX")).to(airport("ZSPD")).build();
        Airport zkpy = airport("ZKPY");
        int from = clean.size() / 3;
        List<StateVector> spoofed = new ArrayList<>();
        for (int i = 0; i < clean.size(); i++) {
            StateVector sv = clean.get(i);
            if (i >= from && i < from + 80) {
                // Forty minutes of one spoofed spot 20 km from Sunan, reported at cruise speed and
                // altitude; no real position meanwhile. After 25 minutes the spot is "reachable".
                sv = new StateVector(sv.icao24(), sv.callsign(), null, sv.time(), sv.time(), zkpy.lat() + 0.18,
                        zkpy.lon(), sv.baroAltitudeM(), false, sv.velocityMps(), sv.trueTrackDeg(), 0, Double.NaN,
                        null, "test");
            }
            spoofed.add(sv);
        }
        assertThat(run(clean, "ZYTX", "ZSPD")).isEmpty();
        // Believed, the spot would make a deviation, then a silence next to Sunan: nothing at all.
        assertThat(run(spoofed, "ZYTX", "ZSPD")).isEmpty();
    }

    @Test
    void aLandingSpoofedToSunanIsNeverBelieved() {
        // Beijing to Shenyang. In 2024 flights into Tel Aviv were shown landing in Beirut: from some
        // minutes before touch-down to the gate, every position sat at the other airport, 200-odd km
        // away, while altitude, speed and the ground flag went on as flown. Here the spoof puts it on
        // Sunan, 330 km from Shenyang.
        Airport zbaa = airport("ZBAA");
        Airport zytx = airport("ZYTX");
        TrackScript script = new TrackScript("ab0010", zbaa, START, 20).ground(3);
        script.flyTo(script.ahead(Geodesy.initialBearingDeg(zbaa.position(), zytx.position()), 80), 6000, 180)
                .flyTo(Geodesy.destination(zytx.lat(), zytx.lon(), 225, 120), 8000, 220)
                .flyTo(Geodesy.destination(zytx.lat(), zytx.lon(), 225, 15), 900, 140);
        int spoofFrom = script.states().size();
        script.flyTo(zytx, 0, 75).ground(30);
        List<StateVector> clean = script.states();
        // As flown, and as a receiver standing still computes it (no speed, no course) after the
        // aircraft was unheard for 20 minutes before the spoof: long enough to have flown to Sunan.
        List<StateVector> spoofed = spoofedTo(clean, spoofFrom, airport("ZKPY").position(), false);
        List<StateVector> spoofedStill = spoofedTo(clean, spoofFrom, airport("ZKPY").position(), true);
        List<StateVector> afterGap = new ArrayList<>(spoofedStill.subList(0, spoofFrom - 60));
        afterGap.addAll(spoofedStill.subList(spoofFrom, spoofedStill.size()));

        assertThat(run(clean, "ZBAA", "ZYTX")).isEmpty();
        // The real positions were lost short of Shenyang: that much may be said, nothing of Sunan.
        for (List<StateVector> track : List.of(spoofed, spoofedStill, afterGap)) {
            assertThat(types(run(track, "ZBAA", "ZYTX"))).isSubsetOf(AlertType.SIGNAL_LOST);
        }
    }

    /** The track with every fix from {@code from} on at {@code spot}; {@code still}: with no speed or course. */
    private static List<StateVector> spoofedTo(List<StateVector> clean, int from, GeoPoint spot, boolean still) {
        List<StateVector> spoofed = new ArrayList<>(clean.subList(0, from));
        for (StateVector sv : clean.subList(from, clean.size())) {
            spoofed.add(new StateVector(sv.icao24(), sv.callsign(), null, sv.time(), sv.time(), spot.lat(), spot.lon(),
                    sv.baroAltitudeM(), sv.onGround(), still ? 0 : sv.velocityMps(),
                    still ? Double.NaN : sv.trueTrackDeg(), sv.verticalRateMps(), Double.NaN, null, "test"));
        }
        return spoofed;
    }

    @Test
    void aPositionThatFreezesLowBesideAnotherAirportWhileTheAircraftFliesOnIsNoLandingThere() {
        // Beijing to Pudong over Hongqiao (45 km short of Pudong) at 900 m. There the position freezes,
        // as some receivers report jamming, while altitude and speed go on for 12 minutes down to
        // Pudong's elevation; then the record ends, the landing itself unseen.
        Airport zsss = airport("ZSSS");
        TrackScript script = new TrackScript("ab0009", airport("ZBAA"), START, 20).ground(3);
        script.flyTo(script.ahead(Geodesy.initialBearingDeg(airport("ZBAA").position(), zsss.position()), 80), 6000,
                180).flyTo(Geodesy.destination(zsss.lat(), zsss.lon(), 0, 120), 6000, 220).flyTo(zsss, 900, 110);
        List<StateVector> frozen = new ArrayList<>(script.states());
        StateVector last = frozen.get(frozen.size() - 1);
        for (int k = 1; k <= 36; k++) {
            long t = last.time() + 20L * k;
            frozen.add(new StateVector(last.icao24(), last.callsign(), null, t, t, last.lat(), last.lon(),
                    900 - 25 * k, false, 80, last.trueTrackDeg(), -1.2, Double.NaN, null, "test"));
        }

        List<Detection> detections = run(frozen, "ZBAA", "ZSPD");

        // The aircraft went on sending: it neither landed at Hongqiao nor was silent there.
        assertThat(types(detections)).doesNotContainAnyElementsOf(DIVERSION);
        assertThat(types(detections)).containsExactly(AlertType.SIGNAL_LOST);
        // Without the frozen fixes, the same low last position beside Hongqiao is a landing there.
        assertThat(run(script.states(), "ZBAA", "ZSPD")).extracting(Detection::type, Detection::airport)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(AlertType.DIVERTED, "ZSSS"));
    }

    @Test
    void spoofedPositionsCirclingAFixedSpotBesideTheRouteAreNeverFollowed() {
        // Spoofing seen over the Baltic and the Middle East: for half an hour the reported positions go
        // round a 10 km circle (at about 420 km/h) whose centre is 180 km south of where the aircraft
        // was; then the real positions come back. The circle is reachable from the last trusted fix
        // after about eight minutes, before a run of refused fixes counts as long (10 min), so it would
        // be followed; believed, the first step onto it looks like a turn away from Moscow.
        List<StateVector> clean = new FlightBuilder("ab0007", airport("EDDF")).to(airport("UUEE")).build();
        int from = clean.size() * 2 / 5;
        StateVector first = clean.get(from);
        List<StateVector> spoofed = circling(clean, from, 60, Geodesy.destination(first.lat(), first.lon(), 180, 180));

        assertThat(clean.get(1).time() - clean.get(0).time()).as("a fix every 30 s").isEqualTo(30);
        assertThat(run(clean, "EDDF", "UUEE")).isEmpty();
        assertThat(run(spoofed, "EDDF", "UUEE")).extracting(Detection::type).doesNotContainAnyElementsOf(DIVERSION);
    }

    @Test
    void aDiversionAfterASpoofingEpisodeIsStillCaught() {
        // Filed Shanghai to Moscow, flies to Pyongyang; on the way, for 15 minutes, its positions go round
        // a circle 180 km off its course, long enough to be followed. When the real positions come back
        // where the aircraft could have flown meanwhile, the circle was never its path.
        List<StateVector> clean = new FlightBuilder("ab0008", airport("ZSPD")).to(airport("ZKPY")).build();
        int from = clean.size() * 2 / 5;
        StateVector first = clean.get(from);
        List<StateVector> spoofed = circling(clean, from, 30, Geodesy.destination(first.lat(), first.lon(),
                Geodesy.normalizeDeg(first.trueTrackDeg() + 90), 180));

        List<Detection> detections = run(spoofed, "ZSPD", "UUEE");

        assertThat(detections).filteredOn(d -> d.type() == AlertType.DIVERTED).extracting(Detection::airport)
                .containsExactly("ZKPY");
    }

    @Test
    void aSecondAircraftUnderTheSameAddressThatTheTrackEndsUpFollowingHomeIsNoDiversion() {
        // The watched aircraft leaves Shanghai for Moscow and drops out of coverage 40 minutes after
        // take-off, to reappear an hour before landing. Another aircraft reported under the same address
        // (a recycled or mistyped one, or a merged feed's mix-up) is inbound to Shanghai meanwhile.
        List<StateVector> watched = new FlightBuilder("ab0006", airport("ZSPD")).to(airport("UUEE")).build();
        List<StateVector> other = new FlightBuilder("ab0006", airport("VHHH")).to(airport("ZSPD")).build();
        long start = watched.get(0).time();
        long outOfCoverage = start + 40 * 60;
        long backInCoverage = watched.get(watched.size() - 1).time() - 60 * 60;
        long otherLands = outOfCoverage + 60 * 60;
        long shift = otherLands - other.get(other.size() - 1).time() + 15;
        List<StateVector> mixed = new ArrayList<>(watched.stream()
                .filter(sv -> sv.time() <= outOfCoverage || sv.time() >= backInCoverage).toList());
        for (StateVector sv : other) {
            if (sv.time() + shift > start + 5 * 60) {
                mixed.add(new StateVector(sv.icao24(), sv.callsign(), null, sv.time() + shift, sv.time() + shift,
                        sv.lat(), sv.lon(), sv.baroAltitudeM(), sv.onGround(), sv.velocityMps(), sv.trueTrackDeg(),
                        sv.verticalRateMps(), Double.NaN, null, "test"));
            }
        }
        mixed.sort(Comparator.comparingLong(StateVector::time));

        // Once the other aircraft is the only one heard, its positions become reachable and the track
        // follows it home: believed, that would be a return to the origin.
        List<Detection> detections = run(mixed, "ZSPD", "UUEE");

        assertThat(types(detections)).doesNotContainAnyElementsOf(DIVERSION);
    }

    @Test
    void duplicatedReorderedAndStaleFixesChangeNothing() {
        List<StateVector> clean = new FlightBuilder("ab0004", airport("ZBAA")).to(airport("ZSPD")).build();
        List<StateVector> messy = new ArrayList<>();
        for (int i = 0; i < clean.size(); i++) {
            StateVector sv = clean.get(i);
            messy.add(sv);
            // Every fix again from a second feed, and every fifth one late, after its successor.
            messy.add(new StateVector(sv.icao24(), sv.callsign(), null, sv.timePosition(), sv.lastContact() + 5,
                    sv.lat(), sv.lon(), sv.baroAltitudeM(), sv.onGround(), sv.velocityMps(), sv.trueTrackDeg(),
                    sv.verticalRateMps(), Double.NaN, null, "other"));
            if (i % 5 == 0 && i + 1 < clean.size()) {
                messy.add(clean.get(i + 1));
                messy.add(sv);
                i++;
            }
        }
        // A stale position: an old timestamp at a position from earlier in the flight.
        StateVector stale = clean.get(10);
        messy.add(messy.size() / 2, stale);

        DetectionEngine engine = new DetectionEngine(DetectionConfig.defaults(), AIRPORTS);
        engine.setWatchContext(new WatchContext(List.of(new WatchSpec(1L, "ab0004", null, "x", airport("ZBAA"),
                airport("ZSPD"), List.of(), 150)), List.of(), List.of()));
        List<Detection> detections = new ArrayList<>();
        messy.forEach(sv -> detections.addAll(engine.accept(sv)));
        detections.addAll(engine.finish());

        assertThat(detections).isEmpty();
        assertThat(engine.lastLanding("ab0004").airport().ident()).isEqualTo("ZSPD");
        assertThat(engine.track("ab0004")).extracting(f -> f.time()).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void aCoverageGapOverTheSeaThatFitsTheDirectFlightIsNothing() {
        // Shanghai to Tokyo with 40 minutes unseen over the East China Sea: no stop fits in that.
        List<StateVector> full = new FlightBuilder("ab0005", airport("ZSPD")).to(airport("RJTT")).build();
        long gapStart = full.get(0).time() + 40 * 60;
        List<StateVector> gappy = full.stream()
                .filter(sv -> sv.time() < gapStart || sv.time() > gapStart + 40 * 60).toList();

        assertThat(run(gappy, "ZSPD", "RJTT")).isEmpty();
    }
}
