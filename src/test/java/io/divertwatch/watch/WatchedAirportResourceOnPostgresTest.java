package io.divertwatch.watch;

import io.divertwatch.support.PostgresProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** {@link WatchedAirportResourceTest} against a real PostgreSQL. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
class WatchedAirportResourceOnPostgresTest extends WatchedAirportResourceTest {
}
