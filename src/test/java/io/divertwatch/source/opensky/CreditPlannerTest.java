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
}
