package io.divertwatch.evidence;

import io.divertwatch.support.PostgresProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** {@link EvidenceBundleTest} against a real PostgreSQL. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
class EvidenceBundleOnPostgresTest extends EvidenceBundleTest {
}
