package io.divertwatch.detect;

import static io.divertwatch.detect.FrankfurtSheremetyevo.EDDF;
import static io.divertwatch.detect.FrankfurtSheremetyevo.UUEE;
import static io.divertwatch.detect.FrankfurtSheremetyevo.analyzeFully;
import static io.divertwatch.detect.FrankfurtSheremetyevo.out;
import static org.assertj.core.api.Assertions.assertThat;

import io.divertwatch.detect.engine.DetectionEngine;
import io.divertwatch.detect.engine.TrackAnalyzer;
import io.divertwatch.geo.Airport;
import io.divertwatch.geo.GeoPoint;
import io.divertwatch.geo.Geodesy;
import io.divertwatch.track.StateVector;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Suspicions that resolve when their evidence goes, on Frankfurt to Sheremetyevo, and the ones that
 * must not: a display flight's early descent clears once it is back on course, long before it lands;
 * a real diversion never clears; a flight that turns away again after a clearance is a new incident.
 */
class ResolutionTest {

    private static final Airport UUDD = FrankfurtSheremetyevo.AIRPORTS.byIdent("UUDD").orElseThrow();

    @Test
    void aDisplayDescentFarOutIsClearedOnceBackOnCourseAndLongBeforeLanding() {
        // Down to 4,200 m 540 km out and a 60 km loop to the side, as a farewell flight drawing for the
        // crowd does, then a climb back to 9,000 m and on to the destination.
        GeoPoint loop = Geodesy.destination(out(540).lat(), out(540).lon(), 0, 60);
        List<StateVector> track = new TrackScript("d00001", EDDF, 1_700_000_000L, 10).ground(3)
                .flyTo(out(1_850), 11_000, 230).flyTo(out(700), 11_000, 230).flyTo(out(540), 4_200, 200)
                .flyTo(loop, 4_200, 150).flyTo(out(500), 4_200, 150).flyTo(out(400), 9_000, 220)
                .flyTo(out(200), 9_000, 230).flyTo(UUEE, 0, 80).ground(3).states();

        TrackAnalyzer.Result result = analyzeFully(track, "d00001");

        Detection suspected = only(result, AlertType.DIVERSION_SUSPECTED);
        assertThat(result.detections()).extracting(Detection::type).doesNotContain(AlertType.DIVERTED);
        Clearance cleared = clearanceOf(result, suspected);
        assertThat(cleared.reason()).startsWith("back on course for UUEE");
        double clearedKmOut = Geodesy.distanceKm(cleared.position().lat(), cleared.position().lon(), UUEE.lat(),
                UUEE.lon());
        // Five minutes after it points at the destination again and makes its way good: well before landing.
        assertThat(clearedKmOut).isGreaterThan(200);
        assertThat(cleared.time()).isGreaterThan(suspected.time()).isLessThan(result.landing().time());
    }

    @Test
    void aLateSuspicionIsClearedOnTheApproachToTheDestination() {
        // Below the arrival floor 60 km out (a stepped-down arrival the rule takes for a diversion), but
        // it lands where it was going.
        List<StateVector> track = new TrackScript("d00002", EDDF, 1_700_000_000L, 10).ground(3)
                .flyTo(out(1_850), 11_000, 230).flyTo(out(200), 11_000, 230).flyTo(out(120), 900, 150)
                .flyTo(out(20), 900, 120).flyTo(UUEE, 0, 80).ground(3).states();

        TrackAnalyzer.Result result = analyzeFully(track, "d00002");

        Detection suspected = only(result, AlertType.DIVERSION_SUSPECTED);
        Clearance cleared = clearanceOf(result, suspected);
        assertThat(cleared.reason()).matches("approaching UUEE, \\d+ km out|landed at UUEE as planned");
        assertThat(cleared.time()).isLessThanOrEqualTo(result.landing().time());
        assertThat(result.landing().airport().ident()).isEqualTo("UUEE");
    }

    @Test
    void aRealDiversionIsNeverCleared() {
        List<StateVector> track = new TrackScript("d00003", EDDF, 1_700_000_000L, 10).ground(3)
                .flyTo(out(1_850), 11_000, 230).flyTo(out(200), 11_000, 230)
                .flyTo(Geodesy.destination(UUDD.lat(), UUDD.lon(), 180, 60), 3_300, 180)
                .flyTo(UUDD, 0, 80).ground(3).states();

        TrackAnalyzer.Result result = analyzeFully(track, "d00003");

        Detection suspected = only(result, AlertType.DIVERSION_SUSPECTED);
        Detection diverted = only(result, AlertType.DIVERTED);
        assertThat(diverted.relatedKey()).isEqualTo(suspected.key());
        assertThat(result.clearances()).isEmpty();
    }

