package io.divertwatch.watchlist;

import io.divertwatch.auth.Role;
import io.divertwatch.common.ApiException;
import io.divertwatch.common.CommaSeparatedList;
import io.divertwatch.common.Page;
import io.divertwatch.common.PageParams;
import io.divertwatch.watch.Watch;
import io.divertwatch.watch.Watchlist;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/** Sanctions lists and other lists of aircraft, imported into watches with their provenance. */
@Path("/api/v1/watchlists")
@RolesAllowed(Role.VIEWER_NAME)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Watchlists", description = "Lists (OFAC SDN, OpenSanctions, plain) imported into watches")
public class WatchlistResource {

    private final WatchlistImporter importer;
    /** One import at a time: two imports of one list would race to create it. */
    private final ReentrantLock importing = new ReentrantLock();

    WatchlistResource(WatchlistImporter importer) {
        this.importer = importer;
    }

    @POST
    @RolesAllowed(Role.EDITOR_NAME)
    @Consumes({ "text/csv", MediaType.TEXT_PLAIN, "application/x-ndjson", "application/jsonl", MediaType.APPLICATION_JSON,
            MediaType.APPLICATION_OCTET_STREAM })
    @Operation(summary = "Import a list into watches", description = "Creates the list, or updates the one of the "
            + "same name: entries are upserted by their id, entries no longer listed are retired. The report says "
            + "what was added, changed, retired, which entries no register resolves to an address yet, and which "
            + "rows could not be read.")
    public Response importList(String body,
            @QueryParam("name") @Parameter(description = "The list's name; an import of the same name updates it") String name,
            @QueryParam("format") @Parameter(description = "ofac-sdn, ftm or plain; recognised from the body when absent") String format,
            @QueryParam("origin") @Parameter(description = "Expected route for all its watches; absent: as before") String origin,
            @QueryParam("destination") String destination, @QueryParam("via") String via,
            @QueryParam("watchedAirports") @Parameter(description = "Airports watched for all the list's aircraft") String watchedAirports,
            @Context UriInfo uri) throws InterruptedException {
        // The body is a String: it was read on the event loop, within the request limits, before this runs.
        if (!importing.tryLock(30, TimeUnit.SECONDS)) {
            throw ApiException.busy("another list is being imported; try again shortly", 5);
        }
        ImportReport report;
        try {
            report = importer.importList(body, new WatchlistImporter.ListOptions(name, format, origin, destination,
                    via == null ? null : CommaSeparatedList.split(via),
                    watchedAirports == null ? null : CommaSeparatedList.split(watchedAirports)));
        } finally {
            importing.unlock();
        }
        if (report.created()) {
            return Response.created(uri.getBaseUriBuilder().path("api/v1/watchlists")
                    .path(String.valueOf(report.watchlistId())).build()).entity(report).build();
        }
        return Response.ok(report).build();
    }

    @GET
    public RestResponse<List<WatchlistView>> list(@BeanParam PageParams page, @Context UriInfo uri) {
        return Page.of(Watchlist.<Watchlist>find("id > ?1", Sort.by("id"), page.afterId()).range(0, page.limit())
                .list(), page.limit(), l -> String.valueOf(l.id)).map(WatchlistResource::view).response(uri);
    }

    @GET
    @Path("{id}")
    public WatchlistView get(long id) {
        Watchlist list = Watchlist.findById(id);
        if (list == null) {
            throw ApiException.notFound("no watchlist with id " + id);
        }
        return view(list);
    }

    private static WatchlistView view(Watchlist list) {
        return WatchlistView.of(list, Watch.count("watchlistId = ?1 and retiredAt is null", list.id),
                Watch.count("watchlistId = ?1 and retiredAt is not null", list.id),
                io.divertwatch.vessel.VesselWatch.count("watchlistId = ?1 and retiredAt is null", list.id));
    }
}
