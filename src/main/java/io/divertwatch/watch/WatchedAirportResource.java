package io.divertwatch.watch;

import io.divertwatch.airport.AirportRegistry;
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

import java.util.List;

@Path("/api/v1/watched-airports")
@RolesAllowed(Role.VIEWER_NAME)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Watched airports", description = "Airports whose approaches and landings alert")
public class WatchedAirportResource {

    private final WatchService service;
    private final AirportRegistry airports;

    WatchedAirportResource(WatchService service, AirportRegistry airports) {
        this.service = service;
        this.airports = airports;
    }

    @POST
    @RolesAllowed(Role.EDITOR_NAME)
    public Response add(@NotNull(message = "a JSON body is required") @Valid WatchedAirportRequest request, @Context UriInfo uri) {
        WatchedAirport w = service.addAirport(request);
        return Response.created(uri.getAbsolutePathBuilder().path(w.icao).build()).entity(view(w)).build();
    }

    @GET
    public RestResponse<List<WatchedAirportView>> list(@BeanParam PageParams page, @Context UriInfo uri) {
        return service.airportPage(page).map(this::view).response(uri);
    }

    @DELETE
    @RolesAllowed(Role.EDITOR_NAME)
    @Path("{icao}")
    public Response delete(String icao) {
        service.deleteAirport(icao);
        return Response.noContent().build();
    }

    private WatchedAirportView view(WatchedAirport w) {
        var airport = airports.find(w.icao);
        return new WatchedAirportView(w.icao, airport.map(a -> a.name()).orElse(null),
                airport.map(a -> a.lat()).orElse(null), airport.map(a -> a.lon()).orElse(null), w.radiusKm,
                w.anyAircraft, w.note, w.createdAt);
    }
}
