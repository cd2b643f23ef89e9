package io.divertwatch.source.opensky;

import static org.assertj.core.api.Assertions.assertThat;

import io.divertwatch.source.FeedJson;
import io.divertwatch.support.Corruptions;
import io.divertwatch.support.SharedData;
import io.divertwatch.track.StateVector;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The streaming parser reads every body as the tree-model parser it replaced did: every real
 * snapshot, and tens of thousands of seeded corruptions of a real row set (the same states but for the
 * origin country it no longer reads, the same rows skipped, the same bodies refused).
 */
class StreamingParserOracleTest {

    @Test
    void everyRealSnapshotReadsAsTheTreeParserReadsIt() throws Exception {
        try (Stream<Path> files = Files.list(SharedData.require("opensky"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                assertSame(Files.readAllBytes(file), file.toString());
            }
        }
    }

    @Test
    void seededCorruptionsReadAsTheTreeParserReadsThem() {
        String valid = """
                {"time": 1700000000, "states": [["4b1815", "SWR123  ", "Switzerland", 1699999990, 1699999999, 8.5, \
                47.4, 10000.0, false, 230.5, 90.0, -0.5, [123, 456], 10100.0, "1000", false, 0, 3], \
                ["~abc12", null, "", null, 1699999999, null, null, null, true, 5, 180, null, null, null, null, false, 0], \
                ["3c6444", "DLH4AB", "Germany", 1699999998, 1699999999, 9.9, 50.0, 11000, false, 240, 45, 0, null, \
                11200, "2000", false, 0]]}""";
        AtomicInteger refused = new AtomicInteger();
        Corruptions.of(valid, 26, 30_000, damaged -> {
            if (assertSame(damaged.getBytes(StandardCharsets.UTF_8), damaged)) {
                refused.incrementAndGet();
            }
        });
        // Most corruptions break the JSON; enough do not for the comparison to mean something.
        assertThat(refused.get()).isBetween(1_000, 29_000);
    }

    @Test
    void timesBeyondALongReadAsTheTreeParserReadsThem() {
        for (String time : List.of("1699999990", "-5", "9223372036854775807", "9223372036854775808",
                "99999999999999999999999", "-99999999999999999999999", "1.7e9", "1.5e30", "-1.5e30", "0")) {
            String body = "{\"time\": 1700000000, \"states\": [[\"4b1815\", \"SWR123\", \"CH\", " + time + ", "
                    + time + ", 8.5, 47.4, 10000.0, false, 230.5, 90.0, -0.5, null, 10100.0, \"1000\", false, 0]]}";
            assertThat(assertSame(body.getBytes(StandardCharsets.UTF_8), body)).as(body).isFalse();
        }
    }

    /** Both parse alike; returns whether both refused the body. */
    private static boolean assertSame(byte[] body, String what) {
        TreeStatesParser.Parsed tree = null;
        String treeRefusal = null;
        try {
            tree = TreeStatesParser.parse(body, "opensky");
        } catch (FeedJson.BadResponse e) {
            treeRefusal = e.getMessage();
        }
        OpenSkyStatesParser.Parsed streamed = null;
        try {
            streamed = OpenSkyStatesParser.parse(body, "opensky");
        } catch (FeedJson.BadResponse e) {
            assertThat(treeRefusal).as("refused only by the streaming parser (%s): %s", e.getMessage(), what)
                    .isNotNull();
            return true;
        }
        assertThat(treeRefusal).as("refused only by the tree parser: %s", what).isNull();
        assertThat(streamed.time()).as(what).isEqualTo(tree.time());
        assertThat(streamed.skippedRows()).as(what).isEqualTo(tree.skippedRows());
        // The origin country is the one field the streaming parser leaves out: nothing reads it.
        assertThat(streamed.states()).as(what).isEqualTo(tree.states().stream().map(s -> new StateVector(s.icao24(),
                s.callsign(), null, s.timePosition(), s.lastContact(), s.lat(), s.lon(), s.baroAltitudeM(), s.onGround(),
                s.velocityMps(), s.trueTrackDeg(), s.verticalRateMps(), s.geoAltitudeM(), s.squawk(), s.source()))
                .toList());
        return false;
    }
}
