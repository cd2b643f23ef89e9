package io.divertwatch.source.adsbx;

import static org.assertj.core.api.Assertions.assertThat;

import io.divertwatch.source.FeedJson;
import io.divertwatch.support.Corruptions;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/**
 * The streaming ADS-B Exchange v2 parser reads every body as the tree-model parser it replaced did:
 * the API shape (with {@code now} after the list, as adsb.lol sends it), the local receiver shape, and
 * tens of thousands of seeded corruptions of both.
 */
class StreamingAdsbxOracleTest {

    private static final String API = """
            {"ac": [{"hex": "4B1815", "type": "adsb_icao", "flight": "SWR123  ", "r": "HB-JHK", "t": "A333", \
            "lat": 47.4, "lon": 8.5, "alt_baro": 35000, "alt_geom": 35500, "gs": 450.0, "track": 91.5, \
            "baro_rate": -1500, "squawk": "7700", "nav_modes": ["autopilot", "tcas"], "seen_pos": 2.4, "seen": 0.5}, \
            {"hex": "~2a0f11", "alt_baro": "ground", "gs": 12.5, "lat": 40.1, "lon": 116.6, "seen": 12}], \
            "msg": "No error", "now": 1700000000500, "total": 2, "ctime": 1700000000600, "ptime": 3}""";
    private static final String LOCAL = """
            {"now": 1700000000.9, "messages": 1, "aircraft": [{"hex": "abc123", "lat": 39.3, "lon": 125.7, \
            "alt_baro": 3000, "category": "A3"}, {"hex": "def456", "seen": 3, "rssi": -20.5}]}""";

    @Test
    void seededCorruptionsReadAsTheTreeParserReadsThem() {
        for (String valid : new String[] {API, LOCAL}) {
            assertSame(valid.getBytes(StandardCharsets.UTF_8), valid);
            AtomicInteger refused = new AtomicInteger();
            Corruptions.of(valid, 26, 20_000, damaged -> {
                if (assertSame(damaged.getBytes(StandardCharsets.UTF_8), damaged)) {
                    refused.incrementAndGet();
                }
            });
            assertThat(refused.get()).isBetween(1_000, 19_000);
        }
    }

    /** Both parse alike; returns whether both refused the body. */
    private static boolean assertSame(byte[] body, String what) {
        TreeAdsbxParser.Parsed tree = null;
        String treeRefusal = null;
        try {
            tree = TreeAdsbxParser.parse(body, "adsbx");
        } catch (FeedJson.BadResponse e) {
            treeRefusal = e.getMessage();
        }
        AdsbxParser.Parsed streamed;
        try {
            streamed = AdsbxParser.parse(body, "adsbx");
        } catch (FeedJson.BadResponse e) {
            assertThat(treeRefusal).as("refused only by the streaming parser (%s): %s", e.getMessage(), what)
                    .isNotNull();
            return true;
        }
        assertThat(treeRefusal).as("refused only by the tree parser: %s", what).isNull();
        assertThat(streamed.time()).as(what).isEqualTo(tree.time());
        assertThat(streamed.skipped()).as(what).isEqualTo(tree.skipped());
        assertThat(streamed.states()).as(what).isEqualTo(tree.states());
        assertThat(streamed.identities()).as(what).isEqualTo(tree.identities());
        return false;
    }
}
