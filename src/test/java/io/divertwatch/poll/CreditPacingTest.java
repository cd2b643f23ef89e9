package io.divertwatch.poll;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.divertwatch.support.Api.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.divertwatch.source.opensky.CreditLedger;
import io.divertwatch.support.FeedStub;
import io.divertwatch.support.SyntheticClock;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * A stand-in OpenSky with a small daily budget (96 credits: 4 an hour at the steady rate, a global
 * query costs 4): the poller spends at most twice the steady rate in any hour, even when the day
 * started without spending, and what another replica spent (written to the shared ledger) counts.
 */
@QuarkusTest
@TestProfile(CreditPacingTest.SmallBudget.class)
@WithTestResource(FeedStub.class)
class CreditPacingTest {

    public static class SmallBudget implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("divertwatch.source", "opensky", "divertwatch.poll.enabled", "false",
                    "divertwatch.opensky.client-id", "pacing-client", "divertwatch.opensky.client-secret", "pacing-pass",
                    "divertwatch.opensky.daily-credits", "96");
        }
    }

    @Inject
    PollCycle cycle;
    @Inject
    CreditLedger ledger;

    @Test
    void aSmallBudgetIsSpentAtMostTwiceTheSteadyRateAndAnotherReplicasSpendingCounts() {
        var stub = FeedStub.server;
        stub.stubFor(post(urlPathEqualTo("/auth/token")).willReturn(aResponse().withStatus(200)
                .withBody("{\"access_token\": \"tok-p\", \"expires_in\": 1800}")));
        stub.stubFor(get(urlPathEqualTo("/api/states/all")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withHeader("X-Rate-Limit-Remaining", "3000")
                .withBody("{\"time\": 1, \"states\": []}")));
        // A watch by callsign alone can only be found by a global query: 4 credits a poll.
        given().contentType(ContentType.JSON).body("{\"callsign\": \"PACE1\"}").post("/api/v1/watches").then()
                .statusCode(201);
        long start = SyntheticClock.claim(2 * 86_400);
        // Start at 15:00 UTC with nothing spent today: far behind the day's schedule.
        long t0 = start - Math.floorMod(start, 86_400) + 86_400 + 15 * 3600;

        List<Long> polls = pollEveryTenSeconds(t0, 3 * 3600);
        System.out.printf("Budget 96 a day, nothing spent by 15:00: polls at +%s s%n",
                polls.stream().map(p -> String.valueOf(p - t0)).toList());
        assertThat(polls.stream().filter(p -> p < t0 + 600)).as("in the first ten minutes").hasSize(1);
        for (long hour = t0; hour < t0 + 2 * 3600; hour += 600) {
            long from = hour;
            assertThat(polls.stream().filter(p -> p >= from && p < from + 3600))
                    .as("global polls in the hour from +%d s", from - t0).hasSizeLessThanOrEqualTo(2);
        }
        assertThat(polls).hasSizeGreaterThanOrEqualTo(5);
        assertThat(ledger.since("opensky", t0)).hasSize(polls.size());

        // Another replica spends the rest of today's budget; this one hears of it from the ledger.
        long later = t0 + 3 * 3600;
        ledger.record("opensky", later, 96);
        assertThat(pollEveryTenSeconds(later + 60, 3600)).as("polls after the budget was spent elsewhere").isEmpty();
    }

    private List<Long> pollEveryTenSeconds(long from, long seconds) {
        List<Long> polls = new ArrayList<>();
        for (long now = from; now < from + seconds; now += 10) {
            int before = statesRequests();
            cycle.pollAll(now);
            if (statesRequests() > before) {
                polls.add(now);
            }
        }
        return polls;
    }

    private static int statesRequests() {
        return (int) FeedStub.server.getAllServeEvents().stream()
                .filter((ServeEvent e) -> e.getRequest().getUrl().startsWith("/api/states/all")).count();
    }
}
