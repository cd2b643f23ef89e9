package io.divertwatch.vessel.feed;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * Plays a vessel track file (or the bundled simulated shuttle) at a speed-up, for demos, tests and
 * backtests. Data times are shifted so the replay ends at the wall time it finishes: every alert time
 * lies in the past, and the rules see the same spacing between fixes (and the same silences) as in
 * the recording.
 */
public final class VesselReplayFeed implements AisFeed {

    private final String file;
    private final double speed;
    private final FeedCounters counters;
    private volatile boolean running;
    private Thread player;

    /** @param file a vessel track CSV, or null for the bundled simulated shuttle */
    public VesselReplayFeed(String file, double speed, MeterRegistry registry) {
        this.file = file;
        this.speed = speed;
        this.counters = new FeedCounters(name(), registry);
    }

    @Override
    public String name() {
        return "replay";
    }

    public boolean isBundledDemo() {
        return file == null;
    }

    @Override
    public synchronized void start(Sink sink) {
        if (running) {
            return;
        }
        running = true;
        player = new Thread(() -> play(sink), "ais-replay");
        player.setDaemon(true);
        player.start();
    }

    @Override
    public synchronized void stop() {
        running = false;
        if (player != null) {
            player.interrupt();
        }
        counters.connected(false);
    }

    @Override
    public Status status() {
        return counters.status();
    }

    private void play(Sink sink) {
        List<VesselCsv.Row> rows;
        try {
            rows = load();
        } catch (IOException | VesselCsv.MalformedVesselCsvException e) {
            counters.failed(e.getMessage());
            Log.errorf("Vessel replay: %s cannot be played: %s", file, e.getMessage());
            return;
        }
        rows = rows.stream().sorted(Comparator.comparingLong(r -> r.report().time())).toList();
        long first = rows.get(0).report().time();
        long last = rows.get(rows.size() - 1).report().time();
        double wallStart = System.currentTimeMillis() / 1000.0;
        long shift = (long) (wallStart + (last - first) / speed) - last;
        counters.connected(true);
        Log.infof("Vessel replay: %d fixes of %s, %.1f h of data in %.1f min", rows.size(),
                file == null ? "the simulated shuttle" : file, (last - first) / 3600.0, (last - first) / speed / 60);
        for (VesselCsv.Row row : rows) {
            double due = wallStart + (row.report().time() - first) / speed;
            // Waiting through a silence, the clock goes on: silences are judged as they would be live.
            for (double wall; (wall = System.currentTimeMillis() / 1000.0) < due; ) {
                try {
                    Thread.sleep((long) Math.min(1000, (due - wall) * 1000) + 1);
                } catch (InterruptedException e) {
                    return;
                }
                if (!running) {
                    return;
                }
                sink.clock(first + (long) ((Math.min(due, System.currentTimeMillis() / 1000.0) - wallStart) * speed)
                        + shift);
            }
            if (!running) {
                return;
            }
            var r = row.report();
            counters.decoded();
            sink.row(new io.divertwatch.sea.VesselReport(r.mmsi(), r.time() + shift, r.lat(), r.lon(), r.speedKn(),
                    r.courseDeg(), r.heading(), r.status(), name()), row.statics());
        }
        counters.connected(false);
        Log.infof("Vessel replay finished at %s", Instant.now());
    }

    private List<VesselCsv.Row> load() throws IOException, VesselCsv.MalformedVesselCsvException {
        if (file == null) {
            return SyntheticShuttle.rows(1_700_000_000L);
        }
        try (Reader in = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
            return VesselCsv.parse(in, name());
        }
    }
}
