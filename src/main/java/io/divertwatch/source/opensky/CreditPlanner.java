package io.divertwatch.source.opensky;

import io.divertwatch.geo.BoundingBox;
import io.divertwatch.source.PollTargets;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * Plans OpenSky queries within the daily credit budget (docs/feeds.md). Each watched place gets a box;
 * each watched aircraft a box around its last position that grows with the time since it was seen;
 * boxes merge when one box costs no more than the two. When the plan would cost as much as a global
 * query, or a watched aircraft has no known position, one global query replaces it.
 * <p>
 * Polls are paced at the steady rate, the budget over the UTC day. OpenSky does not document when its
 * credits reset, and a rolling window would answer a burst with a 429 and a long pause, so a day that
 * started slowly (or a restart) catches up at most at twice the steady rate, and no hour ever spends more
 * than twice an even hour's share. What was spent is restored from the ledger ({@link #restore}) so that
 * a restart or another replica taking over goes on from it. The budget is never exceeded, what OpenSky
 * reports left ({@code X-Rate-Limit-Remaining}) is believed when lower, and a 429 stops polling until the
 * time OpenSky names.
 */
public final class CreditPlanner {

    static final int GLOBAL_COST = 4;
    private static final long DAY = 86_400;
    /** Airliner speed used to grow a lost aircraft's search box, km per second. */
    private static final double SEARCH_SPEED_KM_S = 0.25;
    private static final double MIN_AIRCRAFT_BOX_KM = 150;
    private static final long AIRCRAFT_STALE_SECONDS = 1800;

    public record Query(BoundingBox box) {
        public boolean global() {
            return box == null;
        }

        public int cost() {
            return box == null ? GLOBAL_COST : costOf(box);
        }

        public String describe() {
            return box == null ? "global" : String.format(java.util.Locale.ROOT, "box %.2f,%.2f..%.2f,%.2f (%.0f sq°)",
                    box.latMin(), box.lonMin(), box.latMax(), box.lonMax(), box.areaSquareDegrees());
        }
    }

    public record Plan(List<Query> queries, int cost, long intervalSeconds) {
    }

    /** Catching up, polls may come this many times faster than the steady rate, over any hour. */
    static final int CATCH_UP = 2;
    private static final long HOUR = 3600;

    /** One poll's charge: when and how many credits. */
    public record Spend(long time, int cost) {
    }

    private final int dailyCredits;
    private final long minIntervalSeconds;
    private long day = -1;
    private int spentToday;
    /** The spends of the last hour, oldest first. */
    private final ArrayDeque<Spend> lastHour = new ArrayDeque<>();
    private int spentLastHour;
    private Integer reportedRemaining;
    private long nextPollAt;
    private long blockedUntil;

    public CreditPlanner(int dailyCredits, long minIntervalSeconds) {
        this.dailyCredits = dailyCredits;
        this.minIntervalSeconds = Math.max(1, minIntervalSeconds);
    }

    /** Credit cost of a box by its area in square degrees. */
    public static int costOf(BoundingBox box) {
        if (box.isWorld()) {
            return GLOBAL_COST;
        }
        double area = box.areaSquareDegrees();
        return area <= 25 ? 1 : area <= 100 ? 2 : area <= 400 ? 3 : GLOBAL_COST;
    }

    public Plan plan(PollTargets targets, long now) {
        rollDay(now);
        List<Query> queries = queriesFor(targets, now);
        int cost = queries.stream().mapToInt(Query::cost).sum();
        return new Plan(queries, cost, intervalFor(cost, now));
    }

    /** True when a poll costing {@code cost} may run now. */
    public boolean due(int cost, long now) {
        rollDay(now);
        return cost > 0 && now >= nextPollAt && now >= blockedUntil && cost <= creditsLeft()
                && untilHourAllows(cost, now) == 0;
    }

    /** Records a poll that was sent (OpenSky charges even for answers we fail to read). */
    public void spent(int cost, long now, Integer remainingHeader, long intervalSeconds) {
        rollDay(now);
        spentToday += cost;
        if (cost > 0) {
            lastHour.addLast(new Spend(now, cost));
            spentLastHour += cost;
        }
        if (remainingHeader != null) {
            reportedRemaining = remainingHeader;
        }
        nextPollAt = now + intervalSeconds;
    }

    /**
     * Takes what the ledger says was spent (today's and the last hour's spends, any order) in place of
     * what this planner counted: after a restart, or when this replica takes over polling.
     */
    public void restore(List<Spend> spends, long now) {
        rollDay(now);
        spentToday = 0;
        lastHour.clear();
        spentLastHour = 0;
        List<Spend> ordered = new ArrayList<>(spends);
        ordered.sort(java.util.Comparator.comparingLong(Spend::time));
        long latest = Long.MIN_VALUE;
        for (Spend spend : ordered) {
            if (Math.floorDiv(spend.time(), DAY) == day) {
                spentToday += spend.cost();
            }
            if (spend.time() > now - HOUR && spend.time() <= now) {
                lastHour.addLast(spend);
                spentLastHour += spend.cost();
            }
            latest = Math.max(latest, spend.time());
        }
        if (latest != Long.MIN_VALUE && latest <= now) {
            // The last poll's pace holds for whoever polls next.
            nextPollAt = Math.max(nextPollAt, latest + intervalFor(ordered.get(ordered.size() - 1).cost(), now));
        }
    }

