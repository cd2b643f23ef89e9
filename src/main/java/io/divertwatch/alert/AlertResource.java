package io.divertwatch.alert;

import io.divertwatch.auth.Role;
import io.divertwatch.common.ApiException;
import io.divertwatch.common.ApiParameters;
import io.divertwatch.common.PageParams;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

@Path("/api/v1/alerts")
@RolesAllowed(Role.VIEWER_NAME)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Alerts", description = "What the detection engine raised, newest first")
public class AlertResource {

    private final AlertService service;
    private final AlertMapper mapper;

    AlertResource(AlertService service, AlertMapper mapper) {
        this.service = service;
        this.mapper = mapper;
    }

    /** Newest first (data time); the {@code Link} header points at older ones. */
    @GET
    public RestResponse<List<AlertView>> list(@QueryParam("type") String type, @QueryParam("icao24") String icao24,
            @QueryParam("mmsi") String mmsi, @QueryParam("since") String since, @BeanParam PageParams page,
            @Context UriInfo uri) {
        return service.page(type == null || type.isBlank() ? null : ApiParameters.alertType(type, "type").name(),
                ApiParameters.optionalIcao24(icao24, "icao24"), ApiParameters.optionalMmsi(mmsi, "mmsi"),
                parseSince(since), page).map(mapper::view).response(uri);
    }

    @GET
    @Path("{id}")
    public AlertView get(long id) {
        return mapper.view(service.get(id));
    }

    @POST
    @RolesAllowed(Role.EDITOR_NAME)
    @Path("{id}/ack")
    public AlertView acknowledge(long id) {
        return mapper.view(service.acknowledge(id));
    }

    private static Instant parseSince(String since) {
        if (since == null || since.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(since.trim());
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("since '" + since + "' must be an ISO-8601 instant, e.g. 2026-11-26T08:00:00Z");
        }
    }
}
