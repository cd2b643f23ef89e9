package io.divertwatch.support;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/**
 * The service as built with {@code -Dquarkus.profile=postgres}: tests with this profile and
 * {@link EmbeddedPostgresResource} run against a real PostgreSQL, Flyway migrations included.
 */
public class PostgresProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.datasource.db-kind", "postgresql");
    }
}