    /** Credits spent in the hour up to {@code now}. */
    public int spentLastHour(long now) {
        forgetBefore(now - HOUR);
        return spentLastHour;
    }

    /** After a 429: nothing until OpenSky's retry time; the balance is unknown until the next answer reports it. */
    public void rateLimited(long now, long retryAfterSeconds) {
        blockedUntil = now + Math.max(retryAfterSeconds, minIntervalSeconds);
        reportedRemaining = null;
    }

    public int creditsLeft() {
        int left = dailyCredits - spentToday;
        return Math.max(0, reportedRemaining == null ? left : Math.min(left, reportedRemaining));
    }

    public int spentToday() {
        return spentToday;
    }

    public long nextPollAt() {
        return Math.max(nextPollAt, blockedUntil);
    }

    /**
     * The steady interval for a poll of {@code cost} (the budget spread over the day); half of it while
     * behind the day's schedule; longer when the last hour already spent its catch-up share, or when
     * what is left today would not last at this pace. Never shorter than the minimum interval.
     */
    private long intervalFor(int cost, long now) {
        if (cost == 0) {
            return minIntervalSeconds;
        }
        long intoDay = Math.floorMod(now, DAY);
        long secondsLeft = DAY - intoDay;
        int left = creditsLeft();
        if (left < cost) {
            return secondsLeft;
        }
        double steady = (double) cost * DAY / dailyCredits;
        boolean behind = spentToday + cost <= (double) dailyCredits * intoDay / DAY;
        long interval = (long) Math.ceil(behind ? steady / CATCH_UP : steady);
        // What is left must last the day at this pace (OpenSky may report less than the budget says).
        interval = Math.max(interval, (long) Math.ceil((double) secondsLeft / (left / cost)));
        return Math.max(minIntervalSeconds, Math.max(interval, untilHourAllows(cost, now)));
    }

    /** Seconds until the last hour's spends leave room for {@code cost} within the hourly catch-up cap. */
    private long untilHourAllows(int cost, long now) {
        // A budget too small for one poll an hour still allows one.
        double cap = Math.max(cost, (double) CATCH_UP * dailyCredits / 24);
        forgetBefore(now - HOUR);
        int spent = spentLastHour;
        for (Spend spend : lastHour) {
            if (spent + cost <= cap) {
                return 0;
            }
            // Room comes when this spend is an hour old.
            spent -= spend.cost();
            if (spent + cost <= cap) {
                return Math.max(0, spend.time() + HOUR - now);
            }
        }
        return spent + cost <= cap ? 0 : HOUR;
    }

    private void forgetBefore(long time) {
        while (!lastHour.isEmpty() && lastHour.peekFirst().time() <= time) {
            spentLastHour -= lastHour.pollFirst().cost();
        }
    }

    private void rollDay(long now) {
        long today = Math.floorDiv(now, DAY);
        if (today != day) {
            day = today;
            spentToday = 0;
            reportedRemaining = null;
        }
    }

    static List<Query> queriesFor(PollTargets targets, long now) {
        List<BoundingBox> boxes = new ArrayList<>();
        for (PollTargets.Place place : targets.places()) {
            boxes.add(BoundingBox.around(place.position().lat(), place.position().lon(), place.radiusKm() * 1.2));
        }
        for (PollTargets.Aircraft aircraft : targets.aircraft()) {
            if (aircraft.lastPosition() == null || now - aircraft.lastSeen() > AIRCRAFT_STALE_SECONDS) {
                return List.of(new Query(null));
            }
            double radius = MIN_AIRCRAFT_BOX_KM + SEARCH_SPEED_KM_S * Math.max(0, now - aircraft.lastSeen());
            boxes.add(BoundingBox.around(aircraft.lastPosition().lat(), aircraft.lastPosition().lon(), radius));
        }
        List<BoundingBox> merged = merge(boxes);
        int cost = merged.stream().mapToInt(CreditPlanner::costOf).sum();
        if (merged.isEmpty()) {
            return List.of();
        }
        if (cost >= GLOBAL_COST) {
            return List.of(new Query(null));
        }
        return merged.stream().map(Query::new).toList();
    }

    private static List<BoundingBox> merge(List<BoundingBox> boxes) {
        List<BoundingBox> work = new ArrayList<>(boxes);
        boolean mergedAny = true;
        while (mergedAny) {
            mergedAny = false;
            outer:
            for (int i = 0; i < work.size(); i++) {
                for (int j = i + 1; j < work.size(); j++) {
                    BoundingBox union = work.get(i).union(work.get(j));
                    // One box that costs less than the two saves credits (and covers the gap between them).
                    if (costOf(union) < costOf(work.get(i)) + costOf(work.get(j))) {
                        work.set(i, union);
                        work.remove(j);
                        mergedAny = true;
                        break outer;
                    }
                }
            }
        }
        return work;
    }
}
