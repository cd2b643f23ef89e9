package io.divertwatch.ais;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.divertwatch.support.Corruptions;
import io.divertwatch.support.SharedData;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/**
 * Real receiver streams read whole: a log with GPS sentences between the AIS ones, a shore network's
 * stream with {@code $PGHP} times and multi-part messages, and NMEA 4 tag blocks; and damaged
 * sentences refused with a reason, never a crash.
 */
class AisStreamsTest {

    private record Read(List<AisMessage> messages, List<String> refused) {
    }

    private static Read read(String file) throws IOException {
        AisReader reader = new AisReader();
        List<AisMessage> messages = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        for (String line : Files.readAllLines(SharedData.require(file), StandardCharsets.UTF_8)) {
            try {
                AisMessage m = reader.read(line, 0);
                if (m != null) {
                    messages.add(m);
                }
            } catch (AisFormatException e) {
                refused.add(e.getMessage() + ": " + line);
            }
        }
        return new Read(messages, refused);
    }

    private static Set<Integer> located(List<AisMessage> messages) {
        Set<Integer> vessels = new HashSet<>();
        messages.stream().filter(m -> m.hasPosition() && m.position().hasLocation()).forEach(m -> vessels.add(m.mmsi()));
        return vessels;
    }

    @Test
    void aReceiverLogWithGpsSentencesBetweenYieldsItsThirtyVessels() throws IOException {
        Read log = read("maritime/nmea/gpsd_ais-nmea_lemmer_20200407.log");

        assertThat(log.refused()).isEmpty();
        // The README: 30 vessels (that report where they are), types 1, 3, 5, 8, 18 and 24.
        assertThat(located(log.messages())).hasSize(30);
        Set<Integer> types = new TreeSet<>();
        log.messages().forEach(m -> types.add(m.type()));
        assertThat(types).containsExactly(1, 3, 5, 8, 18, 24);
        assertThat(log.messages()).filteredOn(m -> m.hasPosition() && m.position().hasLocation()).allSatisfy(m -> {
            // Lemmer is in the Netherlands, at 52.8° N, 5.7° E.
            assertThat(m.position().lat()).isBetween(52.0, 54.0);
            assertThat(m.position().lon()).isBetween(4.5, 7.0);
        });
    }

    @Test
    void aShoreNetworksStreamIsTimedByItsPghpSentencesAndPutsTypeFiveBackTogether() throws IOException {
        Read stream = read("maritime/nmea/dma_aislib_stream_example_20100611.txt");

        assertThat(stream.refused()).isEmpty();
        // The README: 1,390 vessels (that report where they are) in 28 s.
        assertThat(located(stream.messages())).hasSize(1390);
        long first = stream.messages().stream().mapToLong(AisMessage::receivedAt).min().orElseThrow();
        long last = stream.messages().stream().mapToLong(AisMessage::receivedAt).max().orElseThrow();
        // The first $PGHP says 11:46:11; shore stations' clocks differ by a second or so.
        assertThat(Instant.ofEpochSecond(stream.messages().get(0).receivedAt())).isEqualTo("2010-06-11T11:46:11Z");
        assertThat(last - first).isBetween(27L, 30L);
        assertThat(stream.messages()).filteredOn(m -> m.type() == 5).isNotEmpty()
                .allSatisfy(m -> assertThat(m.statics().name()).isNotNull());
    }

    @Test
    void tagBlocksGiveEachMessageItsTime() throws IOException {
        Read tagged = read("maritime/nmea/aisdb_test_data_20211101_tagblocks.nm4");

        assertThat(tagged.messages()).hasSizeGreaterThan(900);
        assertThat(tagged.messages()).allSatisfy(m -> assertThat(Instant.ofEpochSecond(m.receivedAt()))
                .isBetween(Instant.parse("2021-11-01T00:00:00Z"), Instant.parse("2021-11-02T00:00:00Z")));
    }

    @Test
    void damagedSentencesAreRefusedWithAReasonAndNeverCrashTheReader() {
        AisReader reader = new AisReader();
        assertThatThrownBy(() -> reader.read("!AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0*4B", 0))
                .isInstanceOf(AisFormatException.class).hasMessageContaining("checksum");
        assertThatThrownBy(() -> reader.read("!AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0", 0))
                .isInstanceOf(AisFormatException.class).hasMessageContaining("checksum");
        assertThatThrownBy(() -> reader.read("!AIVDM,1,1,,A,15RT{t0PAso;90TKcjM8h6g208CQ,0*30", 0))
                .isInstanceOf(AisFormatException.class);
        Corruptions.of("\\s:42809,c:1635731889*6A\\!AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0*4A", 20261207L, 2000,
                damaged -> {
                    try {
                        reader.read(damaged, 0);
                    } catch (AisFormatException refused) {
                        assertThat(refused.getMessage()).isNotBlank();
                    }
                });
    }
}
