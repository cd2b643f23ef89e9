package io.divertwatch.vessel;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.time.Instant;
import java.util.List;

/** Watched ports: every vessel's calls there alert, and they are the candidates for an undeclared call. */
@Path("/api/v1/watched-ports")
@RolesAllowed(Role.VIEWER_NAME)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Watched ports", description = "Ports whose calls alert for every vessel (a point and radius, or a polygon)")
public class WatchedPortResource {

    private final WatchedPortService service;

    WatchedPortResource(WatchedPortService service) {
        this.service = service;
    }

    /** @param geometry the GeoJSON Polygon or MultiPolygon drawn around the port, when one was given */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record WatchedPortView(long id, String name, String country, double lat, double lon, double radiusKm,
            JsonNode geometry, String note, Instant createdAt) {
    }

    @POST
    @RolesAllowed(Role.EDITOR_NAME)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@NotNull(message = "a JSON body is required") @Valid WatchedPortRequest request,
            @Context UriInfo uri) {
        WatchedPort p = service.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(p.id)).build()).entity(view(p))
                .build();
    }

    @GET
    public RestResponse<List<WatchedPortView>> list(@BeanParam PageParams page, @Context UriInfo uri) {
        return service.page(page).map(this::view).response(uri);
    }

    @GET
    @Path("{id}")
    public WatchedPortView get(long id) {
        return view(service.get(id));
    }

    @DELETE
    @RolesAllowed(Role.EDITOR_NAME)
    @Path("{id}")
    public Response delete(long id) {
        service.delete(id);
        return Response.noContent().build();
    }

    private WatchedPortView view(WatchedPort p) {
        return new WatchedPortView(p.id, p.name, p.country, p.lat, p.lon, Math.round(p.radiusKm * 1000) / 1000.0,
                service.geometry(p), p.note, p.createdAt);
    }
}