    @Test
    void turningAwayAgainAfterAClearanceIsANewSuspicionThatTheDiversionEscalates() {
        // The display descent of the first test, back on course, then 350 km out down again for Domodedovo.
        GeoPoint loop = Geodesy.destination(out(900).lat(), out(900).lon(), 0, 60);
        List<StateVector> track = new TrackScript("d00004", EDDF, 1_700_000_000L, 10).ground(3)
                .flyTo(out(1_850), 11_000, 230).flyTo(out(1_100), 11_000, 230).flyTo(out(900), 4_200, 200)
                .flyTo(loop, 4_200, 150).flyTo(out(850), 4_200, 150).flyTo(out(700), 9_000, 220)
                .flyTo(out(350), 9_000, 230).flyTo(Geodesy.destination(UUDD.lat(), UUDD.lon(), 240, 60), 2_500, 180)
                .flyTo(UUDD, 0, 80).ground(3).states();

        TrackAnalyzer.Result result = analyzeFully(track, "d00004");

        List<Detection> suspicions = result.detections().stream()
                .filter(d -> d.type() == AlertType.DIVERSION_SUSPECTED).toList();
        assertThat(suspicions).hasSize(2);
        assertThat(suspicions.get(1).key()).isNotEqualTo(suspicions.get(0).key()).endsWith("#2");
        assertThat(result.clearances()).extracting(Clearance::key).containsExactly(suspicions.get(0).key());
        assertThat(only(result, AlertType.DIVERTED).relatedKey()).isEqualTo(suspicions.get(1).key());
    }

    @Test
    void aLostSignalIsClearedWhenTheAircraftIsHeardAgain() {
        // Low (2,500 m) far from anywhere it could be landing, silent for 20 minutes, then heard again.
        List<StateVector> track = new TrackScript("d00005", EDDF, 1_700_000_000L, 10).ground(3)
                .flyTo(out(1_850), 11_000, 230).flyTo(out(1_200), 11_000, 230).flyTo(out(1_100), 2_500, 200)
                .silence(20 * 60).flyTo(out(1_000), 2_500, 200).flyTo(out(800), 9_000, 230)
                .flyTo(UUEE, 0, 80).ground(3).states();

        TrackAnalyzer.Result result = analyzeFully(track, "d00005");

        Detection lost = only(result, AlertType.SIGNAL_LOST);
        Clearance heard = clearanceOf(result, lost);
        assertThat(heard.reason()).isEqualTo("heard again after 20 min");
        assertThat(heard.time() - lost.time()).isBetween(0L, 20 * 60L + 10);
    }

    @Test
    void aRouteCorrectedWhileTheAircraftIsFarOffItClearsTheDeviationAtTheNextChecks() {
        // Filed as Frankfurt to Paris, flown to Sheremetyevo: far off the filed route within the hour. An
        // analyst corrects the watch's route while the aircraft is 1,000 km out, 1,000 km off Paris's route.
        Airport lfpg = FrankfurtSheremetyevo.AIRPORTS.byIdent("LFPG").orElseThrow();
        List<StateVector> track = new TrackScript("d00006", EDDF, 1_700_000_000L, 10).ground(3)
                .flyTo(out(1_850), 11_000, 230).flyTo(out(200), 11_000, 230).flyTo(UUEE, 0, 80).ground(3).states();
        DetectionEngine engine = new DetectionEngine(DetectionConfig.defaults(), FrankfurtSheremetyevo.AIRPORTS);
        engine.setWatchContext(new WatchContext(List.of(new WatchSpec(1L, "d00006", null, "filed", EDDF, lfpg,
                List.of(), 150)), List.of(), List.of()));
        List<Detection> detections = new ArrayList<>();
        List<Clearance> clearances = new ArrayList<>();
        long correctedAt = -1;
        for (StateVector sv : track) {
            if (correctedAt < 0 && Geodesy.distanceKm(sv.lat(), sv.lon(), UUEE.lat(), UUEE.lon()) < 1_000) {
                correctedAt = sv.time();
                engine.setWatchContext(new WatchContext(List.of(new WatchSpec(1L, "d00006", null, "corrected", EDDF,
                        UUEE, List.of(), 150)), List.of(), List.of()));
            }
            detections.addAll(engine.accept(sv));
            clearances.addAll(engine.drainClearances());
        }

        Detection deviation = detections.stream().filter(d -> d.type() == AlertType.ROUTE_DEVIATION).findFirst()
                .orElseThrow();
        assertThat(deviation.time()).isLessThan(correctedAt);
        Clearance cleared = clearances.stream().filter(c -> c.key().equals(deviation.key())).findFirst().orElseThrow();
        assertThat(cleared.reason()).startsWith("back within its 150 km corridor");
        // The two minutes the evidence must hold, the half minute between checks and a fix's spacing: not
        // the hour it takes to fly off the margin the old route allowed.
        assertThat(cleared.time() - correctedAt).isBetween(120L, 120L + 30 + 10);
    }

    private static Detection only(TrackAnalyzer.Result result, AlertType type) {
        List<Detection> found = result.detections().stream().filter(d -> d.type() == type).toList();
        assertThat(found).as(type.name()).hasSize(1);
        return found.get(0);
    }

    private static Clearance clearanceOf(TrackAnalyzer.Result result, Detection d) {
        return result.clearances().stream().filter(c -> c.key().equals(d.key())).findFirst()
                .orElseThrow(() -> new AssertionError("not cleared: " + d.summary() + " " + result.clearances()));
    }
}
