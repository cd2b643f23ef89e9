package io.divertwatch.sea;

import io.divertwatch.detect.AlertType;
import io.divertwatch.detect.Severity;

import java.util.List;
import java.util.Locale;

/**
 * {@code AIS_GAP} (docs/maritime.md): a vessel that matters (watched, or last seen near a watched port
 * or area) silent for the gap time. A vessel silent inside a port is staying there (the port-silence
 * rule counts it as a call), not hiding. The gap is reported once, when it reaches the gap time; when
 * the vessel speaks again, {@code POSSIBLE_UNDECLARED_PORT_CALL} asks what the silence left time for.
 */
final class AisGapRule {

    private AisGapRule() {
    }

    static void onSilence(VesselTrack t, long now, PortIndex ports, VesselWatchSpec watch, MaritimeConfig config,
            List<VesselDetection> out) {
        if (t.gapKey != null || t.port != null || now - t.lastTime < config.gapHours() * 3600) {
            return;
        }
        boolean near = ports.nearWatched(t.lastLat, t.lastLon);
        if (watch == null && !near) {
            return;
        }
        t.gapKey = AlertType.AIS_GAP + ":" + t.mmsi + ":" + t.lastTime;
        Severity severity = watch != null && near ? Severity.CRITICAL : Severity.WARNING;
        String moving = Double.isNaN(t.lastSpeedKn) ? ""
                : Double.isNaN(t.lastCourseDeg) || t.lastSpeedKn < config.stopBelowKn()
                        ? String.format(Locale.ROOT, " at %.1f kn", t.lastSpeedKn)
                        : String.format(Locale.ROOT, " heading %03.0f° at %.1f kn", t.lastCourseDeg, t.lastSpeedKn);
        out.add(new VesselDetection(t.gapKey, AlertType.AIS_GAP, severity, now, t.mmsi, watch == null ? null : watch.id(),
                null, List.of(), t.lastFix(), String.format(Locale.ROOT, "%s has been silent %.1f h since %s, last seen %s%s.",
                        t.who(), (now - t.lastTime) / 3600.0, PortCallRule.hhmm(t.lastTime),
                        Places.describe(ports, t.lastLat, t.lastLon), moving), t.recent(10), null));
    }
}
