package io.divertwatch.alert;

import io.divertwatch.support.PostgresProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** {@link AlertResourceTest} against a real PostgreSQL. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
class AlertResourceOnPostgresTest extends AlertResourceTest {
}
