package io.divertwatch.demo;

import io.divertwatch.vessel.VesselFeeds;
import io.divertwatch.vessel.VesselWatch;
import io.divertwatch.vessel.VesselWatchRequest;
import io.divertwatch.vessel.VesselWatchService;
import io.divertwatch.vessel.feed.SyntheticShuttle;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** When the bundled maritime demo plays, its simulated shuttle is watched, as an analyst would watch it. */
@ApplicationScoped
class DemoVesselWatch {

    void onStart(@Observes StartupEvent event, VesselFeeds feeds, VesselWatchService watches) {
        if (!feeds.playsBundledDemo() || VesselWatch.count("mmsi", SyntheticShuttle.MMSI) > 0) {
            return;
        }
        watches.create(new VesselWatchRequest(SyntheticShuttle.MMSI, null, null, null, SyntheticShuttle.LABEL));
        Log.infof("Demo: watching the simulated vessel MMSI %d (%s)", SyntheticShuttle.MMSI, SyntheticShuttle.NAME);
    }
}
