package io.divertwatch.poll;

import io.divertwatch.source.SourceStatus;
import io.divertwatch.auth.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/api/v1/sources")
@RolesAllowed(Role.VIEWER_NAME)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sources", description = "Feeds, their poll plans and their health")
public class SourcesResource {

    private final PollCycle cycle;

    SourcesResource(PollCycle cycle) {
        this.cycle = cycle;
    }

    @GET
    public List<SourceStatus> list() {
        return cycle.sources().stream().map(s -> s.status()).toList();
    }
}
