package io.divertwatch.ais;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.divertwatch.support.SharedData;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * The decoder against gpsd's hand-checked oracle: every sentence of {@code gpsd_sample.aivdm} read,
 * and every message of the types a vessel watch uses (1, 2, 3, 5, 18, 19, 24, 27) compared field by
 * field with gpsd's expected JSON ({@code gpsd_sample.aivdm.js.chk}); the other types by type and sender.
 */
class AisDecoderOracleTest {

    private static final Set<Integer> DECODED = Set.of(1, 2, 3, 5, 18, 19, 24, 27);

    @Test
    void everyMessageOfTheSampleDecodesAsGpsdSays() throws IOException {
        List<AisMessage> decoded = decodeSample();
        List<JsonNode> expected = oracle();

        // Every message gpsd reports is there, with its type and sender; type 24 parts come one by one.
        Map<String, Deque<AisMessage>> byKey = new HashMap<>();
        for (AisMessage m : decoded) {
            byKey.computeIfAbsent(m.type() + "/" + m.mmsi(), k -> new ArrayDeque<>()).add(m);
        }
        int compared = 0;
        for (JsonNode e : expected) {
            int type = e.get("type").asInt();
            String key = type + "/" + e.get("mmsi").asInt();
            Deque<AisMessage> candidates = byKey.get(key);
            assertThat(candidates).as("decoded messages of type %d from %s", type, e.get("mmsi")).isNotEmpty();
            if (type == 24) {
                compareType24(e, List.copyOf(candidates));
                compared++;
                continue;
            }
            AisMessage m = candidates.poll();
            if (DECODED.contains(type)) {
                compare(e, m);
                compared++;
            }
        }
        assertThat(compared).as("messages compared field by field").isEqualTo(expected.stream()
                .filter(e -> DECODED.contains(e.get("type").asInt())).count());
        // The oracle holds 17 of them: types 1 to 3, 5, 18, 19, 24 (two merged pairs) and 27.
        assertThat(compared).isEqualTo(17);
    }

    private static void compare(JsonNode e, AisMessage m) {
        String what = "type " + m.type() + " from " + m.mmsi();
        if (m.hasPosition()) {
            AisMessage.Position p = m.position();
            if (e.has("status")) {
                assertThat(p.status()).as(what + " status").isEqualTo(e.get("status").asInt());
            }
            assertThat(p.accuracy()).as(what + " accuracy").isEqualTo(e.get("accuracy").asBoolean());
            assertThat(p.raim()).as(what + " raim").isEqualTo(e.get("raim").asBoolean());
            double tolerance = m.type() == 27 ? 1e-4 : 1e-6;
            expectCoordinate(e.get("lon").asDouble(), 181, p.lon(), tolerance, what + " lon");
            expectCoordinate(e.get("lat").asDouble(), 91, p.lat(), tolerance, what + " lat");
            expectOrUnavailable(e.get("speed").asDouble(), m.type() == 27 ? 63 : 102.3, p.speedKn(), what + " speed");
            expectOrUnavailable(e.get("course").asDouble(), m.type() == 27 ? 511 : 360, p.courseDeg(), what + " course");
            if (e.has("heading")) {
                int heading = e.get("heading").asInt();
                assertThat(p.heading()).as(what + " heading").isEqualTo(heading == 511 ? AisMessage.NO_HEADING : heading);
            }
            if (e.has("second")) {
                assertThat(p.second()).as(what + " second").isEqualTo(e.get("second").asInt());
            }
        }
        if (m.type() == 5 || m.type() == 19) {
            AisMessage.Statics s = m.statics();
            assertThat(s.name()).as(what + " name").isEqualTo(e.get("shipname").asText());
            assertThat(s.shipType()).as(what + " ship type").isEqualTo(e.get("shiptype").asInt());
            assertThat(new int[] { s.toBow(), s.toStern(), s.toPort(), s.toStarboard() }).as(what + " dimensions")
                    .containsExactly(e.get("to_bow").asInt(), e.get("to_stern").asInt(), e.get("to_port").asInt(),
                            e.get("to_starboard").asInt());
        }
        if (m.type() == 5) {
            AisMessage.Statics s = m.statics();
            assertThat(s.imo()).as(what + " IMO").isEqualTo(e.get("imo").asInt());
            assertThat(s.callSign()).as(what + " call sign").isEqualTo(e.get("callsign").asText());
            assertThat(s.destination()).as(what + " destination").isEqualTo(e.get("destination").asText());
            assertThat(s.draughtM()).as(what + " draught").isCloseTo(e.get("draught").asDouble(), within(1e-9));
            String eta = e.get("eta").asText();
            assertThat(s.eta()).as(what + " ETA").isEqualTo(eta.startsWith("00-00") ? null : eta);
        }
    }

