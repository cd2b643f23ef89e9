package io.divertwatch.analysis;

import io.divertwatch.airport.AirportRegistry;
import io.divertwatch.alert.AlertMapper;
import io.divertwatch.alert.AlertView;
import io.divertwatch.auth.Role;
import io.divertwatch.common.ApiException;
import io.divertwatch.common.ApiParameters;
import io.divertwatch.common.CommaSeparatedList;
import io.divertwatch.detect.Clearance;
import io.divertwatch.detect.Landing;
import io.divertwatch.detect.WatchSpec;
import io.divertwatch.detect.WatchedAirportSpec;
import io.divertwatch.detect.engine.TrackAnalyzer;
import io.divertwatch.geo.Airport;
import io.divertwatch.poll.DetectionSettings;
import io.divertwatch.source.replay.TrackCsv;
import io.divertwatch.track.StateVector;
import io.divertwatch.watch.GeofenceService;
import io.divertwatch.watch.WatchService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.stream.Collectors;

/**
 * The backtest: runs a track CSV through a fresh engine exactly as live data would flow, for a watch
 * with the given route, with the configured watched airports (plus any listed) and geofences. Stores nothing, sends
 * nothing.
 */
@Path("/api/v1/analyses")
@RolesAllowed(Role.VIEWER_NAME)
@Tag(name = "Analyses", description = "Run the detection engine over a recorded track")
public class AnalysisResource {


    private final AirportRegistry airports;
    private final WatchService watches;
    private final GeofenceService geofences;
    private final DetectionSettings settings;
    private final AlertMapper mapper;
    /** Analyses are open to readers and take seconds of a core each: only so many run at once. */
    private final Semaphore running;

    AnalysisResource(AirportRegistry airports, WatchService watches, GeofenceService geofences,
            DetectionSettings settings, AlertMapper mapper, AnalysisConfig config) {
        this.airports = airports;
        this.watches = watches;
        this.geofences = geofences;
        this.settings = settings;
        this.mapper = mapper;
        this.running = new Semaphore(config.maxConcurrent());
    }

    public record LandingView(String airport, Instant time) {
    }

    public record AnalysisResult(List<AlertView> alerts, LandingView landing) {
    }

    @POST
    @Consumes({ "text/csv", MediaType.TEXT_PLAIN })
    @Produces(MediaType.APPLICATION_JSON)
    public AnalysisResult analyze(String body, @QueryParam("destination") String destination,
            @QueryParam("origin") String origin, @QueryParam("via") String via, @QueryParam("icao24") String icao24,
            @QueryParam("callsign") String callsign, @QueryParam("watchedAirports") String watchedAirports) {
        // The body is a String, not a stream: it is read on the event loop before this runs, so a slow
        // upload holds no worker thread (RequestLimits bounds the time it may take).
        if (destination == null || destination.isBlank()) {
            throw ApiException.badRequest("query parameter 'destination' (airport ident, e.g. UUEE) is required");
        }
        Airport dest = airports.require(destination, "destination");
        Airport orig = origin == null || origin.isBlank() ? null : airports.require(origin, "origin");
        List<Airport> viaPoints = CommaSeparatedList.split(via).stream().map(v -> airports.require(v, "via")).toList();
        String icao = ApiParameters.optionalIcao24(icao24, "icao24");
        String watchedCallsign = ApiParameters.optionalCallsign(callsign, "callsign");
        Map<String, WatchedAirportSpec> watched = new LinkedHashMap<>();
        watches.watchedAirportSpecs().forEach(w -> watched.put(w.airport().ident(), w));
        for (String code : CommaSeparatedList.split(watchedAirports)) {
            Airport a = airports.require(code, "watchedAirports");
            watched.putIfAbsent(a.ident(), new WatchedAirportSpec(a, WatchedAirportSpec.DEFAULT_RADIUS_KM, true));
        }
        List<StateVector> states = parse(body);
        WatchSpec watch = new WatchSpec(null, icao != null ? icao : states.get(0).icao24(), watchedCallsign,
                "analysis", orig, dest, viaPoints, WatchSpec.DEFAULT_CORRIDOR_KM);
        if (!running.tryAcquire()) {
            throw ApiException.busy("too many analyses are running; try again shortly", 1);
        }
        TrackAnalyzer.Result result;
        try {
            result = new TrackAnalyzer(settings.toConfig(), airports.index())
                    .analyze(states, watch, new ArrayList<>(watched.values()), geofences.specs());
        } finally {
            running.release();
        }
        Instant now = Instant.now();
        Landing landing = result.landing();
        Map<String, Clearance> cleared = result.clearances().stream()
                .collect(Collectors.toMap(Clearance::key, c -> c, (first, later) -> first));
        return new AnalysisResult(result.detections().stream().map(d -> {
            AlertView view = mapper.view(d, now);
            Clearance c = cleared.get(d.key());
            return c == null ? view : view.resolved(Instant.ofEpochSecond(c.time()), AlertView.BY_ENGINE, c.reason());
        }).toList(),
                landing == null || landing.airport() == null ? null
                        : new LandingView(landing.airport().ident(), Instant.ofEpochSecond(landing.time())));
    }

    private List<StateVector> parse(String body) {
        if (body == null || body.isBlank()) {
            throw ApiException.badRequest("a track CSV body is required");
        }
        try {
            List<StateVector> states = TrackCsv.parse(new StringReader(body), "analysis");
            if (states.isEmpty()) {
                throw ApiException.badRequest("the track CSV holds no fixes");
            }
            return states;
        } catch (TrackCsv.MalformedTrackException e) {
            throw ApiException.badRequest("invalid track CSV: " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
