package io.divertwatch.sea;

import io.divertwatch.detect.AlertType;
import io.divertwatch.detect.Severity;

import java.util.List;
import java.util.Locale;

/**
 * {@code LOITERING} (docs/maritime.md): a watched vessel slower than the loitering speed for the
 * loitering time, at sea (in no port, away from every known port): waiting for a rendezvous, or for
 * dark. Once per spell; moving again (or entering a port) ends it.
 */
final class LoiteringRule {

    private LoiteringRule() {
    }

    static void onFix(VesselTrack t, VesselReport r, double speedKn, PortIndex ports, VesselWatchSpec watch,
            MaritimeConfig config, List<VesselDetection> out) {
        boolean slow = !Double.isNaN(speedKn) && speedKn < config.loiterMaxKn();
        if (!slow || t.port != null) {
            // Hysteresis: a loiterer nudging its engine up for a minute is still loitering.
            if (t.port != null || !Double.isNaN(speedKn) && speedKn > config.loiterMaxKn() + 1) {
                t.loiterSince = 0;
                t.loiterKey = null;
            }
            return;
        }
        if (t.loiterSince == 0) {
            t.loiterSince = r.time();
        }
        double hours = (r.time() - t.loiterSince) / 3600.0;
        if (watch == null || t.loiterKey != null || hours < config.loiterHours()) {
            return;
        }
        // Judged once a spell: slow near a port is waiting for a berth, and stays so while it drifts.
        t.loiterKey = AlertType.LOITERING + ":" + t.mmsi + ":" + t.loiterSince;
        if (!ports.awayFromPorts(r.lat(), r.lon(), config.awayFromPortKm())) {
            return;
        }
        out.add(new VesselDetection(t.loiterKey, AlertType.LOITERING, Severity.WARNING, r.time(), t.mmsi, watch.id(),
                null, List.of(), new VesselFix(r.time(), r.lat(), r.lon(), r.speedKn(), r.courseDeg(), r.source()),
                String.format(Locale.ROOT, "%s has been loitering %s for %.1f h (below %.0f kn since %s), away from "
                        + "any port.", t.who(), Places.describe(ports, r.lat(), r.lon()), hours, config.loiterMaxKn(),
                        PortCallRule.hhmm(t.loiterSince)), t.recent(10), null));
    }
}
