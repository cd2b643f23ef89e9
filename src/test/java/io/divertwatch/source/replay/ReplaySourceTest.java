package io.divertwatch.source.replay;

import static org.assertj.core.api.Assertions.assertThat;

import io.divertwatch.track.StateVector;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReplaySourceTest {

    private static ReplaySource replay(String file, double speed) {
        return new ReplaySource(new ReplayConfig() {
            @Override
            public Optional<String> file() {
                return Optional.ofNullable(file);
            }

            @Override
            public double speed() {
                return speed;
            }
        });
    }

    private static final String LINE = "{\"time\": %d, \"states\": [[\"abc123\", \"A1\", \"X\", %d, %d, %s, 50.0, 9000.0,"
            + " false, 200, 90, 0, null, null, null, false, 0]]}%n";

    @Test
    void playsOpenSkyJsonLinesAtTheSpeedUpEndingNow(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("states.jsonl");
        Files.writeString(file, String.format(LINE, 1000, 1000, 1000, "10.0") + String.format(LINE, 1600, 1600, 1600, "11.0"));
        ReplaySource source = replay(file.toString(), 60);
        List<StateVector> played = new ArrayList<>();
        for (long now = 5_000; now <= 5_012; now++) {
            played.addAll(source.poll(now).states());
        }
        // 600 s of data at 60x take 10 s of wall time, and the last fix plays at the wall time it ends.
        assertThat(played).hasSize(2);
        assertThat(played.get(1).time()).isEqualTo(5_010);
        assertThat(played.get(1).time() - played.get(0).time()).isEqualTo(600);
    }

    @Test
    void aFileWithABadLineIsRefusedWholeNotHalfPlayed(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("states.jsonl");
        Files.writeString(file, String.format(LINE, 1000, 1000, 1000, "10.0") + "not json at all\n");
        ReplaySource source = replay(file.toString(), 60);
        assertThat(source.poll(5_000).states()).isEmpty();
        assertThat(source.status().lastError()).contains("cannot replay");
    }

    @Test
    void theBundledDemoIsSyntheticAndLandsAtPyongyang() {
        assertThat(replay(null, 600).isBundledDemo()).isTrue();
        List<StateVector> all = SyntheticDiversion.states(0);
        assertThat(all.get(all.size() - 1).onGround()).isTrue();
        assertThat(all).allSatisfy(s -> assertThat(s.originCountry()).contains("synthetic"));
    }
}
