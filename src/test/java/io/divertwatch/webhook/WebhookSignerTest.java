package io.divertwatch.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.standardwebhooks.Webhook;

import java.net.InetAddress;
import java.net.URI;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class WebhookSignerTest {

    @Test
    void theReferenceLibraryAcceptsOurSignatures() throws Exception {
        String secret = WebhookSigner.newSecret();
        String body = "{\"specversion\":\"1.0\",\"data\":{\"summary\":\"é ✈\"}}";
        long now = System.currentTimeMillis() / 1000;
        String signature = WebhookSigner.sign(secret, "msg_1", now, body);
        new Webhook(secret).verify(body, Map.of("webhook-id", List.of("msg_1"), "webhook-timestamp",
                List.of(Long.toString(now)), "webhook-signature", List.of(signature)));
        assertThatThrownBy(() -> new Webhook(secret).verify(body + " ", Map.of("webhook-id", List.of("msg_1"),
                "webhook-timestamp", List.of(Long.toString(now)), "webhook-signature", List.of(signature))))
                .isInstanceOf(Exception.class);
    }

    @Test
    void secretsAreRandomAndWellFormed() {
        String a = WebhookSigner.newSecret();
        assertThat(a).startsWith("whsec_").isNotEqualTo(WebhookSigner.newSecret());
        assertThat(WebhookSigner.isValidSecret(a)).isTrue();
        assertThat(WebhookSigner.isValidSecret("whsec_short")).isFalse();
        assertThat(WebhookSigner.isValidSecret("plain")).isFalse();
    }

    @Test
    void guardRefusesNonPublicTargets() {
        for (String url : List.of("http://127.0.0.1/x", "http://10.0.0.1/", "http://169.254.169.254/latest/meta-data",
                "http://[::1]/", "http://100.64.0.1/", "http://[fd00::1]/", "http://[::ffff:192.168.1.1]/",
                "http://[64:ff9b::a00:1]/", "http://localhost:8080/", "ftp://example.org/", "http://user:pw@8.8.8.8/")) {
            assertThatThrownBy(() -> TargetGuard.check(URI.create(url), false)).as(url)
                    .isInstanceOf(TargetGuard.RefusedTarget.class);
        }
    }

    @Test
    void guardAllowsPublicAddressesAndLoopbackWhenConfigured() throws Exception {
        assertThat(TargetGuard.nonPublicReason(InetAddress.getByName("8.8.8.8"))).isNull();
        assertThat(TargetGuard.nonPublicReason(InetAddress.getByName("2001:4860:4860::8888"))).isNull();
        assertThat(TargetGuard.check(URI.create("http://127.0.0.1:9/"), true)).isNotEmpty();
    }
}
