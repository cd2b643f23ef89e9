package io.divertwatch.webhook;

import io.divertwatch.auth.Role;
import jakarta.annotation.security.RolesAllowed;
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

import java.util.List;

@Path("/api/v1/webhooks")
@RolesAllowed(Role.VIEWER_NAME)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Webhooks", description = "Signed alert deliveries (CloudEvents + Standard Webhooks)")
public class WebhookResource {

    private final WebhookService service;

    WebhookResource(WebhookService service) {
        this.service = service;
    }

    /** Creates a subscription; the answer is the only place its secret is ever shown. */
    @POST
    @RolesAllowed(Role.EDITOR_NAME)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Valid WebhookRequest request, @Context UriInfo uri) {
        WebhookSubscription s = service.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(s.id)).build())
                .entity(WebhookView.of(s, true)).build();
    }

    @GET
    public List<WebhookView> list() {
        return service.list().stream().map(s -> WebhookView.of(s, false)).toList();
    }

    @DELETE
    @RolesAllowed(Role.EDITOR_NAME)
    @Path("{id}")
    public Response delete(long id) {
        service.delete(id);
        return Response.noContent().build();
    }

    /** Sends a signed test event now and reports the receiver's answer. */
    @POST
    @RolesAllowed(Role.EDITOR_NAME)
    @Path("{id}/ping")
    public WebhookService.PingResult ping(long id) {
        return service.ping(id);
    }

    /** Re-enables a subscription that was disabled for failing. */
    @POST
    @RolesAllowed(Role.EDITOR_NAME)
    @Path("{id}/enable")
    public WebhookView enable(long id) {
        return WebhookView.of(service.enable(id), false);
    }

    @GET
    @Path("{id}/deliveries")
    public List<DeliveryView> deliveries(long id) {
        return service.deliveries(id).stream().map(DeliveryView::of).toList();
    }

    @POST
    @RolesAllowed(Role.EDITOR_NAME)
    @Path("{id}/deliveries/{deliveryId}/redeliver")
    public DeliveryView redeliver(long id, long deliveryId) {
        return DeliveryView.of(service.redeliver(id, deliveryId));
    }
}
