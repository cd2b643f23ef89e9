package io.divertwatch.vessel;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.divertwatch.ais.AisMessage;
import io.divertwatch.common.Outage;
import io.divertwatch.poll.PollConfig;
import io.divertwatch.poll.PollerLease;
import io.divertwatch.sea.VesselReport;
import io.divertwatch.sea.VesselStatics;
import io.divertwatch.source.EnabledSources;
import io.divertwatch.source.replay.ReplaySource;
import io.divertwatch.vessel.feed.AisFeed;
import io.divertwatch.vessel.feed.AisStreamFeed;
import io.divertwatch.vessel.feed.NmeaFeed;
import io.divertwatch.vessel.feed.VesselReplayFeed;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The AIS feeds, run by the replica that holds the poller lease, like the aircraft feeds: started when
 * it takes the lease (after the tracks that matter are rebuilt from stored fixes), stopped when it
 * loses it. While a live feed is receiving, data time runs on with the wall clock from the newest data
 * time received, so a vessel that falls silent is judged even when nothing else arrives.
 */
@ApplicationScoped
public class VesselFeeds {

    /** A live feed that received within this long counts as receiving: the sea's clock goes on. */
    private static final long RECEIVING_SECONDS = 120;

    private final List<AisFeed> feeds = new ArrayList<>();
    private final LiveVessels vessels;
    private final PollerLease lease;
    private final StoredVesselFixes stored;
    private final Duration rebuildWindow;
    /** False on an API-only replica ({@code divertwatch.poll.enabled=false}): it never takes the feeds. */
    private final boolean polling;
    private volatile boolean running;
    private final Outage leaseOutage = new Outage();

    VesselFeeds(VesselFeedsConfig config, MaritimeSettings settings, LiveVessels vessels, VesselWatchService watches,
            PollerLease lease, PollConfig poll, StoredVesselFixes stored, EnabledSources aircraftFeeds,
            ObjectMapper json, MeterRegistry registry) {
        this.vessels = vessels;
        this.lease = lease;
        this.stored = stored;
        this.rebuildWindow = config.rebuildWindow();
        this.polling = poll.enabled();
        double nearKm = settings.toConfig().nearWatchedKm();
        for (String name : config.feeds()) {
            switch (name.trim().toLowerCase(Locale.ROOT)) {
                case "aisstream" -> {
                    if (config.aisstream().apiKey().isEmpty()) {
                        Log.warn("AIS feed aisstream has no divertwatch.maritime.aisstream.api-key: aisstream.io "
                                + "will refuse the subscription (a stand-in server may not)");
                    }
                    feeds.add(new AisStreamFeed(config.aisstream().url(), config.aisstream().apiKey().orElse(""),
                            config.aisstream().maxBackoff(), () -> AisInterest.of(watches.current(), nearKm),
                            json, registry));
                }
                case "nmea" -> {
                    if (config.nmea().tcp().isEmpty() && config.nmea().udpPort().isEmpty()) {
                        throw new IllegalStateException("divertwatch.maritime.feeds has nmea: set "
                                + "divertwatch.maritime.nmea.tcp (host:port) or divertwatch.maritime.nmea.udp-port");
                    }
                    feeds.add(new NmeaFeed(config.nmea().tcp().orElse(null), config.nmea().udpPort().orElse(null),
                            config.nmea().maxBackoff(), registry));
                }
                case "replay" -> feeds.add(new VesselReplayFeed(config.replay().file().orElse(null),
                        config.replay().speed(), registry));
                case "none", "" -> {
                }
                default -> throw new IllegalStateException("Unknown AIS feed '" + name
                        + "' in divertwatch.maritime.feeds: use aisstream, nmea, replay or none");
            }
        }
        // The offline demo tells the sea's story too, unless a vessel replay is configured already.
        boolean aircraftDemo = aircraftFeeds.find(ReplaySource.class).filter(ReplaySource::isBundledDemo).isPresent();
        if (aircraftDemo && feeds.stream().noneMatch(VesselReplayFeed.class::isInstance)) {
            feeds.add(new VesselReplayFeed(null, config.replay().speed(), registry));
        }
    }

    public List<AisFeed.Status> statuses() {
        return feeds.stream().map(AisFeed::status).toList();
    }

    public boolean playsBundledDemo() {
        return feeds.stream().anyMatch(f -> f instanceof VesselReplayFeed r && r.isBundledDemo());
    }

    @Scheduled(every = "${divertwatch.poll.tick:1s}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void tick() {
        if (feeds.isEmpty() || !polling) {
            return;
        }
        boolean held = lease.holdOrPause(leaseOutage, "AIS feeds paused");
        if (held && !running) {
            rebuildTracks();
            running = true;
            feeds.forEach(f -> f.start(sink));
            Log.infof("AIS feeds started: %s", feeds.stream().map(AisFeed::name).toList());
        } else if (!held && running) {
            stopAll();
        } else if (held && receivingLive()) {
            vessels.followWallClock(Instant.now().getEpochSecond());
        }
    }

    void onStop(@Observes ShutdownEvent stop) {
        stopAll();
    }

    private void stopAll() {
        if (running) {
            running = false;
            feeds.forEach(AisFeed::stop);
            Log.info("AIS feeds stopped");
        }
    }

    private boolean receivingLive() {
        Instant recent = Instant.now().minusSeconds(RECEIVING_SECONDS);
        return feeds.stream().filter(f -> !(f instanceof VesselReplayFeed)).map(AisFeed::status)
                .anyMatch(s -> s.connected() && s.lastMessageAt() != null && s.lastMessageAt().isAfter(recent));
    }

    private void rebuildTracks() {
        try {
            long since = Instant.now().minus(rebuildWindow).getEpochSecond();
            int fixes = vessels.rebuild(stored.allSince(since));
            Log.infof("Rebuilt vessel tracks from %d stored fixes", fixes);
        } catch (RuntimeException e) {
            Log.errorf(e, "Could not rebuild vessel tracks from stored fixes; they start empty");
        }
    }

    private final AisFeed.Sink sink = new AisFeed.Sink() {
        @Override
        public void message(AisMessage message, long time, String feed) {
            vessels.accept(message, time, feed);
        }

        @Override
        public void row(VesselReport report, VesselStatics statics) {
            vessels.accept(report, statics);
        }

        @Override
        public void clock(long time) {
            vessels.advanceTo(time);
        }
    };
}
