package io.divertwatch.webhook;

import io.divertwatch.auth.Role;
import io.divertwatch.common.PageParams;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
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
import org.jboss.resteasy.reactive.RestResponse;

import java.util.List;

@Path("/api/v1/webhooks")
@RolesAllowed(Role.KEY_HOLDER_NAME)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Webhooks", description = "Signed alert deliveries (CloudEvents + Standard Webhooks)")
public class WebhookResource {

    private final WebhookService service;
    private final SecurityIdentity caller;

    WebhookResource(WebhookService service, SecurityIdentity caller) {
        this.service = service;
        this.caller = caller;
    }

    /** Creates a subscription; the answer is the only place its secret is ever shown. */
    @POST
    @RolesAllowed(Role.EDITOR_NAME)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@NotNull(message = "a JSON body is required") @Valid WebhookRequest request, @Context UriInfo uri) {
        WebhookSubscription s = service.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(s.id)).build())
                .entity(WebhookView.of(s, true, true)).build();
    }

    /**
     * Needs an API key even when reads are open: for chat services the URL is the credential. A viewer
     * sees each URL's scheme and host only; editors and admins see it whole.
     */
    @GET
    public RestResponse<List<WebhookView>> list(@BeanParam PageParams page, @Context UriInfo uri) {
        boolean fullUrls = caller.hasRole(Role.EDITOR_NAME);
        return service.page(page).map(s -> WebhookView.of(s, false, fullUrls)).response(uri);
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
        return WebhookView.of(service.enable(id), false, true);
    }

    /** Newest first. */
    @GET
    @Path("{id}/deliveries")
    public RestResponse<List<DeliveryView>> deliveries(long id, @BeanParam PageParams page, @Context UriInfo uri) {
        return service.deliveries(id, page).map(DeliveryView::of).response(uri);
    }

    @POST
    @RolesAllowed(Role.EDITOR_NAME)
    @Path("{id}/deliveries/{deliveryId}/redeliver")
    public DeliveryView redeliver(long id, long deliveryId) {
        return DeliveryView.of(service.redeliver(id, deliveryId));
    }
}
