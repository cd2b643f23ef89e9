package io.divertwatch.poll;

import static org.assertj.core.api.Assertions.assertThat;

import io.divertwatch.aircraft.StoredFixes;
import io.divertwatch.aircraft.StoredFixes.StoredFix;
import io.divertwatch.source.replay.SyntheticDiversion;
import io.divertwatch.track.Fix;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

/** What a new poller does after a hand-over: the stored fixes become its tracks again, silently. */
@QuarkusTest
class TrackRebuildTest {

    @Inject
    LiveEngine engine;
    @Inject
    StoredFixes stored;

    @Test
    void storedFixesRebuildTheTracksWithoutAlertsOrStoringThemAgain() {
        // The demo flight near Pyongyang, where ZKPY (watched for every aircraft) makes its fixes matter.
        long start = Instant.now().getEpochSecond() - 1800;
        List<StoredFix> fixes = SyntheticDiversion.states(start).stream().limit(400)
                .map(sv -> new StoredFix("ab1234", sv.callsign(), Fix.of(sv), null)).toList();
        stored.save(fixes);
        engine.drainRelevantFixes();

        int replayed = engine.rebuild(stored.since(start, "ab1234"));

        assertThat(replayed).isEqualTo(fixes.size());
        assertThat(engine.track("ab1234")).isNotEmpty()
                .last().satisfies(f -> assertThat(f.time()).isEqualTo(fixes.get(fixes.size() - 1).fix().time()));
        assertThat(engine.drainRelevantFixes()).as("rebuilt fixes are not stored twice").isEmpty();
    }
}
