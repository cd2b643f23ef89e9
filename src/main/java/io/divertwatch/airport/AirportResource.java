package io.divertwatch.airport;

import io.divertwatch.auth.Role;
import io.divertwatch.common.ApiException;
import io.divertwatch.geo.Airport;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/airports")
@RolesAllowed(Role.VIEWER_NAME)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Airports", description = "The airport list in use (OurAirports, or the built-in list offline)")
public class AirportResource {

    private final AirportRegistry airports;

    AirportResource(AirportRegistry airports) {
        this.airports = airports;
    }

    public record AirportView(String ident, String name, String type, double lat, double lon, Double elevationM) {
    }

    @GET
    @Path("{ident}")
    public AirportView get(String ident) {
        Airport a = airports.find(ident).orElseThrow(() -> ApiException.notFound("no airport '" + ident + "' in "
                + airports.index().origin()));
        return new AirportView(a.ident(), a.name(), a.type() == null ? null : a.type().name().toLowerCase(java.util.Locale.ROOT),
                a.lat(), a.lon(), Double.isNaN(a.elevationM()) ? null : a.elevationM());
    }
}
