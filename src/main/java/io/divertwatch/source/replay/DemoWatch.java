package io.divertwatch.source.replay;

import io.divertwatch.watch.Watch;
import io.divertwatch.watch.WatchRequest;
import io.divertwatch.watch.WatchService;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;

/** When the bundled demo plays, its aircraft is watched with its filed route, as an analyst would. */
@ApplicationScoped
class DemoWatch {

    void onStart(@Observes StartupEvent event, @ConfigProperty(name = "divertwatch.source") String sources,
            ReplaySource replay, WatchService watches) {
        if (!List.of(sources.split(",")).stream().map(String::trim).toList().contains("replay")
                || !replay.isBundledDemo()) {
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
