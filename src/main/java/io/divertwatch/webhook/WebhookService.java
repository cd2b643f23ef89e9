package io.divertwatch.webhook;

import io.divertwatch.common.ApiException;
import io.divertwatch.common.ApiParameters;
import io.divertwatch.common.Page;
import io.divertwatch.common.PageParams;
import io.quarkus.logging.Log;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.List;

/** Webhook subscriptions and their delivery log: validation (including the SSRF guard) and storage. */
@ApplicationScoped
public class WebhookService {

    private final WebhookConfig config;
    private final WebhookSender sender;
    private final WebhookPayloads payloads;

    WebhookService(WebhookConfig config, WebhookSender sender, WebhookPayloads payloads) {
        this.config = config;
        this.sender = sender;
        this.payloads = payloads;
    }

    /** What a test ping came to. */
    public record PingResult(String webhookId, Integer statusCode, String error, boolean delivered) {
    }

    /**
     * Sends a signed {@code io.divertwatch.ping} event to the subscription now, outside the outbox,
     * so a subscriber can check its endpoint and signature verification. Disabled subscriptions can
     * be pinged too: that is how one checks a receiver before enabling it again.
     */
    public PingResult ping(long id) {
        WebhookSubscription s = get(id);
        String messageId = WebhookSigner.newMessageId();
        WebhookFormat format = WebhookFormat.parse(s.format);
        WebhookSender.Result r = sender.send(s.url, format, s.secret, messageId, payloads.ping(format, messageId, id));
        return new PingResult(messageId, r.statusCode(), r.error(), r.delivered());
    }

    /** Enables a subscription again (after it was disabled for failing), clearing its failure record. */
    @Transactional
    public WebhookSubscription enable(long id) {
        WebhookSubscription s = get(id);
        s.enabled = true;
        s.disabledReason = null;
        s.failingSince = null;
        Log.infof("Webhook subscription %d enabled", id);
        return s;
    }

    private WebhookSubscription get(long id) {
        WebhookSubscription s = WebhookSubscription.findById(id);
        if (s == null) {
            throw ApiException.notFound("no webhook subscription with id " + id);
        }
        return s;
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
        s.types = request.types() == null ? List.of()
                : request.types().stream().map(t -> ApiParameters.alertType(t, "types").name()).distinct().toList();
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

    /** A subscription's deliveries, newest first, a page at a time. */
    public Page<WebhookDelivery> deliveries(long subscriptionId, PageParams page) {
        get(subscriptionId);
        long before = page.after() == null ? Long.MAX_VALUE : page.afterId();
        return Page.of(WebhookDelivery.<WebhookDelivery>find("subscriptionId = ?1 and id < ?2 order by id desc",
                subscriptionId, before).range(0, page.limit()).list(), page.limit(), d -> String.valueOf(d.id));
    }

    /** Subscriptions by id, a page at a time. */
    public Page<WebhookSubscription> page(PageParams page) {
        return Page.of(WebhookSubscription.<WebhookSubscription>find("id > ?1 order by id", page.afterId())
                .range(0, page.limit()).list(), page.limit(), s -> String.valueOf(s.id));
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
}
