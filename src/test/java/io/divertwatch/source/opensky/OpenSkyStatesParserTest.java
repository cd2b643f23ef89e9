package io.divertwatch.source.opensky;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.divertwatch.support.SharedData;

import io.divertwatch.source.FeedJson;
import io.divertwatch.support.Corruptions;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

class OpenSkyStatesParserTest {

    private static OpenSkyStatesParser.Parsed parse(String json) throws Exception {
        return OpenSkyStatesParser.parse(json.getBytes(StandardCharsets.UTF_8), "opensky");
    }

    @Test
    void readsEveryRealSnapshot() throws Exception {
        Path dir = SharedData.require("opensky");
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                OpenSkyStatesParser.Parsed parsed = OpenSkyStatesParser.parse(Files.readAllBytes(file), "opensky");
                assertThat(parsed.time()).as(file.toString()).isGreaterThan(1_000_000_000L);
                assertThat(parsed.states()).as(file.toString()).isNotEmpty();
                assertThat(parsed.states()).allSatisfy(s -> assertThat(s.icao24()).matches("[0-9a-f]{6}"));
            }
        }
        OpenSkyStatesParser.Parsed global = OpenSkyStatesParser.parse(
                Files.readAllBytes(dir.resolve("husaincode_opensky_states_all_global.json")), "opensky");
        assertThat(global.states()).hasSize(6553);
        assertThat(global.states().stream().filter(s -> s.callsign() != null && s.callsign().endsWith(" ")))
                .as("callsigns are trimmed").isEmpty();
    }

    @Test
    void handlesNullStatesNullFieldsAndEighteenFieldRows() throws Exception {
        assertThat(parse("{\"time\": 1700000000, \"states\": null}").states()).isEmpty();
        OpenSkyStatesParser.Parsed parsed = parse("""
                {"time": 1700000000, "states": [
                  ["4b1815", "SWR123  ", "Switzerland", 1699999990, 1699999999, 8.5, 47.4, 10000.0, false,
                   230.5, 90.0, 0.0, null, 10100.0, "1000", false, 0, 3],
                  ["abcdef", null, "X", null, 1699999999, null, null, null, true, null, null, null, null, null,
                   null, false, 0]
                ]}""");
        assertThat(parsed.states()).hasSize(2);
        var first = parsed.states().get(0);
        assertThat(first.callsign()).isEqualTo("SWR123");
        assertThat(first.lat()).isEqualTo(47.4);
        assertThat(first.lon()).isEqualTo(8.5);
        var second = parsed.states().get(1);
        assertThat(second.callsign()).isNull();
        assertThat(second.hasPosition()).isFalse();
        assertThat(Double.isNaN(second.velocityMps())).isTrue();
    }

    @Test
    void skipsBadRowsAndRefusesBadBodies() throws Exception {
        OpenSkyStatesParser.Parsed parsed = parse("""
                {"time": 1, "states": [["zzzzzz", null], 42, "x", ["abc123"], null]}""");
        assertThat(parsed.states()).isEmpty();
        assertThat(parsed.skippedRows()).isEqualTo(5);
        assertThatThrownBy(() -> parse("<html>502 Bad Gateway</html>")).isInstanceOf(FeedJson.BadResponse.class);
        assertThatThrownBy(() -> parse("[1,2]")).isInstanceOf(FeedJson.BadResponse.class);
        assertThatThrownBy(() -> parse("{\"states\": []}")).isInstanceOf(FeedJson.BadResponse.class);
        assertThatThrownBy(() -> parse("{\"time\": 1, \"states\": [[\"abc")).isInstanceOf(FeedJson.BadResponse.class);
    }

    @Test
    void randomlyCorruptedResponsesNeverThrowAnythingElse() {
        String valid = "{\"time\": 1700000000, \"states\": [[\"4b1815\", \"SWR123  \", \"CH\", 1699999990, 1699999999,"
                + " 8.5, 47.4, 10000.0, false, 230.5, 90.0, 0.0, null, 10100.0, \"1000\", false, 0]]}";
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
}
