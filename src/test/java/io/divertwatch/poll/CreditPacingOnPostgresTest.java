package io.divertwatch.poll;

import io.divertwatch.support.FeedStub;
import io.divertwatch.support.PostgresProfile;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import java.util.HashMap;
import java.util.Map;

/** {@link CreditPacingTest} with the ledger on a real PostgreSQL. */
@QuarkusTest
@TestProfile(CreditPacingOnPostgresTest.SmallBudgetOnPostgres.class)
@WithTestResource(FeedStub.class)
class CreditPacingOnPostgresTest extends CreditPacingTest {

    public static class SmallBudgetOnPostgres extends PostgresProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> config = new HashMap<>(super.getConfigOverrides());
            config.putAll(new SmallBudget().getConfigOverrides());
            return config;
        }
    }
}
