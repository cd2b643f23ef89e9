package io.divertwatch.source.adsbx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.divertwatch.geo.GeoPoint;
import io.divertwatch.source.FeedJson;
import io.divertwatch.source.PollTargets;
import io.divertwatch.support.Corruptions;
import io.divertwatch.track.StateVector;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class AdsbxParserTest {

    private static AdsbxParser.Parsed parse(String json) throws Exception {
        return AdsbxParser.parse(json.getBytes(StandardCharsets.UTF_8), "adsbx");
    }

    @Test
    void convertsApiUnitsToSi() throws Exception {
        AdsbxParser.Parsed parsed = parse("""
                {"now": 1700000000500, "ac": [{"hex": "4B1815", "flight": "SWR123  ", "lat": 47.4, "lon": 8.5,
                  "alt_baro": 35000, "alt_geom": 35500, "gs": 450.0, "track": 91.5, "baro_rate": -1500,
                  "squawk": "7700", "seen_pos": 2.4, "seen": 0.5}]}""");
        assertThat(parsed.time()).isEqualTo(1_700_000_000L);
        StateVector s = parsed.states().get(0);
        assertThat(s.icao24()).isEqualTo("4b1815");
        assertThat(s.callsign()).isEqualTo("SWR123");
        assertThat(s.baroAltitudeM()).isCloseTo(10_668, within(0.1));
        assertThat(s.geoAltitudeM()).isCloseTo(10_820.4, within(0.1));
        assertThat(s.velocityMps()).isCloseTo(231.5, within(0.1));
        assertThat(s.verticalRateMps()).isCloseTo(-7.62, within(0.01));
        assertThat(s.timePosition()).isEqualTo(1_699_999_998L);
        assertThat(s.lastContact()).isEqualTo(1_700_000_000L);
        assertThat(s.onGround()).isFalse();
        assertThat(s.squawk()).isEqualTo("7700");
        assertThat(s.source()).isEqualTo("adsbx");
    }

    @Test
    void readsLocalReceiverFilesGroundAndNonIcaoAddresses() throws Exception {
        AdsbxParser.Parsed parsed = parse("""
                {"now": 1700000000.9, "messages": 1, "aircraft": [
                  {"hex": "~abc123", "lat": 39.2, "lon": 125.6, "alt_baro": "ground", "gs": 12, "seen_pos": 1},
                  {"hex": "abc123", "lat": 39.3, "lon": 125.7, "alt_baro": 3000},
                  {"hex": "def456", "seen": 3}
                ]}""");
        assertThat(parsed.time()).isEqualTo(1_700_000_000L);
        assertThat(parsed.states()).extracting(StateVector::icao24).containsExactly("~abc123", "abc123", "def456");
        StateVector ground = parsed.states().get(0);
        assertThat(ground.onGround()).isTrue();
        assertThat(Double.isNaN(ground.baroAltitudeM())).isTrue();
        assertThat(parsed.states().get(2).hasPosition()).isFalse();
    }

    @Test
    void emptyListsBadObjectsAndBadBodies() throws Exception {
        assertThat(parse("{\"now\": 1700000000000, \"ac\": null}").states()).isEmpty();
        assertThat(parse("{\"now\": 1700000000000, \"ac\": [1, \"x\", {}, {\"hex\": \"xyz\"}]}").skipped()).isEqualTo(4);
        assertThatThrownBy(() -> parse("<html>rate limited</html>")).isInstanceOf(FeedJson.BadResponse.class);
        assertThatThrownBy(() -> parse("{\"ac\": []}")).isInstanceOf(FeedJson.BadResponse.class);
        assertThatThrownBy(() -> parse("{\"now\": 1, \"ac\": {}}")).isInstanceOf(FeedJson.BadResponse.class);
    }

    @Test
    void randomlyCorruptedAircraftNeverThrowAnythingElse() {
        String valid = "{\"now\": 1700000000500, \"ac\": [{\"hex\": \"4b1815\", \"flight\": \"SWR123\", \"lat\": 47.4,"
                + " \"lon\": 8.5, \"alt_baro\": 35000, \"gs\": 450.0, \"track\": 91.5, \"baro_rate\": -1500,"
                + " \"seen_pos\": 2.4, \"seen\": 0.5}]}";
        Corruptions.of(valid, 42, 10_000, damaged -> {
            try {
                parse(damaged);
            } catch (FeedJson.BadResponse expected) {
                // refused as a whole: fine
            } catch (Exception e) {
                throw new AssertionError("input " + damaged + " threw " + e, e);
            }
        });
    }

    @Test
    void plansPointHexAndCallsignQueriesWithinTheApiLimits() {
        PollTargets targets = new PollTargets(
                List.of(new PollTargets.Place("ZKPY", new GeoPoint(39.2241, 125.67), 100),
                        new PollTargets.Place("huge", new GeoPoint(0, 0), 2000)),
                List.of(new PollTargets.Aircraft("abc123", null, null, 0),
                        new PollTargets.Aircraft("def456", "CCA1", null, 0),
                        new PollTargets.Aircraft(null, "KOR 151", null, 0)));
        assertThat(AdsbxSource.paths(targets)).containsExactly("/point/39.2241/125.6700/65", "/point/0.0000/0.0000/250",
                "/hex/abc123,def456", "/callsign/KOR%20151");
    }
}
