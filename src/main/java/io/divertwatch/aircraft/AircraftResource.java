package io.divertwatch.aircraft;

import io.divertwatch.common.ApiException;
import io.divertwatch.common.Icao24;
import io.divertwatch.poll.DetectionSettings;
import io.divertwatch.poll.LiveEngine;
import io.divertwatch.track.Fix;
import io.divertwatch.auth.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@Path("/api/v1/aircraft")
@RolesAllowed(Role.VIEWER_NAME)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Aircraft", description = "Recent tracks: the live engine's, else the stored fixes")
public class AircraftResource {

    private final LiveEngine engine;
    private final StoredFixes stored;
    private final Duration window;

    AircraftResource(LiveEngine engine, StoredFixes stored, DetectionSettings settings) {
        this.engine = engine;
        this.stored = stored;
        this.window = settings.trackRetention();
    }

    /** The recent track as a GeoJSON Feature with a LineString ([lon, lat, altitude]) and per-fix times. */
    @GET
    @Path("{icao24}/track")
    @Produces({ "application/geo+json", MediaType.APPLICATION_JSON })
    public Map<String, Object> track(String icao24) {
        String icao = Icao24.require(icao24, "icao24");
        List<Fix> fixes = engine.track(icao);
        String callsign = engine.callsign(icao);
        if (fixes.isEmpty()) {
            // Not polled here (another replica polls) or not in memory any more: the stored fixes.
            List<StoredFixes.StoredFix> kept = stored.since(Instant.now().minus(window).getEpochSecond(), icao);
            fixes = kept.stream().map(StoredFixes.StoredFix::fix).toList();
            callsign = kept.stream().map(StoredFixes.StoredFix::callsign).filter(c -> c != null)
                    .reduce((a, b) -> b).orElse(null);
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
