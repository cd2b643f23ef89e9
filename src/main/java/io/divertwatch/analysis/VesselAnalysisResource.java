package io.divertwatch.analysis;

import io.divertwatch.alert.AlertMapper;
import io.divertwatch.alert.AlertView;
import io.divertwatch.auth.Role;
import io.divertwatch.common.ApiException;
import io.divertwatch.common.ApiParameters;
import io.divertwatch.sea.SeaContext;
import io.divertwatch.sea.VesselDetection;
import io.divertwatch.sea.VesselEngine;
import io.divertwatch.sea.VesselReport;
import io.divertwatch.sea.VesselWatchSpec;
import io.divertwatch.vessel.MaritimeSettings;
import io.divertwatch.vessel.VesselWatchService;
import io.divertwatch.vessel.feed.VesselCsv;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Semaphore;

/**
 * The maritime backtest: runs a vessel track CSV (project, Danish aisdk or MarineCadastre format)
 * through a fresh engine as live data would flow, with the watched ports, the port list and the
 * watched areas as they are now. The vessels in the file are treated as watched unless
 * {@code watched=false}. Stores nothing, sends nothing.
 */
@Path("/api/v1/vessel-analyses")
@RolesAllowed(Role.VIEWER_NAME)
@Tag(name = "Analyses", description = "Run the detection engine over a recorded track")
public class VesselAnalysisResource {

    private final VesselWatchService watches;
    private final MaritimeSettings settings;
    private final AlertMapper mapper;
    private final Semaphore running;

    VesselAnalysisResource(VesselWatchService watches, MaritimeSettings settings, AlertMapper mapper,
            AnalysisConfig config) {
        this.watches = watches;
        this.settings = settings;
        this.mapper = mapper;
        this.running = new Semaphore(config.maxConcurrent());
    }

    /** @param fixes the rows read; {@code refused} those the data-quality gate refused (impossible positions, jumps) */
    public record VesselAnalysisResult(List<AlertView> alerts, List<Integer> mmsis, int fixes, long refused) {
    }

    @POST
    @Consumes({ "text/csv", MediaType.TEXT_PLAIN })
    @Produces(MediaType.APPLICATION_JSON)
    public VesselAnalysisResult analyze(String body, @QueryParam("watched") @DefaultValue("true") @Parameter(schema =
            @Schema(type = SchemaType.BOOLEAN)) String watchedParam) {
        boolean watched = ApiParameters.trueOrFalse(watchedParam, "watched", true);
        List<VesselCsv.Row> rows = parse(body);
        Set<Integer> mmsis = new TreeSet<>();
        rows.forEach(r -> mmsis.add(r.report().mmsi()));
        SeaContext now = watches.current();
        SeaContext context = new SeaContext(watched ? List.of(new VesselWatchSpec(0, "analysis", mmsis)) : List.of(),
                now.ports(), now.areas());
        if (!running.tryAcquire()) {
            throw ApiException.busy("too many analyses are running; try again shortly", 1);
        }
        VesselEngine engine = new VesselEngine(settings.toConfig());
        List<VesselDetection> found = new ArrayList<>();
        try {
            engine.setContext(context);
            for (VesselCsv.Row row : rows) {
                VesselReport r = row.report();
                found.addAll(engine.advanceTo(r.time()));
                if (row.statics() != null) {
                    found.addAll(engine.acceptStatics(r.mmsi(), row.statics(), r.time()));
                }
                found.addAll(engine.accept(r));
            }
        } finally {
            running.release();
        }
        Instant at = Instant.now();
        List<AlertView> alerts = found.stream().map(d -> mapper.view(d.withWatchId(null), at, engine.statics(d.mmsi())))
                .toList();
        return new VesselAnalysisResult(alerts, List.copyOf(mmsis), rows.size(), engine.refusedReports());
    }

    private static List<VesselCsv.Row> parse(String body) {
        if (body == null || body.isBlank()) {
            throw ApiException.badRequest("a vessel track CSV body is required");
        }
        try {
            List<VesselCsv.Row> rows = new ArrayList<>(VesselCsv.parse(new StringReader(body), "analysis"));
            if (rows.isEmpty()) {
                throw ApiException.badRequest("the vessel track CSV holds no fixes");
            }
            rows.sort(Comparator.comparingLong(r -> r.report().time()));
            return rows;
        } catch (VesselCsv.MalformedVesselCsvException e) {
            throw ApiException.badRequest("invalid vessel track CSV: " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
