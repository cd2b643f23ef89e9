package io.divertwatch.aircraft;

import io.divertwatch.alert.AlertService;
import io.divertwatch.alert.AlertSubject;
import io.divertwatch.alert.AlertSubjects;
import io.divertwatch.alert.AlertView;
import io.divertwatch.alert.FixView;
import io.divertwatch.auth.Role;
import io.divertwatch.common.ApiException;
import io.divertwatch.common.ApiParameters;
import io.divertwatch.common.Page;
import io.divertwatch.common.PageParams;
import io.divertwatch.detect.WatchContext;
import io.divertwatch.detect.WatchSpec;
import io.divertwatch.track.Fix;
import io.divertwatch.watch.Watch;
import io.divertwatch.watch.WatchService;
import io.divertwatch.watch.WatchView;
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
import java.util.stream.Collectors;

@Path("/api/v1/aircraft")
@RolesAllowed(Role.VIEWER_NAME)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Aircraft", description = "The aircraft that matter and their recent tracks")
public class AircraftResource {

    private final LiveTracks engine;
    private final StoredFixes stored;
    private final WatchService watches;
    private final AlertService alerts;
    private final AlertSubjects subjects;
    /** How far back a track reaches when stored fixes exist: a long flight, whole. */
    private static final Duration STORED_TRACK = Duration.ofHours(18);

    AircraftResource(LiveTracks engine, StoredFixes stored, WatchService watches, AlertService alerts,
            AlertSubjects subjects) {
        this.engine = engine;
        this.stored = stored;
        this.watches = watches;
        this.alerts = alerts;
        this.subjects = subjects;
    }

    /**
     * An aircraft that matters, where it was last seen, who it is (when a register or list knows), and
     * why it matters.
     */
    public record AircraftView(String icao24, String callsign, String registration, String typeCode, String operator,
            String identitySource, AlertSubject.ListEntry listEntry, Instant time, AlertView.Position position,
            Long watchId, String label, WatchView.Route route, long openAlerts) {
    }

    /**
     * The aircraft that matter seen in the last {@code minutes} (default 30): watched ones, those near
     * a watched airport or inside a geofence, with their newest stored fix, watch and open alerts.
     */
    @GET
    public RestResponse<List<AircraftView>> list(@QueryParam("minutes") @DefaultValue("30") @Parameter(schema =
            @Schema(type = SchemaType.INTEGER)) String minutesParam, @BeanParam PageParams page, @Context UriInfo uri) {
        int minutes = ApiParameters.wholeNumber(minutesParam, "minutes", 30, 1, 24 * 60);
        Instant since = Instant.now().minus(Duration.ofMinutes(minutes));
        Map<Long, Watch> allWatches = watches.list().stream().collect(Collectors.toMap(w -> w.id, w -> w));
        WatchContext watched = watches.current();
        Map<String, Long> open = alerts.openAlertCounts(Instant.now().minus(Duration.ofDays(1)));
        List<AircraftView> out = new ArrayList<>();
        String after = page.after() == null ? "" : page.after();
        List<StoredFixes.StoredFix> latest = stored.latestSince(since.getEpochSecond(), after, page.limit() + 1);
        for (StoredFixes.StoredFix s : latest.subList(0, Math.min(page.limit(), latest.size()))) {
            Fix f = s.fix();
            // The watch the engine applies: by address (its own or one its identity resolved to) or callsign.
            WatchSpec spec = watched.match(s.icao24(), s.callsign());
            Watch watch = spec == null ? null : allWatches.get(spec.id());
            WatchView view = watch == null ? null : WatchView.of(watch);
            AlertSubject who = subjects.describe(s.icao24(), view == null ? null : view.id());
            out.add(new AircraftView(s.icao24(), s.callsign(), who.registration(), who.typeCode(), who.operator(),
                    who.identitySource(), who.listEntry(), Instant.ofEpochSecond(f.time()),
                    new AlertView.Position(f.lat(), f.lon(), FixView.known(f.altitudeM()), FixView.known(f.trackDeg()),
                            FixView.known(f.groundSpeedMps())),
                    view == null ? null : view.id(), view == null ? null : view.label(), view == null ? null : view.route(),
                    open.getOrDefault(s.icao24(), 0L)));
        }
        // One row beyond the page says there is more; the cursor is the last address shown.
        String next = latest.size() > page.limit() ? out.get(out.size() - 1).icao24() : null;
        return new Page<>(out, next).response(uri);
    }

    /** The recent track as a GeoJSON Feature with a LineString ([lon, lat, altitude]) and per-fix times. */
    @GET
    @Path("{icao24}/track")
    @Produces({ "application/geo+json", MediaType.APPLICATION_JSON })
    public Map<String, Object> track(String icao24) {
        String icao = ApiParameters.icao24(icao24, "icao24");
        List<Fix> fixes = engine.track(icao);
        String callsign = engine.callsign(icao);
        // The stored fixes reach further back than the engine's hour, and exist on every replica.
        List<StoredFixes.StoredFix> kept = stored.since(Instant.now().minus(STORED_TRACK).getEpochSecond(), icao);
        if (!kept.isEmpty() && (fixes.isEmpty() || kept.get(0).fix().time() < fixes.get(0).time())) {
            fixes = kept.stream().map(StoredFixes.StoredFix::fix).toList();
            callsign = kept.stream().map(StoredFixes.StoredFix::callsign).filter(c -> c != null)
                    .reduce((a, b) -> b).orElse(callsign);
        }
        if (fixes.isEmpty()) {
            throw ApiException.notFound("no recent track for " + icao);
        }
        List<List<Double>> coordinates = fixes.stream().map(f -> Double.isNaN(f.altitudeM())
                ? List.of(f.lon(), f.lat()) : List.of(f.lon(), f.lat(), f.altitudeM())).toList();
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("icao24", icao);
        properties.put("callsign", callsign);
        properties.put("times", fixes.stream().map(f -> Instant.ofEpochSecond(f.time()).toString()).toList());
        properties.put("sources", fixes.stream().map(Fix::source).distinct().toList());
        Map<String, Object> feature = new LinkedHashMap<>();
        feature.put("type", "Feature");
        feature.put("geometry", Map.of("type", "LineString", "coordinates", coordinates));
        feature.put("properties", properties);
        return feature;
    }
}
