package io.divertwatch.health;

import io.divertwatch.support.PostgresProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** {@link OperationsEndpointsTest} against a real PostgreSQL. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
class OperationsEndpointsOnPostgresTest extends OperationsEndpointsTest {
}