    /** gpsd reports a type 24 once both its parts are in: compare them together. */
    private static void compareType24(JsonNode e, List<AisMessage> parts) {
        AisMessage.Statics a = parts.stream().map(AisMessage::statics).filter(s -> s.part() == 'A').findFirst()
                .orElseThrow();
        AisMessage.Statics b = parts.stream().map(AisMessage::statics).filter(s -> s.part() == 'B').findFirst()
                .orElseThrow();
        String what = "type 24 from " + e.get("mmsi");
        assertThat(a.name()).as(what + " name").isEqualTo(e.get("shipname").asText());
        assertThat(b.shipType()).as(what + " ship type").isEqualTo(e.get("shiptype").asInt());
        assertThat(e.get("vendorid").asText()).as(what + " vendor").startsWith(b.vendorId());
        assertThat(b.model()).as(what + " model").isEqualTo(e.get("model").asInt());
        assertThat(b.serial()).as(what + " serial").isEqualTo(e.get("serial").asInt());
        assertThat(b.callSign()).as(what + " call sign").isEqualTo(e.get("callsign").asText());
        assertThat(new int[] { b.toBow(), b.toStern(), b.toPort(), b.toStarboard() }).as(what + " dimensions")
                .containsExactly(e.get("to_bow").asInt(), e.get("to_stern").asInt(), e.get("to_port").asInt(),
                        e.get("to_starboard").asInt());
    }

    private static void expectCoordinate(double expected, double unavailable, double actual, double tolerance,
            String what) {
        if (Math.abs(expected) >= unavailable) {
            assertThat(actual).as(what).isNaN();
        } else {
            assertThat(actual).as(what).isCloseTo(expected, within(tolerance));
        }
    }

    private static void expectOrUnavailable(double expected, double unavailable, double actual, String what) {
        if (expected >= unavailable) {
            assertThat(actual).as(what).isNaN();
        } else {
            assertThat(actual).as(what).isCloseTo(expected, within(1e-9));
        }
    }

    /** The sample's messages; a sentence refused must be one of the file's own invalid packet tests. */
    static List<AisMessage> decodeSample() throws IOException {
        AisReader reader = new AisReader();
        List<AisMessage> out = new ArrayList<>();
        boolean invalidSection = false;
        List<String> refused = new ArrayList<>();
        for (String line : Files.readAllLines(SharedData.require("maritime/nmea/gpsd_sample.aivdm"),
                StandardCharsets.UTF_8)) {
            invalidSection |= line.startsWith("# Invalid packet tests");
            try {
                AisMessage m = reader.read(line, 0);
                if (m != null) {
                    out.add(m);
                }
            } catch (AisFormatException e) {
                assertThat(invalidSection).as("refused outside the invalid packet tests: %s (%s)", line,
                        e.getMessage()).isTrue();
                refused.add(line);
            }
        }
        // "That fragment misses part 1, yields nothing" (and has no '!').
        assertThat(refused).containsExactly("AIVDM,2,2,1,B,00000000000,2*26");
        return out;
    }

    private static List<JsonNode> oracle() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> out = new ArrayList<>();
        for (String line : Files.readAllLines(SharedData.require("maritime/nmea/gpsd_sample.aivdm.js.chk"),
                StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                out.add(json.readTree(line));
            }
        }
        return out;
    }
}
