package io.divertwatch.vessel;

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

@Path("/api/v1/vessel-watches")
@RolesAllowed(Role.VIEWER_NAME)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Vessel watches", description = "Vessels to watch, by MMSI, IMO number, name or call sign")
public class VesselWatchResource {

    private final VesselWatchService service;

    VesselWatchResource(VesselWatchService service) {
        this.service = service;
    }

    @POST
    @RolesAllowed(Role.EDITOR_NAME)
    public Response create(@NotNull(message = "a JSON body is required") @Valid VesselWatchRequest request,
            @Context UriInfo uri) {
        VesselWatch w = service.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(w.id)).build())
                .entity(VesselWatchView.of(w)).build();
    }

    @GET
    public RestResponse<List<VesselWatchView>> list(@BeanParam PageParams page, @Context UriInfo uri) {
        return service.page(page).map(VesselWatchView::of).response(uri);
    }

    /** One watch with the vessels it applies to now, and what said so. */
    @GET
    @Path("{id}")
    public VesselWatchView get(long id) {
        VesselWatch w = service.get(id);
        return VesselWatchView.of(w, service.resolve(w));
    }

    @PUT
    @RolesAllowed(Role.EDITOR_NAME)
    @Path("{id}")
    public VesselWatchView update(long id, @NotNull(message = "a JSON body is required") @Valid VesselWatchRequest request) {
        return VesselWatchView.of(service.update(id, request));
    }

    @DELETE
    @RolesAllowed(Role.EDITOR_NAME)
    @Path("{id}")
    public Response delete(long id) {
        service.delete(id);
        return Response.noContent().build();
    }
}
