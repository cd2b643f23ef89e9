package io.divertwatch.webhook;

import io.divertwatch.common.ApiException;
import io.divertwatch.detect.AlertType;
import io.quarkus.logging.Log;
import io.quarkus.panache.common.Sort;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

@Path("/api/v1/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Webhooks", description = "Signed alert deliveries (CloudEvents + Standard Webhooks)")
public class WebhookResource {

    private final WebhookConfig config;

    WebhookResource(WebhookConfig config) {
        this.config = config;
    }

    @POST
    @Transactional
    public Response create(@Valid WebhookRequest request, @Context UriInfo uri) {
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
                : String.join(",", request.types().stream().map(WebhookResource::parseType).distinct().toList());
        s.format = format.label();
        s.enabled = true;
        s.createdAt = Instant.now();
        s.persist();
        Log.infof("Webhook subscription %d created for %s://%s (format %s)", s.id, target.getScheme(),
                target.getHost(), s.format);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(s.id)).build())
                .entity(WebhookView.of(s, true)).build();
    }

    @GET
    public List<WebhookView> list() {
        return WebhookSubscription.<WebhookSubscription>listAll(Sort.by("id")).stream()
                .map(s -> WebhookView.of(s, false)).toList();
    }

    @DELETE
    @Path("{id}")
    @Transactional
    public Response delete(long id) {
        if (!WebhookSubscription.deleteById(id)) {
            throw ApiException.notFound("no webhook subscription with id " + id);
        }
        Log.infof("Webhook subscription %d deleted", id);
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/deliveries")
    public List<DeliveryView> deliveries(long id) {
        if (WebhookSubscription.findById(id) == null) {
            throw ApiException.notFound("no webhook subscription with id " + id);
        }
        return WebhookDelivery.<WebhookDelivery>find("subscriptionId = ?1 order by id desc", id).page(0, 200).list()
                .stream().map(DeliveryView::of).toList();
    }

    @POST
    @Path("{id}/deliveries/{deliveryId}/redeliver")
    @Transactional
    public DeliveryView redeliver(long id, long deliveryId) {
        WebhookDelivery d = WebhookDelivery.findById(deliveryId);
        if (d == null || d.subscriptionId != id) {
            throw ApiException.notFound("no delivery " + deliveryId + " for webhook subscription " + id);
        }
        d.status = WebhookDelivery.Status.PENDING.name();
        d.attempts = 0;
        d.nextAttemptAt = Instant.now();
        return DeliveryView.of(d);
    }

    private static String parseType(String type) {
        try {
            return AlertType.valueOf(type.trim().toUpperCase(Locale.ROOT)).name();
        } catch (RuntimeException e) {
            throw ApiException.badRequest("types: '" + type + "' is not one of " + Arrays.toString(AlertType.values()));
        }
    }
}
