package io.divertwatch.webhook;

import io.divertwatch.support.EmbeddedPostgresResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

import java.util.Map;

/** The same contract on a real PostgreSQL, where replicas run in production (also runs the Flyway migrations there). */
@QuarkusTest
@TestProfile(DeliveryClaimsPostgresTest.Postgres.class)
@WithTestResource(EmbeddedPostgresResource.class)
class DeliveryClaimsPostgresTest extends DeliveryClaimsContract {

    public static class Postgres implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.db-kind", "postgresql", "quarkus.scheduler.enabled", "false");
        }
    }
}
