package io.divertwatch.source.replay;

import io.divertwatch.source.FeedJson;
import io.divertwatch.source.FlightDataSource;
import io.divertwatch.source.SourceHealth;
import io.divertwatch.source.SourceStatus;
import io.divertwatch.source.opensky.OpenSkyStatesParser;
import io.divertwatch.track.StateVector;
import io.quarkus.logging.Log;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Plays recorded (or the bundled synthetic) state vectors at a speed-up. Data times are shifted so
 * the replay ends at the wall time it finishes: every alert time lies in the past, and the engine
 * sees the same spacing between fixes as in the recording.
 */
@ApplicationScoped
@Identifier(ReplaySource.NAME)
public class ReplaySource implements FlightDataSource {

    public static final String NAME = "replay";

    private final ReplayConfig config;
    private List<StateVector> states;
    private String description;
    private long wallStart = -1;
    private long firstDataTime;
    /** Added to every data time so the replay ends at the wall time it finishes. */
    private long shift;
    private int next;
    private final SourceHealth health = new SourceHealth(NAME);

    ReplaySource(ReplayConfig config) {
        this.config = config;
    }

    public boolean isBundledDemo() {
        return config.file().filter(f -> !f.isBlank()).isEmpty();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public synchronized PollResult poll(long now) {
        if (states == null) {
            load();
        }
        if (next >= states.size()) {
            return PollResult.notDue();
        }
        if (wallStart < 0) {
            wallStart = now;
            long duration = states.get(states.size() - 1).time() - states.get(0).time();
            firstDataTime = states.get(0).time();
            // Shift so that the last fix plays at the wall time the replay ends.
            shift = wallStart + (long) Math.ceil(duration / config.speed()) - duration - firstDataTime;
            Log.infof("Replay: %s, %d states over %d min of data at %.0fx", description, states.size(),
                    duration / 60, config.speed());
        }
        long playedUntil = firstDataTime + (long) ((now - wallStart) * config.speed());
        List<StateVector> due = new ArrayList<>();
        while (next < states.size() && states.get(next).time() <= playedUntil) {
            due.add(shifted(states.get(next++)));
        }
        if (next >= states.size()) {
            Log.infof("Replay: finished %s", description);
        }
        health.success(Instant.ofEpochSecond(now));
        return PollResult.success(due, playedUntil + shift);
    }

    private StateVector shifted(StateVector s) {
        return new StateVector(s.icao24(), s.callsign(), s.originCountry(),
                s.timePosition() > 0 ? s.timePosition() + shift : 0, s.lastContact() + shift, s.lat(), s.lon(),
                s.baroAltitudeM(), s.onGround(), s.velocityMps(), s.trueTrackDeg(), s.verticalRateMps(),
                s.geoAltitudeM(), s.squawk(), s.source());
    }

    private void load() {
        if (isBundledDemo()) {
            states = SyntheticDiversion.states(1_700_000_000L);
            description = "bundled SYNTHETIC demo scenario (" + SyntheticDiversion.LABEL + ")";
            return;
        }
        Path file = Path.of(config.file().get());
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            List<StateVector> loaded = file.toString().endsWith(".csv") ? TrackCsv.parse(reader, name())
                    : readJsonLines(reader);
            loaded = new ArrayList<>(loaded);
            loaded.sort(Comparator.comparingLong(StateVector::time));
            if (loaded.isEmpty()) {
                health.failure(Outcome.BAD_RESPONSE, "replay file " + file + " holds no states");
                states = List.of();
                return;
            }
            states = loaded;
            description = file.toString();
        } catch (IOException | TrackCsv.MalformedTrackException | FeedJson.BadResponse e) {
            health.failure(Outcome.BAD_RESPONSE, "cannot replay " + file + ": " + e.getMessage());
            states = List.of();
        }
    }

    private List<StateVector> readJsonLines(BufferedReader reader) throws IOException, FeedJson.BadResponse {
        List<StateVector> out = new ArrayList<>();
        String line;
        while ((line = reader.readLine()) != null) {
            if (!line.isBlank()) {
                out.addAll(OpenSkyStatesParser.parse(line.getBytes(StandardCharsets.UTF_8), name()).states());
            }
        }
        return out;
    }

    @Override
    public SourceStatus status() {
        return new SourceStatus(name(), List.of(description == null ? "not started" : description), 0, 0L, null,
                health.lastSuccess(), health.lastError(), health.lastErrorAt(), null);
    }
}
