package io.divertwatch.sea;

import io.divertwatch.detect.AlertType;
import io.divertwatch.detect.Severity;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * {@code PORT_CALL} (docs/maritime.md): a vessel that stops inside a port (below the stop speed for
 * the minimum stop), or falls silent inside one for the port-silence time, calls there; it has left
 * once beyond the leaving distance. Calls alert at a watched port for any vessel, and at any port for
 * a watched vessel: once on arrival, once on departure (which refers to the arrival). Navigational
 * status is not trusted: ferries report "under way" while moored.
 */
final class PortCallRule {

    private PortCallRule() {
    }

    /** Follows the vessel in and out of ports with a trusted fix. */
    static void onFix(VesselTrack t, VesselReport r, double speedKn, PortIndex ports, VesselWatchSpec watch,
            MaritimeConfig config, List<VesselDetection> out) {
        if (t.port != null && !PortIndex.within(t.port, r.lat(), r.lon(), config.leaveKm())) {
            depart(t, r.time(), false, watch, out);
        }
        if (t.port == null) {
            PortSpec entered = ports.inside(r.lat(), r.lon());
            if (entered != null) {
                t.port = entered;
                t.enteredAt = r.time();
                t.callKey = null;
                t.stopped = false;
            }
        }
        if (!Double.isNaN(speedKn)) {
            if (!t.stopped && speedKn < config.stopBelowKn()) {
                t.stopped = true;
                t.stoppedSince = r.time();
            } else if (t.stopped && speedKn > config.moveAboveKn()) {
                t.stopped = false;
            }
        }
        if (t.port != null && t.callKey == null && t.stopped) {
            long since = Math.max(t.stoppedSince, t.enteredAt);
            if (r.time() - since >= config.minStopMinutes() * 60) {
                arrive(t, since, String.format(Locale.ROOT, "stopped inside the port at %s (%.0f min below %.1f kn)",
                        hhmm(since), (r.time() - since) / 60.0, config.stopBelowKn()), r, watch, out);
            }
        }
    }

    /** A vessel silent inside a port for the port-silence time stays there: a call, from its last fix. */
    static void onSilence(VesselTrack t, long now, VesselWatchSpec watch, MaritimeConfig config,
            List<VesselDetection> out) {
        if (t.port != null && t.callKey == null && now - t.lastTime >= config.portSilenceMinutes() * 60) {
            arrive(t, t.lastTime, String.format(Locale.ROOT, "fell silent inside the port at %s and stayed silent "
                    + "%.0f h", hhmm(t.lastTime), (now - t.lastTime) / 3600.0), null, watch, out);
        }
    }

    /** The vessel spoke again elsewhere after a silence: it left the port during it. */
    static void leftDuringSilence(VesselTrack t, VesselWatchSpec watch, List<VesselDetection> out) {
        if (t.port != null) {
            depart(t, t.lastTime, true, watch, out);
        }
    }

    private static void arrive(VesselTrack t, long since, String how, VesselReport r, VesselWatchSpec watch,
            List<VesselDetection> out) {
        t.calledAt = since;
        t.callKey = AlertType.PORT_CALL + ":" + t.mmsi + ":" + portKey(t.port) + ":" + since;
        if (!matters(t.port, watch)) {
            return;
        }
        VesselFix at = r == null ? t.lastFix()
                : new VesselFix(r.time(), r.lat(), r.lon(), r.speedKn(), r.courseDeg(), r.source());
        out.add(new VesselDetection(t.callKey, AlertType.PORT_CALL, severity(t.port, watch), at.time(), t.mmsi,
                watch == null ? null : watch.id(), t.port, List.of(), at,
                t.who() + " called at " + t.port.describe() + ": " + how + ".", t.recent(10), null));
    }

    private static void depart(VesselTrack t, long time, boolean duringSilence, VesselWatchSpec watch,
            List<VesselDetection> out) {
        PortSpec left = t.port;
        if (t.callKey != null && matters(left, watch)) {
            double hours = (time - t.calledAt) / 3600.0;
            String when = duringSilence ? "during a silence that began at " + hhmm(time) : "at " + hhmm(time);
            out.add(new VesselDetection(t.callKey + ":left", AlertType.PORT_CALL, severity(left, watch), time, t.mmsi,
                    watch == null ? null : watch.id(), left, List.of(), t.lastFix(),
                    String.format(Locale.ROOT, "%s left %s %s, after %.0f h in port.", t.who(), left.describe(), when,
                            hours), t.recent(10), t.callKey));
        }
        if (t.callKey != null) {
            t.lastPort = left;
            t.leftAt = time;
        }
        t.port = null;
        t.callKey = null;
    }

    private static boolean matters(PortSpec port, VesselWatchSpec watch) {
        return port.watched() || watch != null;
    }

    private static Severity severity(PortSpec port, VesselWatchSpec watch) {
        if (port.watched()) {
            return watch != null ? Severity.CRITICAL : Severity.WARNING;
        }
        return Severity.INFO;
    }

    static String portKey(PortSpec port) {
        return port.id() != null ? String.valueOf(port.id()) : PortIndex.key(port.name());
    }

    static String hhmm(long time) {
        return Instant.ofEpochSecond(time).toString().substring(0, 16).replace('T', ' ') + " UTC";
    }
}
