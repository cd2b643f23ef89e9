package io.divertwatch.webhook;

import io.divertwatch.support.PostgresProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** {@link WebhookResourceTest} against a real PostgreSQL. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
class WebhookResourceOnPostgresTest extends WebhookResourceTest {
}
