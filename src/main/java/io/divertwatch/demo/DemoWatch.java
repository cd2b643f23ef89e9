package io.divertwatch.demo;

import io.divertwatch.source.EnabledSources;
import io.divertwatch.source.replay.ReplaySource;
import io.divertwatch.source.replay.SyntheticDiversion;
import io.divertwatch.watch.Watch;
import io.divertwatch.watch.WatchRequest;
import io.divertwatch.watch.WatchService;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.List;

/** When the bundled demo plays, its aircraft is watched with its filed route, as an analyst would. */
@ApplicationScoped
class DemoWatch {

    void onStart(@Observes StartupEvent event, EnabledSources sources, WatchService watches) {
        if (sources.find(ReplaySource.class).filter(ReplaySource::isBundledDemo).isEmpty()) {
            return;
        }
        boolean exists = Watch.count("icao24", SyntheticDiversion.ICAO24) > 0;
        if (!exists) {
            watches.create(new WatchRequest(SyntheticDiversion.ICAO24, SyntheticDiversion.CALLSIGN,
                    SyntheticDiversion.LABEL, new WatchRequest.RouteRequest(SyntheticDiversion.ORIGIN,
                            SyntheticDiversion.DESTINATION, List.of()), null));
            Log.infof("Demo: watching %s with its filed route %s→%s", SyntheticDiversion.ICAO24,
                    SyntheticDiversion.ORIGIN, SyntheticDiversion.DESTINATION);
        }
    }
}
