package io.divertwatch.track;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** A track's history: what it keeps, in order, and how it shares one log with other tracks. */
class TrackTest {

    private static Fix fix(long t, double lat, double lon) {
        return new Fix(t, lat, lon, 10_000, false, 230, 90, 0, null, "test");
    }

    @Test
    void dropsDuplicatesAndOutOfOrderFixes() {
        Track track = new Track("abc123", TrackLimits.DEFAULT);
        assertThat(track.offer(fix(100, 50, 10), null)).isEqualTo(Track.Acceptance.ACCEPTED);
        assertThat(track.offer(fix(100, 50, 10.01), null)).isEqualTo(Track.Acceptance.DUPLICATE);
        assertThat(track.offer(fix(90, 50, 9.9), null)).isEqualTo(Track.Acceptance.OUT_OF_ORDER);
        assertThat(track.size()).isEqualTo(1);
    }

    @Test
    void followsCallsignChangesOfEveryLengthAndAlphabet() {
        Track track = new Track("abc123", TrackLimits.DEFAULT);
        // Callsigns that pack alike if NUL or the length were ignored, one too long to pack, one not ASCII.
        String[] callsigns = {"AFL123", "AFL124", "\0AFL124", "AFL1234", "AFL12345", "AFL123456", "AFL123457",
            "RSD\u00e91", "RSD\u00e92", "AFL123"};
        long t = 0;
        for (String callsign : callsigns) {
            track.offer(fix(t += 10, 50, 10 + t / 1000.0), callsign);
            assertThat(track.callsign()).isEqualTo(callsign);
        }
        track.offer(fix(t += 10, 50, 10 + t / 1000.0), null);
        track.offer(fix(t += 10, 50, 10 + t / 1000.0), "   ");
        assertThat(track.callsign()).as("a missing or blank callsign keeps the last one").isEqualTo("AFL123");
    }

    @Test
    void keepsEachFixsSquawkWhetherSharedFreshOrInvalid() {
        Track track = new Track("abc123", TrackLimits.DEFAULT);
        // Shared strings, an equal fresh string, one that is no code, and none at all.
        String[] squawks = {"1000", "1000", new String("7700"), "7700", "1000", "89AB", null, "0000", null};
        long t = 0;
        for (String squawk : squawks) {
            t += 10;
            track.offer(new Fix(t, 50, 10 + t / 1000.0, 10_000, false, 230, 90, 0, squawk, "test"), null);
        }
        assertThat(track.lastN(squawks.length)).extracting(Fix::squawk)
                .containsExactly("1000", "1000", "7700", "7700", "1000", null, null, "0000", null);
    }

    @Test
    void previousTimeIsThatOfTheTrustedFixBeforeTheNewest() {
        Track track = new Track("abc123", TrackLimits.DEFAULT);
        assertThat(track.previousTime()).isEqualTo(Long.MIN_VALUE);
        track.offer(fix(100, 50, 10), null);
        assertThat(track.previousTime()).isEqualTo(Long.MIN_VALUE);
        track.offer(fix(110, 50, 10.01), null);
        track.offer(fix(120, 55, 10.02), null); // 550 km in 10 s: refused
        track.offer(fix(120, 50, 10.02), null); // a repeat of that time: dropped
        assertThat(track.previousTime()).isEqualTo(100);
        track.offer(fix(130, 50, 10.03), null);
        assertThat(track.previousTime()).isEqualTo(110);
        assertThat(track.back(1).time()).isEqualTo(track.previousTime());
    }

    @Test
    void toleratesRadarJitterBetweenTwoFeeds() {
        Track track = new Track("abc123", TrackLimits.DEFAULT);
        track.offer(fix(0, 40, -100), null);
        // ~1 km zig-zag one second later: noise, not a jump.
        assertThat(track.offer(fix(1, 40.008, -100), null)).isEqualTo(Track.Acceptance.ACCEPTED);
    }

    @Test
    void keepsOnlyTheRetentionWindow() {
        Track track = new Track("abc123", TrackLimits.DEFAULT.withRetentionSeconds(600).withMaxFixes(100));
        for (int i = 0; i <= 120; i++) {
            track.offer(fix(i * 10L, 50, 10 + i * 0.03), null);
        }
        assertThat(track.last().time()).isEqualTo(1200);
        // At least the retention window is kept; expired fixes go in batches up to five minutes late.
        long oldest = track.since(Long.MIN_VALUE).get(0).time();
        assertThat(oldest).isBetween(1200L - 600 - 300, 600L);
        assertThat(track.atOrBefore(600)).isNotNull();
        assertThat(track.size()).isLessThanOrEqualTo(100);
        for (int i = 121; i <= 300; i++) {
            track.offer(fix(i * 10L, 50, 10 + i * 0.03), null);
        }
        assertThat(track.since(Long.MIN_VALUE).get(0).time()).isBetween(3000L - 600 - 300, 3000L - 600);
    }

    /**
     * Twenty aircraft share one log for three hours while reads come and go at random, so histories
     * move between the log and the tracks' own rings and the log drops its old chunks. Every read
     * must still see exactly the retained window of its own aircraft.
     */
    @Test
    void historiesSharingOneLogStayWholeAndSeparateWhileMovingBetweenLogAndRing() {
        long retention = 1800;
        TrackLimits limits = TrackLimits.DEFAULT.withRetentionSeconds(retention);
        FixLog log = new FixLog(limits);
        int aircraft = 20;
        Track[] tracks = new Track[aircraft];
        List<List<Fix>> flown = new ArrayList<>();
        for (int a = 0; a < aircraft; a++) {
            tracks[a] = new Track(String.format("a%05d", a), limits, log);
            flown.add(new ArrayList<>());
        }
        Random random = new Random(3);
        for (long t = 0; t <= 3 * 3600; t += 10) {
            for (int a = 0; a < aircraft; a++) {
                // Each aircraft flies its own latitude band and altitude, so a mixed-up fix shows.
                Fix fix = new Fix(t + a, a, t * 0.002, 1000 + a, false, 230, 90, 0, null, "test");
                assertThat(tracks[a].offer(fix, null)).isEqualTo(Track.Acceptance.ACCEPTED);
                flown.get(a).add(fix);
            }
            if (t > 600 && random.nextInt(10) == 0) {
                int a = random.nextInt(aircraft);
                Track track = tracks[a];
                long newest = track.lastTime();
                List<Fix> expected = flown.get(a).stream().filter(f -> f.time() >= newest - retention).toList();
                List<Fix> read = track.since(newest - retention);
                assertThat(read).as("aircraft %d at %d", a, t).endsWith(expected.toArray(Fix[]::new));
                assertThat(read).allSatisfy(f -> assertThat(f.lat()).isEqualTo(a));
                assertThat(track.back(6).time()).isEqualTo(newest - 60);
                assertThat(track.atOrBefore(newest - 301).time()).isEqualTo(newest - 310);
            }
        }
        // Old chunks are dropped: the log holds about the retention window (with the copies handed back
        // by rings and up to two chunks of slack), not the three hours flown.
        assertThat(log.size()).isLessThan(2 * aircraft * (retention + 300) / 10 + 2 * 4096);
        assertThat(tracks[7].last().time()).isEqualTo(3 * 3600 + 7);
        assertThat(tracks[7].size()).isBetween(180, 211);
    }
}
