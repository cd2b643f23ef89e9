package io.divertwatch.track;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The data-quality gate ({@link TrackGate}) through {@link Track#offer}: spoofed jumps and frozen spots
 * refused, contested paths recognised and dropped when the aircraft is back, worked with positions a
 * few kilometres apart at airliner speeds.
 */
class TrackGateTest {

    private static Fix fix(long t, double lat, double lon) {
        return new Fix(t, lat, lon, 10_000, false, 230, 90, 0, null, "test");
    }

    /** East along 50° N at 230 m/s, a fix every 10 s (2.3 km) from t = 0 to 60, the newest at 10.192° E. */
    private static Track eastForAMinute() {
        Track track = new Track("abc123", TrackLimits.DEFAULT);
        for (long t = 0; t <= 60; t += 10) {
            track.offer(fix(t, 50, 10 + t * 0.0032), null);
        }
        return track;
    }

    private static Fix at(long t, double lat, double lon, double altitudeM, boolean onGround, double mps) {
        return new Fix(t, lat, lon, altitudeM, onGround, mps, Double.NaN, 0, null, "test");
    }

    @Test
    void refusesASpoofedJumpThatThenSitsStill() {
        Track track = new Track("abc123", TrackLimits.DEFAULT);
        track.offer(fix(0, 50, 10), null);
        track.offer(fix(10, 50, 10.03), null);
        // 400 km away ten seconds later, and staying there: implausible from the last trusted fix, and
        // then sitting still while reporting flight.
        assertThat(track.offer(fix(20, 53.6, 10.03), null)).isEqualTo(Track.Acceptance.IMPLAUSIBLE_JUMP);
        assertThat(track.offer(fix(30, 53.6, 10.03), null)).isEqualTo(Track.Acceptance.FROZEN_POSITION);
        assertThat(track.offer(fix(40, 50, 10.09), null)).isEqualTo(Track.Acceptance.ACCEPTED);
        assertThat(track.back(1).time()).as("the path resumes from the last trusted fix").isEqualTo(10);
        assertThat(track.size()).isEqualTo(3);
    }

    @Test
    void aSpotSentWithoutSpeedIsFrozenOnceAnAeroplaneHasArrivedThereFlying() {
        // Then the fixes stay at the next spot and report no speed, as a receiver standing still
        // computes a spoofed position.
        Track track = eastForAMinute();
        double lon = 10 + 70 * 0.0032;
        assertThat(track.offer(at(70, 50, lon, 3000, false, 0), null)).isEqualTo(Track.Acceptance.ACCEPTED);
        // Arrived at 230 m/s: 10 s later it would be 2.3 km on; nothing with wings stops in the air.
        assertThat(track.offer(at(80, 50, lon, 3000, false, 0), null)).isEqualTo(Track.Acceptance.FROZEN_POSITION);
        // The spot stays the fault's, whatever the fixes at it go on to report: the spoofed "landing".
        assertThat(track.offer(at(90, 50, lon, 30, false, 3), null)).isEqualTo(Track.Acceptance.FROZEN_POSITION);
        assertThat(track.offer(at(100, 50, lon, 0, true, 3), null)).isEqualTo(Track.Acceptance.FROZEN_POSITION);
        // Its first fix was where the aircraft was flying to anyway: a real position, repeated.
        assertThat(track.lastTime()).isEqualTo(70);
        assertThat(track.offer(at(110, 50, lon + 0.0128, 3000, false, 230), null))
                .isEqualTo(Track.Acceptance.ACCEPTED);
    }

    @Test
    void aSpotReachedOnlyAtTheFeedsLimitAfterAGapIsDroppedAsSoonAsItSitsStillFirstFixIncluded() {
        Track track = eastForAMinute();
        // Ten minutes unheard, then 200 km north: within 1,300 km/h (217 km), beyond 230 m/s and a
        // quarter (172 km). Sent without speed, it does not move.
        assertThat(track.offer(at(660, 51.8, 10.2, 3000, false, 0), null)).isEqualTo(Track.Acceptance.ACCEPTED);
        assertThat(track.offer(at(670, 51.8, 10.2, 2950, false, 0), null))
                .isEqualTo(Track.Acceptance.FROZEN_POSITION);
        assertThat(track.lastTime()).as("the track is back at its last fix before the spot").isEqualTo(60);
        assertThat(track.previousTime()).isEqualTo(50);
        assertThat(track.size()).isEqualTo(7);
    }

    @Test
    void anUnknownSpeedSentAsZeroBeforeTheGapIsJudgedAtTheLastSpeedFlown() {
        Track track = eastForAMinute();
        // Radar data: the last fix before ten silent minutes reports 0 m/s at 3,000 m.
        track.offer(at(70, 50, 10.224, 3000, false, 0), null);
        assertThat(track.offer(at(670, 51.8, 10.2, 2500, false, 0), null)).isEqualTo(Track.Acceptance.ACCEPTED);
        assertThat(track.offer(at(680, 51.8, 10.2, 2450, false, 0), null))
                .isEqualTo(Track.Acceptance.FROZEN_POSITION);
        assertThat(track.lastTime()).isEqualTo(70);
    }

    @Test
    void aStalePositionSentAgainBetweenAnotherAircraftsFixesIsFrozen() {
        // Two aircraft under one address: ours flies east; the other's fixes, 250 km south, come
        // between, and the feed sends our newest position again with a new time.
        Track track = eastForAMinute();
        assertThat(track.offer(fix(65, 47.75, 10.2), null)).isEqualTo(Track.Acceptance.IMPLAUSIBLE_JUMP);
        assertThat(track.offer(fix(70, 50, 10 + 60 * 0.0032), null)).isEqualTo(Track.Acceptance.FROZEN_POSITION);
        assertThat(track.offer(fix(80, 50, 10 + 80 * 0.0032), null)).isEqualTo(Track.Acceptance.ACCEPTED);
    }

    @Test
    void aSpotWithinFlyingReachIsFrozenOnceItHasClimbedOrDescendedAThousandFeetWithoutMoving() {
        Track track = eastForAMinute();
        // Ten minutes unheard, then 100 km on, sent without speed: where it could have flown.
        double lon = 10.192 + 1.4;
        assertThat(track.offer(at(660, 50, lon, 3000, false, 0), null)).isEqualTo(Track.Acceptance.ACCEPTED);
        assertThat(track.offer(at(690, 50, lon, 2850, false, 0), null)).isEqualTo(Track.Acceptance.ACCEPTED);
        assertThat(track.offer(at(720, 50, lon, 2650, false, 0), null)).isEqualTo(Track.Acceptance.FROZEN_POSITION);
        assertThat(track.lastTime()).as("the spot's first fix was within reach: kept").isEqualTo(690);
    }

    @Test
    void anAircraftThatStopsAfterLandingWithoutAGroundFlagIsNotFrozen() {
        // Radar data: never on the ground. Touch-down at 77 m/s, then a minute later stopped at 61 m.
        Track track = new Track("abc123", TrackLimits.DEFAULT);
        track.offer(at(0, 45.47, -73.75, 30, false, 77), null);
        for (long t = 60; t <= 240; t += 60) {
            assertThat(track.offer(at(t, 45.45, -73.75, 61, false, 5.4), null)).isEqualTo(Track.Acceptance.ACCEPTED);
        }
    }

    @Test
    void aTrackThatGoesOnAlongALongRefusedPathIsContestedAndAReturnFromOneIsNot() {
        // Ours flies east at 230 m/s until t = 300 and is not heard again; another aircraft under the
        // same address, 500 km north on a parallel course, is heard every 30 s from t = 315.
        Track track = new Track("abc123", TrackLimits.DEFAULT);
        for (long t = 0; t <= 300; t += 30) {
            track.offer(fix(t, 50, 10 + t * 0.0032), null);
        }
        Track.Acceptance last = null;
        long t = 315;
        for (; last != Track.Acceptance.ACCEPTED; t += 30) {
            last = track.offer(fix(t, 54.5, 10 + t * 0.0032), null);
        }
        // It pulls ahead to about 600 km from our last fix, reachable at 1,300 km/h after some 29 minutes,
        // all of them refused positions.
        assertThat(t - 30).isBetween(1900L, 2200L);
        assertThat(track.contestedSince()).isEqualTo(t - 30);

        // A spoofed spot far away for 20 minutes, then the real positions again: no other path was followed.
        Track spoofed = new Track("abc124", TrackLimits.DEFAULT);
        for (long s = 0; s <= 300; s += 30) {
            spoofed.offer(fix(s, 50, 10 + s * 0.0032), null);
        }
        for (long s = 330; s < 1500; s += 30) {
            assertThat(spoofed.offer(fix(s, 40, 30), null)).isEqualTo(
                    s == 330 ? Track.Acceptance.IMPLAUSIBLE_JUMP : Track.Acceptance.FROZEN_POSITION);
        }
        assertThat(spoofed.offer(fix(1500, 50, 10 + 1500 * 0.0032), null)).isEqualTo(Track.Acceptance.ACCEPTED);
        assertThat(spoofed.contestedSince()).isEqualTo(Long.MIN_VALUE);

        // A feed glitch of a few minutes that rejoins the path is no other aircraft either.
        Track glitch = new Track("abc125", TrackLimits.DEFAULT);
        for (long s = 0; s <= 300; s += 30) {
            glitch.offer(fix(s, 50, 10 + s * 0.0032), null);
        }
        for (long s = 330; s <= 480; s += 30) {
            glitch.offer(fix(s, 51, 10 + s * 0.0032), null);
        }
        assertThat(glitch.offer(fix(510, 50, 10 + 510 * 0.0032), null)).isEqualTo(Track.Acceptance.ACCEPTED);
        assertThat(glitch.contestedSince()).isEqualTo(Long.MIN_VALUE);
    }

    @Test
    void aShortRunOfRefusedFixesFarBeyondReachThatTheTrackGoesOnFromIsAnotherPath() {
        // Cruising east at 0.0032° of longitude a second (about 820 km/h at 50° N); then positions 1.2°
        // (133 km) south moving the same way, 122 km beyond reach of the last trusted fix. They become
        // reachable after about eight minutes and are followed, before the run counts as long (10 min).
        Track far = new Track("abc126", TrackLimits.DEFAULT);
        for (long s = 0; s <= 300; s += 30) {
            far.offer(fix(s, 50, 10 + s * 0.0032), null);
        }
        long t = 330;
        for (; far.offer(fix(t, 48.8, 10 + t * 0.0032), null) == Track.Acceptance.IMPLAUSIBLE_JUMP; t += 30) {
            assertThat(t).as("still refused").isLessThan(900);
        }
        assertThat(t - 330).as("refused for").isBetween(300L, 599L);
        assertThat(far.contestedSince()).isEqualTo(t);

        // A stale position the feed then catches up on: the next positions are 40 km ahead of where the
        // stale one puts the aircraft, 29 km beyond reach, for two minutes. The same aircraft, not another path.
        Track stale = new Track("abc127", TrackLimits.DEFAULT);
        for (long s = 0; s <= 300; s += 30) {
            stale.offer(fix(s, 50, 10 + s * 0.0032), null);
        }
        long u = 330;
        for (; stale.offer(fix(u, 50, 10 + 0.56 + u * 0.0032), null) == Track.Acceptance.IMPLAUSIBLE_JUMP; u += 30) {
            assertThat(u).as("still refused").isLessThan(600);
        }
        assertThat(u).as("refused for a while").isGreaterThan(360);
        assertThat(stale.contestedSince()).isEqualTo(Long.MIN_VALUE);
    }

    /** Flies east along 50° N at 0.0032° of longitude a second (about 820 km/h), a fix every 30 s. */
    private static Track eastboundUntil(long until) {
        Track track = new Track("abc130", TrackLimits.DEFAULT);
        for (long t = 0; t <= until; t += 30) {
            track.offer(fix(t, 50, 10 + t * 0.0032), null);
        }
        return track;
    }

    @Test
    void whenTheAircraftReappearsWhereItCouldHaveFlownTheContestedPathIsDropped() {
        // Spoofed positions 500 km north on a parallel course from t = 315, followed once reachable.
        Track track = eastboundUntil(300);
        long t = 315;
        for (; track.offer(fix(t, 54.5, 10 + t * 0.0032), null) != Track.Acceptance.ACCEPTED; t += 30) {
            assertThat(t).as("still refused").isLessThan(2400);
        }
        assertThat(track.contestedSince()).isEqualTo(t);
        for (t += 30; t <= 2400; t += 30) {
            assertThat(track.offer(fix(t, 54.5, 10 + t * 0.0032), null)).isEqualTo(Track.Acceptance.ACCEPTED);
        }

        // A stale spoofed position, sent again 5 s after the newest: out of reach of the path too (21 km),
        // but not where the aircraft could have got to from its last real fix at 820 km/h.
        assertThat(track.offer(fix(2405, 54.5, 10 + 2300 * 0.0032), null)).isEqualTo(Track.Acceptance.IMPLAUSIBLE_JUMP);
        assertThat(track.contestedSince()).as("still contested").isNotEqualTo(Long.MIN_VALUE);

        // The real positions again: 500 km from the spoofed path, 490 km on from the last real fix.
        assertThat(track.offer(fix(2430, 50, 10 + 2430 * 0.0032), null)).isEqualTo(Track.Acceptance.ACCEPTED);
        assertThat(track.restoredAt()).isEqualTo(2430);
        assertThat(track.contestedSince()).isEqualTo(Long.MIN_VALUE);
        assertThat(track.previousTime()).isEqualTo(300);
        assertThat(track.back(1).time()).as("the spoofed path is gone").isEqualTo(300);
        assertThat(track.since(301)).extracting(Fix::time).containsExactly(2430L);
        assertThat(track.offer(fix(2460, 50, 10 + 2460 * 0.0032), null)).isEqualTo(Track.Acceptance.ACCEPTED);
        assertThat(track.restoredAt()).isEqualTo(2430);
    }

    @Test
    void aReturnFromASpoofedSpotAheadIsNotAnotherPath() {
        // A spoofed spot 300 km ahead, refused until reachable and then as frozen; the aircraft flies
        // on past it, and its real positions come back 50 km beyond the spot.
        Track track = eastboundUntil(300);
        for (long t = 330; t <= 1800; t += 30) {
            assertThat(track.offer(fix(t, 50, 15.16), null)).isNotEqualTo(Track.Acceptance.ACCEPTED);
        }
        assertThat(track.offer(fix(1830, 50, 10 + 1830 * 0.0032), null)).isEqualTo(Track.Acceptance.ACCEPTED);
        assertThat(track.contestedSince()).isEqualTo(Long.MIN_VALUE);
    }

    @Test
    void aRunOfRefusedFixesIsFarWhenAnyOfItsFixesIs() {
        // One stray fix 30 km ahead (19 km beyond reach), then a parallel path 130 km south (109 km
        // beyond reach), followed once reachable, after some eight minutes: the run is short (under
        // 10 min), and far from its second fix on.
        Track track = eastboundUntil(300);
        assertThat(track.offer(fix(330, 50, 10 + 330 * 0.0032 + 0.42), null))
                .isEqualTo(Track.Acceptance.IMPLAUSIBLE_JUMP);
        long t = 360;
        for (; track.offer(fix(t, 48.83, 10 + t * 0.0032), null) != Track.Acceptance.ACCEPTED; t += 30) {
            assertThat(t).as("still refused").isLessThan(930);
        }
        assertThat(track.contestedSince()).isEqualTo(t);
    }

    @Test
    void aFarPathSentByTwoFeedsThatDisagreeBySomeKilometresIsStillOnePath() {
        // The far path of the test above, each fix sent again 5 s later by a second feed that puts it
        // 6 km west (0.1° at 48.8° N): consecutive fixes of the path are out of reach of each other.
        Track track = eastboundUntil(300);
        Track.Acceptance last = null;
        for (long t = 330; last != Track.Acceptance.ACCEPTED; t += 30) {
            assertThat(t).as("still refused").isLessThan(930);
            last = track.offer(fix(t, 48.83, 10 + t * 0.0032), null);
            if (last != Track.Acceptance.ACCEPTED) {
                last = track.offer(fix(t + 5, 48.83, 10 + (t + 5) * 0.0032 - 0.1), null);
            }
        }
        assertThat(track.contestedSince()).isNotEqualTo(Long.MIN_VALUE);
    }

    @Test
    void aJumpAcrossTheCourseNeedsLessDistanceToBeAnotherPathThanOneAlongIt() {
        // 80 km south of the course (69 km beyond reach), moving the same way: no feed lag puts an
        // aircraft there. The same distance ahead is the feed catching up (reachable after ten minutes).
        Track across = eastboundUntil(300);
        long t = 330;
        for (; across.offer(fix(t, 49.28, 10 + t * 0.0032), null) != Track.Acceptance.ACCEPTED; t += 30) {
            assertThat(t).isLessThan(600);
        }
        assertThat(across.contestedSince()).isEqualTo(t);

        Track ahead = eastboundUntil(300);
        long u = 330;
        for (; ahead.offer(fix(u, 50, 10 + u * 0.0032 + 1.12), null) != Track.Acceptance.ACCEPTED; u += 30) {
            assertThat(u).isLessThan(1200);
        }
        assertThat(ahead.contestedSince()).isEqualTo(Long.MIN_VALUE);
    }

    @Test
    void neverBelievesASpoofedSpotThatSitsStillEvenOnceItIsReachable() {
        Track track = new Track("abc123", TrackLimits.DEFAULT);
        track.offer(fix(0, 50, 10), null);
        // 300 km north, then the same spot every 30 s while reporting 230 m/s: reachable at 1,300 km/h
        // after about 14 minutes, but an aircraft flying at 230 m/s does not stay put.
        for (long t = 30; t <= 1800; t += 30) {
            assertThat(track.offer(fix(t, 52.7, 10), null)).as("at %d s", t).isNotEqualTo(Track.Acceptance.ACCEPTED);
        }
        assertThat(track.size()).isEqualTo(1);
        // A hovering helicopter or a parked aircraft does stay put.
        Track slow = new Track("abc124", TrackLimits.DEFAULT);
        slow.offer(new Fix(0, 50, 10, 300, false, 5, 90, 0, null, "test"), null);
        assertThat(slow.offer(new Fix(60, 50, 10, 300, false, 5, 90, 0, null, "test"), null))
                .isEqualTo(Track.Acceptance.ACCEPTED);
    }

    @Test
    void anAircraftWhoseFixesAreRefusedForLongOrFarWentOnElsewhere() {
        Track frozen = new Track("abc126", TrackLimits.DEFAULT);
        frozen.offer(fix(0, 50, 10), null);
        assertThat(frozen.wentOnElsewhere()).as("nothing refused").isFalse();
        // The newest trusted position sent again while the aircraft reports 230 m/s: refused.
        for (long t = 30; t < 600; t += 30) {
            assertThat(frozen.offer(fix(t, 50, 10), null)).isNotEqualTo(Track.Acceptance.ACCEPTED);
        }
        assertThat(frozen.wentOnElsewhere()).as("refused for 9.5 min, close by").isFalse();
        frozen.offer(fix(630, 50, 10), null);
        assertThat(frozen.wentOnElsewhere()).as("refused for 10 min").isTrue();

        Track jumped = new Track("abc127", TrackLimits.DEFAULT);
        jumped.offer(fix(0, 50, 10), null);
        jumped.offer(fix(30, 53, 10), null);
        assertThat(jumped.wentOnElsewhere()).as("one stray fix 330 km away").isFalse();
        jumped.offer(fix(60, 53, 10.02), null);
        assertThat(jumped.wentOnElsewhere()).as("a second one").isTrue();
        jumped.offer(fix(90, 50, 10.02), null);
        assertThat(jumped.wentOnElsewhere()).as("back on the trusted path").isFalse();
    }

    @Test
    void aSpoofedSpotSentByTwoFeedsSecondsApartIsNeverBelievedEither() {
        // As above, but each spot fix comes again 2 s later from a second feed: 0.46 km of flying at
        // 230 m/s, under the kilometre a frozen position is judged by, were the step judged alone.
        Track track = new Track("abc125", TrackLimits.DEFAULT);
        track.offer(fix(0, 50, 10), null);
        for (long t = 30; t <= 1800; t += 30) {
            assertThat(track.offer(fix(t, 52.7, 10), null)).as("at %d s", t).isNotEqualTo(Track.Acceptance.ACCEPTED);
            assertThat(track.offer(fix(t + 2, 52.7, 10), null)).as("at %d s", t + 2)
                    .isNotEqualTo(Track.Acceptance.ACCEPTED);
        }
        assertThat(track.size()).isEqualTo(1);
    }
}
