package io.divertwatch.auth;

import io.divertwatch.support.PostgresProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** {@link AuthTest} against a real PostgreSQL. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
class AuthOnPostgresTest extends AuthTest {
}
