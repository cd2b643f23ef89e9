package io.divertwatch.detect.engine;

import io.divertwatch.detect.Clearance;
import io.divertwatch.detect.Detection;
import io.divertwatch.detect.DetectionConfig;
import io.divertwatch.detect.GeofenceSpec;
import io.divertwatch.detect.Landing;
import io.divertwatch.detect.WatchContext;
import io.divertwatch.detect.WatchSpec;
import io.divertwatch.detect.WatchedAirportSpec;
import io.divertwatch.geo.AirportIndex;
import io.divertwatch.track.Icao24;
import io.divertwatch.track.StateVector;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Runs a recorded track through a fresh engine exactly as live data would flow through it, for one
 * watch: the backtest behind {@code POST /api/v1/analyses} and the quality evaluation.
 */
public final class TrackAnalyzer {

    private final DetectionConfig config;
    private final AirportIndex airports;

    public TrackAnalyzer(DetectionConfig config, AirportIndex airports) {
        this.config = config;
        this.airports = airports;
    }

    /** What the track raised, what of it was resolved later in the track, and where it landed. */
    public record Result(List<Detection> detections, List<Clearance> clearances, Landing landing) {
    }

    /**
     * @param states         oldest first (they are sorted by time if not)
     * @param watch          the watch to apply; its icao24 selects the aircraft in the file
     * @param watchedAirports the watched airports in force
     * @param geofences      the geofences in force
     */
    public Result analyze(List<StateVector> states, WatchSpec watch, List<WatchedAirportSpec> watchedAirports,
            List<GeofenceSpec> geofences) {
        DetectionEngine engine = new DetectionEngine(config, airports);
        engine.setWatchContext(new WatchContext(List.of(watch), watchedAirports, geofences));
        List<StateVector> ordered = new ArrayList<>(states);
        ordered.sort(Comparator.comparingLong(StateVector::time));
        List<Detection> detections = new ArrayList<>();
        for (StateVector sv : ordered) {
            // Silence is judged as the poller judges it: data time moves on before each new fix.
            detections.addAll(engine.advanceTo(sv.time()));
            detections.addAll(engine.accept(sv));
        }
        detections.addAll(engine.finish());
        Landing landing = watch.icao24() == null ? null : engine.lastLanding(Icao24.parse(watch.icao24()));
        return new Result(detections, engine.drainClearances(), landing);
    }
}
