package io.divertwatch.vessel;

import io.divertwatch.auth.Role;
import io.divertwatch.vessel.feed.AisFeed;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/api/v1/ais-feeds")
@RolesAllowed(Role.VIEWER_NAME)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sources", description = "Feeds, their poll plans and their health")
public class AisFeedResource {

    private final VesselFeeds feeds;

    AisFeedResource(VesselFeeds feeds) {
        this.feeds = feeds;
    }

    /** Each configured AIS feed: connected or not, messages decoded and refused, the last fault. */
    @GET
    public List<AisFeed.Status> list() {
        return feeds.statuses();
    }
}
