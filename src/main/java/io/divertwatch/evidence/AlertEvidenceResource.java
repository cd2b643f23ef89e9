package io.divertwatch.evidence;

import io.divertwatch.auth.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /api/v1/alerts/{id}/evidence}: the alert's evidence bundle, a zip (default) or tar.gz a
 * newsroom can publish and another analyst verify. A root resource of its own, so that the evidence
 * package depends on alerts and not the other way round.
 */
@Path("/api/v1/alerts/{id}/evidence")
@RolesAllowed(Role.VIEWER_NAME)
@Tag(name = "Alerts", description = "What the detection engine raised, newest first")
public class AlertEvidenceResource {

    private final EvidenceService evidence;

    AlertEvidenceResource(EvidenceService evidence) {
        this.evidence = evidence;
    }

    @GET
    @Produces({"application/zip", "application/gzip", "application/problem+json"})
    public Response bundle(long id, @QueryParam("format") String format) {
        return ArchiveDownload.attachment(evidence.forAlert(id, format));
    }
}
