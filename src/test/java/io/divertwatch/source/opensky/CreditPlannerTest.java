package io.divertwatch.source.opensky;

import static org.assertj.core.api.Assertions.assertThat;

import io.divertwatch.geo.GeoPoint;
import io.divertwatch.source.PollTargets;

import java.util.List;

import org.junit.jupiter.api.Test;

class CreditPlannerTest {

    private static final long MIDNIGHT = 1_700_006_400L - Math.floorMod(1_700_006_400L, 86_400);

    /** Five watched airports far apart, as an analyst watching North Korea and its neighbours would. */
    private static final PollTargets FIVE_AIRPORTS = new PollTargets(List.of(
            place("ZKPY", 39.22, 125.67), place("UHWW", 43.40, 132.15), place("ZYTX", 41.64, 123.48),
            place("RKSI", 37.47, 126.45), place("ZBAA", 40.08, 116.60)), List.of());

    private static PollTargets.Place place(String name, double lat, double lon) {
        return new PollTargets.Place(name, new GeoPoint(lat, lon), 100);
    }

    /** Simulates a day of 1-second ticks; returns credits spent. */
    private static int simulateDay(CreditPlanner planner, PollTargets targets, int rateLimitAtPoll) {
        int polls = 0;
        for (long now = MIDNIGHT; now < MIDNIGHT + 86_400; now++) {
            CreditPlanner.Plan plan = planner.plan(targets, now);
            if (planner.due(plan.cost(), now)) {
                polls++;
                planner.spent(plan.cost(), now, null, plan.intervalSeconds());
                if (polls == rateLimitAtPoll) {
                    planner.rateLimited(now, 1800);
                }
            }
        }
        return planner.spentToday();
    }

    @Test
    void neverSpendsMoreThanTheBudgetAndSpendsMostOfIt() {
        for (int budget : new int[] { 400, 4000 }) {
            CreditPlanner planner = new CreditPlanner(budget, 10);
            long interval = planner.plan(FIVE_AIRPORTS, MIDNIGHT).intervalSeconds();
            int cost = planner.plan(FIVE_AIRPORTS, MIDNIGHT).cost();
            int spent = simulateDay(planner, FIVE_AIRPORTS, -1);
            System.out.printf("Simulated day, five watched airports, budget %d: %d credits spent (%.1f %%);"
                    + " %d credits a poll, each airport box polled every %d s%n", budget, spent, 100.0 * spent / budget,
                    cost, interval);
            assertThat(spent).as("budget %d", budget).isLessThanOrEqualTo(budget).isGreaterThanOrEqualTo((int) (budget * 0.95));
        }
    }

    @Test
    void replansFromTheBalanceOpenSkyReports() {
        CreditPlanner planner = new CreditPlanner(4000, 10);
        long before = planner.plan(FIVE_AIRPORTS, MIDNIGHT).intervalSeconds();
        // OpenSky says far less is left than our own count (another client shares the account).
        planner.spent(5, MIDNIGHT, 500, before);
        long after = planner.plan(FIVE_AIRPORTS, MIDNIGHT + before).intervalSeconds();
        assertThat(planner.creditsLeft()).isEqualTo(500);
        assertThat(after).isGreaterThan(before * 7);
    }

    @Test
    void aRateLimitPausesPollingAndTheBudgetStillHolds() {
        CreditPlanner planner = new CreditPlanner(400, 10);
        int spent = simulateDay(planner, FIVE_AIRPORTS, 10);
        // Paused for half an hour, then the rest of the budget is spread over the rest of the day.
        assertThat(spent).isLessThanOrEqualTo(400).isGreaterThanOrEqualTo(380);
    }

    @Test
    void nearbyAirportsMergeAndUnknownAircraftNeedAGlobalQuery() {
        PollTargets northKorea = new PollTargets(List.of(place("ZKPY", 39.22, 125.67), place("ZKWS", 39.17, 127.49)),
                List.of());
        List<CreditPlanner.Query> merged = CreditPlanner.queriesFor(northKorea, MIDNIGHT);
        assertThat(merged).hasSize(1);
        assertThat(merged.get(0).cost()).isEqualTo(1);

        PollTargets lost = new PollTargets(List.of(), List.of(new PollTargets.Aircraft("abc123", null, null, 0)));
        assertThat(CreditPlanner.queriesFor(lost, MIDNIGHT)).singleElement().satisfies(q -> assertThat(q.global()).isTrue());
    }

    @Test
    void costFollowsOpenSkyAreaBands() {
        assertThat(CreditPlanner.costOf(new io.divertwatch.geo.BoundingBox(0, 0, 5, 5))).isEqualTo(1);
        assertThat(CreditPlanner.costOf(new io.divertwatch.geo.BoundingBox(0, 0, 10, 10))).isEqualTo(2);
        assertThat(CreditPlanner.costOf(new io.divertwatch.geo.BoundingBox(0, 0, 20, 20))).isEqualTo(3);
        assertThat(CreditPlanner.costOf(new io.divertwatch.geo.BoundingBox(0, 0, 20, 21))).isEqualTo(4);
    }

