package io.divertwatch.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.standardwebhooks.Webhook;

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
}
