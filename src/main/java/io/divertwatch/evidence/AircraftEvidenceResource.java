package io.divertwatch.evidence;

import io.divertwatch.auth.Role;
import io.divertwatch.common.ApiParameters;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code GET /api/v1/aircraft/{icao24}/evidence?from&to}: the evidence bundle of an aircraft over a window. */
@Path("/api/v1/aircraft/{icao24}/evidence")
@RolesAllowed(Role.VIEWER_NAME)
@Tag(name = "Aircraft", description = "The aircraft that matter and their recent tracks")
public class AircraftEvidenceResource {

    private final EvidenceService evidence;

    AircraftEvidenceResource(EvidenceService evidence) {
        this.evidence = evidence;
    }

    @GET
    @Produces({"application/zip", "application/gzip", "application/problem+json"})
    public Response bundle(String icao24, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("format") String format) {
        String icao = ApiParameters.icao24(icao24, "icao24");
        return ArchiveDownload.attachment(evidence.forAircraft(icao, ApiParameters.instant(from, "from"),
                ApiParameters.instant(to, "to"), format));
    }
}
