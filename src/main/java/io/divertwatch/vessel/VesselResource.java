package io.divertwatch.vessel;

import io.divertwatch.alert.AlertService;
import io.divertwatch.alert.VesselSubjects;
import io.divertwatch.auth.Role;
import io.divertwatch.common.ApiException;
import io.divertwatch.common.ApiParameters;
import io.divertwatch.common.Page;
import io.divertwatch.common.PageParams;
import io.divertwatch.sea.SeaContext;
import io.divertwatch.sea.VesselFix;
import io.divertwatch.sea.VesselWatchSpec;
import io.divertwatch.vessel.StoredVesselFixes.StoredVesselFix;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@Path("/api/v1/vessels")
@RolesAllowed(Role.VIEWER_NAME)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Vessels", description = "The vessels that matter, who they say they are, and their tracks with gaps")
public class VesselResource {

    /** How far back the vessel endpoints look, in hours (30 days). */
    private static final int MAX_HOURS = 30 * 24;

    /** A track is drawn broken where the vessel was silent longer than this: the gap is not sailed. */
    static final long DRAWN_GAP_SECONDS = 30 * 60;

    private final LiveVessels live;
    private final StoredVesselFixes stored;
    private final VesselIdentities identities;
    private final VesselWatchService watches;
    private final VesselSubjects subjects;
    private final AlertService alerts;

    VesselResource(LiveVessels live, StoredVesselFixes stored, VesselIdentities identities, VesselWatchService watches,
            VesselSubjects subjects, AlertService alerts) {
        this.live = live;
        this.stored = stored;
        this.identities = identities;
        this.watches = watches;
        this.subjects = subjects;
        this.alerts = alerts;
    }

    /**
     * The vessels that matter seen in the last {@code hours} (default 24): watched ones and those near a
     * watched port or inside a watched area, with their newest stored fix, watch and open alerts.
     */
    @GET
    public RestResponse<List<VesselView>> list(@QueryParam("hours") @DefaultValue("24") @Parameter(schema =
            @Schema(type = SchemaType.INTEGER)) String hoursParam, @BeanParam PageParams page, @Context UriInfo uri) {
        int hours = ApiParameters.wholeNumber(hoursParam, "hours", 24, 1, MAX_HOURS);
        int after = page.after() == null ? 0 : ApiParameters.mmsi(page.after(), "after");
        Instant since = Instant.now().minus(Duration.ofHours(hours));
        List<StoredVesselFix> latest = stored.latestSince(since.getEpochSecond(), after, page.limit() + 1);
        Map<Integer, Long> open = alerts.openVesselAlertCounts(Instant.now().minus(Duration.ofDays(7)));
        SeaContext context = watches.current();
        List<VesselView> out = new ArrayList<>();
        for (StoredVesselFix s : latest.subList(0, Math.min(page.limit(), latest.size()))) {
            out.add(view(s.mmsi(), s.fix(), context, open));
        }
        String next = latest.size() > page.limit() ? String.valueOf(out.get(out.size() - 1).mmsi()) : null;
        return new Page<>(out, next).response(uri);
    }

    /** One vessel: what it says of itself, where it was last seen, the watch on it. */
    @GET
    @Path("{mmsi}")
    public VesselView get(String mmsi) {
        int id = ApiParameters.mmsi(mmsi, "mmsi");
        List<VesselFix> recent = fixes(id, Duration.ofDays(30));
        boolean known = identities.of(id).name() != null || identities.of(id).imo() > 0;
        if (recent.isEmpty() && !known) {
            throw ApiException.notFound("no vessel with MMSI " + id + " has been seen");
        }
        return view(id, recent.isEmpty() ? null : recent.get(recent.size() - 1), watches.current(),
                alerts.openVesselAlertCounts(Instant.now().minus(Duration.ofDays(7))));
    }

    /**
     * The track of the last {@code hours} (default 72) as a GeoJSON Feature: a MultiLineString broken
     * where the vessel was silent over half an hour, with the silences listed.
     */
    @GET
    @Path("{mmsi}/track")
    @Produces({ "application/geo+json", MediaType.APPLICATION_JSON })
    public Map<String, Object> track(String mmsi, @QueryParam("hours") @DefaultValue("72") @Parameter(schema =
            @Schema(type = SchemaType.INTEGER)) String hoursParam) {
        int id = ApiParameters.mmsi(mmsi, "mmsi");
        int hours = ApiParameters.wholeNumber(hoursParam, "hours", 72, 1, MAX_HOURS);
        List<VesselFix> fixes = fixes(id, Duration.ofHours(hours));
        if (fixes.isEmpty()) {
            throw ApiException.notFound("no recent track for MMSI " + id);
        }
        List<List<List<Double>>> lines = new ArrayList<>();
        List<Map<String, Object>> gaps = new ArrayList<>();
        List<List<Double>> line = new ArrayList<>();
        VesselFix previous = null;
        for (VesselFix f : fixes) {
            if (previous != null && f.time() - previous.time() > DRAWN_GAP_SECONDS) {
                lines.add(line);
                line = new ArrayList<>();
                Map<String, Object> gap = new LinkedHashMap<>();
                gap.put("from", Instant.ofEpochSecond(previous.time()).toString());
                gap.put("to", Instant.ofEpochSecond(f.time()).toString());
                gap.put("hours", Math.round((f.time() - previous.time()) / 36.0) / 100.0);
                gaps.add(gap);
            }
            line.add(List.of(f.lon(), f.lat()));
            previous = f;
        }
        lines.add(line);
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("mmsi", id);
        properties.put("name", identities.of(id).name());
        properties.put("first", Instant.ofEpochSecond(fixes.get(0).time()).toString());
        properties.put("last", Instant.ofEpochSecond(fixes.get(fixes.size() - 1).time()).toString());
        properties.put("gaps", gaps);
        properties.put("sources", fixes.stream().map(VesselFix::source).distinct().toList());
        Map<String, Object> feature = new LinkedHashMap<>();
        feature.put("type", "Feature");
        feature.put("geometry", Map.of("type", "MultiLineString", "coordinates", lines));
        feature.put("properties", properties);
        return feature;
    }

    /** Stored fixes reach further back and exist on every replica; the live track adds the newest. */
    private List<VesselFix> fixes(int mmsi, Duration back) {
        List<VesselFix> out = new ArrayList<>(stored.since(mmsi, Instant.now().minus(back).getEpochSecond()));
        long newestStored = out.isEmpty() ? Long.MIN_VALUE : out.get(out.size() - 1).time();
        long oldest = Instant.now().minus(back).getEpochSecond();
        for (VesselFix f : live.track(mmsi)) {
            if (f.time() > newestStored && f.time() >= oldest) {
                out.add(f);
            }
        }
        return out;
    }

    private VesselView view(int mmsi, VesselFix last, SeaContext context, Map<Integer, Long> open) {
        VesselWatchSpec spec = context.watch(mmsi);
        VesselWatch watch = spec == null ? null : VesselWatch.findById(spec.id());
        VesselSubjects.VesselSubject who = subjects.describe(mmsi, watch == null ? null : watch.id);
        return VesselView.of(mmsi, identities.of(mmsi), last, watch, who.listEntry(), live.sharedMmsi(mmsi),
                open.getOrDefault(mmsi, 0L));
    }
}
