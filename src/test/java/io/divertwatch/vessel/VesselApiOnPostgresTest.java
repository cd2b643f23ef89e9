package io.divertwatch.vessel;

import io.divertwatch.support.PostgresProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** {@link VesselApiTest} against a real PostgreSQL. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
class VesselApiOnPostgresTest extends VesselApiTest {
}
