package io.divertwatch.webhook;

import io.divertwatch.common.ApiException;
import io.divertwatch.detect.AlertType;
import io.quarkus.logging.Log;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Webhook subscriptions and their delivery log: validation (including the SSRF guard) and storage. */
@ApplicationScoped
public class WebhookService {

    private final WebhookConfig config;

    WebhookService(WebhookConfig config) {
        this.config = config;
    }

    @Transactional
    public WebhookSubscription create(WebhookRequest request) {
        if (request == null) {
            throw ApiException.badRequest("a JSON body is required");
        }
        URI target;
        try {
            target = new URI(request.url().trim());
        } catch (URISyntaxException e) {
            throw ApiException.badRequest("url is not a valid URL: " + e.getMessage());
        }
        try {
            TargetGuard.check(target, config.allowPrivateTargets());
        } catch (TargetGuard.RefusedTarget e) {
            throw ApiException.badRequest(e.getMessage());
        }
        WebhookFormat format;
        try {
            format = WebhookFormat.parse(request.format());
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
        if (request.secret() != null && !WebhookSigner.isValidSecret(request.secret())) {
            throw ApiException.badRequest("secret must be whsec_ followed by base64 of at least 24 random bytes");
        }
        WebhookSubscription s = new WebhookSubscription();
        s.url = target.toString();
        s.secret = request.secret() != null ? request.secret() : WebhookSigner.newSecret();
        s.types = request.types() == null || request.types().isEmpty() ? null
                : String.join(",", request.types().stream().map(WebhookService::parseType).distinct().toList());
        s.format = format.label();
        s.enabled = true;
        s.createdAt = Instant.now();
        s.persist();
        Log.infof("Webhook subscription %d created for %s://%s (format %s)", s.id, target.getScheme(),
                target.getHost(), s.format);
        return s;
    }

    public List<WebhookSubscription> list() {
        return WebhookSubscription.listAll(Sort.by("id"));
    }

    @Transactional
    public void delete(long id) {
        if (!WebhookSubscription.deleteById(id)) {
            throw ApiException.notFound("no webhook subscription with id " + id);
        }
        Log.infof("Webhook subscription %d deleted", id);
    }

    public List<WebhookDelivery> deliveries(long subscriptionId) {
        if (WebhookSubscription.findById(subscriptionId) == null) {
            throw ApiException.notFound("no webhook subscription with id " + subscriptionId);
        }
        return WebhookDelivery.<WebhookDelivery>find("subscriptionId = ?1 order by id desc", subscriptionId)
                .page(0, 200).list();
    }

    /** Queues the delivery again from its first attempt; it keeps its webhook-id. */
    @Transactional
    public WebhookDelivery redeliver(long subscriptionId, long deliveryId) {
        WebhookDelivery d = WebhookDelivery.findById(deliveryId);
        if (d == null || d.subscriptionId != subscriptionId) {
            throw ApiException.notFound("no delivery " + deliveryId + " for webhook subscription " + subscriptionId);
        }
        d.status = WebhookDelivery.Status.PENDING.name();
        d.attempts = 0;
        d.nextAttemptAt = Instant.now();
        return d;
    }

    private static String parseType(String type) {
        try {
            return AlertType.valueOf(type.trim().toUpperCase(Locale.ROOT)).name();
        } catch (RuntimeException e) {
            throw ApiException.badRequest("types: '" + type + "' is not one of " + Arrays.toString(AlertType.values()));
        }
    }
}
