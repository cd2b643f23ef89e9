package io.divertwatch.watch;

import io.divertwatch.auth.Role;
import io.divertwatch.common.PageParams;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.List;

@Path("/api/v1/watches")
@RolesAllowed(Role.VIEWER_NAME)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Watches", description = "Aircraft to watch and the route they are expected to fly")
public class WatchResource {

    private final WatchService service;

    WatchResource(WatchService service) {
        this.service = service;
    }

    @POST
    @RolesAllowed(Role.EDITOR_NAME)
    public Response create(@NotNull(message = "a JSON body is required") @Valid WatchRequest request, @Context UriInfo uri) {
        Watch watch = service.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(watch.id)).build())
                .entity(WatchView.of(watch)).build();
    }

    @GET
    public RestResponse<List<WatchView>> list(@BeanParam PageParams page, @Context UriInfo uri) {
        return service.page(page).map(WatchView::of).response(uri);
    }

    /** One watch with what it resolves to now: the addresses and what said so, or why there are none yet. */
    @GET
    @Path("{id}")
    public WatchView get(long id) {
        Watch watch = service.get(id);
        return WatchView.of(watch, service.resolution(watch));
    }

    @PUT
    @RolesAllowed(Role.EDITOR_NAME)
    @Path("{id}")
    public WatchView update(long id, @NotNull(message = "a JSON body is required") @Valid WatchRequest request) {
        return WatchView.of(service.update(id, request));
    }

    @DELETE
    @RolesAllowed(Role.EDITOR_NAME)
    @Path("{id}")
    public Response delete(long id) {
        service.delete(id);
        return Response.noContent().build();
    }
}
