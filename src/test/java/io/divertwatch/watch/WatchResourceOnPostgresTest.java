package io.divertwatch.watch;

import io.divertwatch.support.PostgresProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** {@link WatchResourceTest} against a real PostgreSQL. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
class WatchResourceOnPostgresTest extends WatchResourceTest {
}
