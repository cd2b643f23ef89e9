package io.divertwatch.support;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.List;
import java.util.Map;

/**
 * The service as built with {@code -Dquarkus.profile=postgres}, against a real PostgreSQL from
 * {@link EmbeddedPostgresResource}, Flyway migrations included. Every test class with this profile
 * shares one application and one database, so each must leave room for the others' rows.
 */
public class PostgresProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.datasource.db-kind", "postgresql");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(EmbeddedPostgresResource.class));
    }
}
