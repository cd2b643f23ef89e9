package io.divertwatch.watch;

import io.divertwatch.support.PostgresProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** {@link GeofenceResourceTest} against a real PostgreSQL. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
class GeofenceResourceOnPostgresTest extends GeofenceResourceTest {
}