    /** Polls at every second from {@code from} for {@code seconds}; returns each spend. */
    private static List<CreditPlanner.Spend> run(CreditPlanner planner, PollTargets targets, long from, long seconds) {
        List<CreditPlanner.Spend> spends = new java.util.ArrayList<>();
        for (long now = from; now < from + seconds; now++) {
            CreditPlanner.Plan plan = planner.plan(targets, now);
            if (planner.due(plan.cost(), now)) {
                planner.spent(plan.cost(), now, null, plan.intervalSeconds());
                spends.add(new CreditPlanner.Spend(now, plan.cost()));
            }
        }
        return spends;
    }

    private static int within(List<CreditPlanner.Spend> spends, long from, long seconds) {
        return spends.stream().filter(s -> s.time() >= from && s.time() < from + seconds)
                .mapToInt(CreditPlanner.Spend::cost).sum();
    }

    private static int busiestHour(List<CreditPlanner.Spend> spends) {
        return spends.stream().mapToInt(s -> within(spends, s.time() - 3599, 3600)).max().orElse(0);
    }

    @Test
    void aRestartLateInTheDayCatchesUpAtMostTwiceTheSteadyRate() {
        // 8,640 credits a day is 6 a minute, 360 an hour; a global poll costs 4. Nothing spent by 18:00.
        CreditPlanner planner = new CreditPlanner(8640, 5);
        long six = MIDNIGHT + 18 * 3600;
        List<CreditPlanner.Spend> spends = run(planner, new PollTargets(List.of(), List.of(
                new PollTargets.Aircraft("abc123", null, null, 0))), six, 3 * 3600);

        int firstMinute = within(spends, six, 60);
        int firstHour = within(spends, six, 3600);
        System.out.printf("Restart at 18:00 with 8,640 credits a day left: %d credits in the first minute, %d in "
                + "the first hour, %d in the busiest hour (steady 6 a minute, 360 an hour)%n", firstMinute, firstHour,
                busiestHour(spends));
        // Twice the steady rate at most: 12 a minute, rounded up to whole polls of 4.
        assertThat(firstMinute).isLessThanOrEqualTo(12);
        assertThat(busiestHour(spends)).isLessThanOrEqualTo(720).isGreaterThanOrEqualTo(700);
    }

    @Test
    void whatTheLedgerSaysWasSpentIsNotSpentAgain() {
        CreditPlanner first = new CreditPlanner(400, 10);
        List<CreditPlanner.Spend> morning = run(first, FIVE_AIRPORTS, MIDNIGHT, 12 * 3600);
        // The process restarts at noon; a new planner reads the ledger.
        CreditPlanner second = new CreditPlanner(400, 10);
        second.restore(morning, MIDNIGHT + 12 * 3600);
        assertThat(second.spentToday()).isEqualTo(first.spentToday()).isBetween(190, 210);
        List<CreditPlanner.Spend> afternoon = run(second, FIVE_AIRPORTS, MIDNIGHT + 12 * 3600, 12 * 3600);

        int day = within(morning, MIDNIGHT, 86_400) + within(afternoon, MIDNIGHT, 86_400);
        assertThat(day).isLessThanOrEqualTo(400).isGreaterThanOrEqualTo(390);
        List<CreditPlanner.Spend> all = new java.util.ArrayList<>(morning);
        all.addAll(afternoon);
        assertThat(busiestHour(all)).isLessThanOrEqualTo(2 * 400 / 24 + 4);
    }

    @Test
    void seededDaysWithRestartsAndRateLimitsKeepTheBudgetAndTheHourlyCap() {
        java.util.Random random = new java.util.Random(26);
        for (int run = 0; run < 20; run++) {
            int budget = 200 + random.nextInt(9000);
            List<CreditPlanner.Spend> ledger = new java.util.ArrayList<>();
            CreditPlanner planner = new CreditPlanner(budget, 5 + random.nextInt(10));
            long day = MIDNIGHT + run * 86_400L;
            for (long now = day; now < day + 86_400; now++) {
                if (random.nextInt(20_000) == 0) {
                    planner = new CreditPlanner(budget, 10);
                    planner.restore(ledger, now);
                }
                CreditPlanner.Plan plan = planner.plan(FIVE_AIRPORTS, now);
                if (planner.due(plan.cost(), now)) {
                    planner.spent(plan.cost(), now, null, plan.intervalSeconds());
                    ledger.add(new CreditPlanner.Spend(now, plan.cost()));
                    if (random.nextInt(200) == 0) {
                        planner.rateLimited(now, random.nextInt(3600));
                    }
                }
            }
            int cap = Math.max(4, 2 * budget / 24);
            assertThat(within(ledger, day, 86_400)).as("run %d, budget %d", run, budget).isLessThanOrEqualTo(budget);
            assertThat(busiestHour(ledger)).as("run %d, budget %d", run, budget).isLessThanOrEqualTo(cap + 1);
        }
    }
}
