package io.divertwatch.auth;

import io.divertwatch.support.EmbeddedPostgresResource;
import io.divertwatch.support.PostgresProfile;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** {@link AuthTest} against a real PostgreSQL. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class AuthOnPostgresTest extends AuthTest {
}
