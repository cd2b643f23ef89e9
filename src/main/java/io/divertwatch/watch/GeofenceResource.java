package io.divertwatch.watch;

import com.fasterxml.jackson.databind.JsonNode;
import io.divertwatch.auth.Role;
import io.divertwatch.common.Page;
import io.divertwatch.common.PageParams;
import jakarta.annotation.security.RolesAllowed;
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

/** Watched areas as GeoJSON: a Feature in, Features and a FeatureCollection out. */
@Path("/api/v1/geofences")
@RolesAllowed(Role.VIEWER_NAME)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Geofences", description = "Watched areas whose entry alerts (GeoJSON Polygon or MultiPolygon)")
public class GeofenceResource {

    static final String GEO_JSON = "application/geo+json";

    private final GeofenceService service;

    GeofenceResource(GeofenceService service) {
        this.service = service;
    }

    public record Properties(String name, boolean anyAircraft, String note, Instant createdAt) {
    }

    public record Feature(String type, long id, JsonNode geometry, Properties properties) {
    }

    public record FeatureCollection(String type, List<Feature> features) {
    }

    @POST
    @RolesAllowed(Role.EDITOR_NAME)
    @Consumes({ MediaType.APPLICATION_JSON, GEO_JSON })
    public Response create(@NotNull(message = "a GeoJSON Feature body is required") JsonNode feature, @Context UriInfo uri) {
        Geofence g = service.create(feature);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(g.id)).build()).entity(view(g))
                .build();
    }

    /** A FeatureCollection of a page of geofences; the {@code Link} header points at the next page. */
    @GET
    public RestResponse<FeatureCollection> list(@BeanParam PageParams page, @Context UriInfo uri) {
        Page<Feature> features = service.page(page).map(this::view);
        return features.response(new FeatureCollection("FeatureCollection", features.items()), uri);
    }

    @GET
    @Path("{id}")
    public Feature get(long id) {
        return view(service.get(id));
    }

    @DELETE
    @RolesAllowed(Role.EDITOR_NAME)
    @Path("{id}")
    public Response delete(long id) {
        service.delete(id);
        return Response.noContent().build();
    }

    private Feature view(Geofence g) {
        return new Feature("Feature", g.id, service.geometry(g),
                new Properties(g.name, g.anyAircraft, g.note, g.createdAt));
    }
}
