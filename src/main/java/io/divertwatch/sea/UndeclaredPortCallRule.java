package io.divertwatch.sea;

import io.divertwatch.detect.AlertType;
import io.divertwatch.detect.Severity;
import io.divertwatch.geo.Geodesy;
import io.divertwatch.sea.VesselDetection.PortCandidate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * {@code POSSIBLE_UNDECLARED_PORT_CALL} (docs/maritime.md), the maritime twin of the undeclared stop:
 * a vessel speaks again after a silence long enough for a call at a watched port within reach. A port
 * is within reach when sailing from where the vessel was last seen to the port and on to where it
 * reappeared, at the fastest a merchant vessel sails, plus the shortest call, fits in the silence.
 * Candidates are ranked by how much of the silence a typical call there explains (the vessel's own
 * cruising speed and a typical cargo stay): a two-day silence between Vostochny and Vladivostok is
 * explained by a call at Rajin far better than by one next door. A declared destination the track did
 * not head for is told as evidence; a port the vessel declared ranks lower.
 */
final class UndeclaredPortCallRule {

    private static final int MAX_CANDIDATES = 5;

    private UndeclaredPortCallRule() {
    }

    /**
     * @param before the last fix before the silence
     * @param after  the first fix after it
     */
    static void onReturn(VesselTrack t, VesselFix before, VesselFix after, PortIndex ports, VesselWatchSpec watch,
            MaritimeConfig config, List<VesselDetection> out) {
        double silenceH = (after.time() - before.time()) / 3600.0;
        if (silenceH < config.undeclaredMinHours()) {
            return;
        }
        double cruise = Double.isNaN(t.cruiseKn) ? config.cruiseSpeedKn()
                : Math.max(6, Math.min(config.maxSpeedKn(), t.cruiseKn));
        PortSpec declared = ports.declared(t.statics.destination());
        double directKm = Geodesy.distanceKm(before.lat(), before.lon(), after.lat(), after.lon());
        List<PortCandidate> candidates = new ArrayList<>();
        for (PortSpec p : ports.watchedPorts()) {
            // Seen in or at the port at either end, or just come from it: no call there was hidden.
            if (p.distanceKm(before.lat(), before.lon()) <= config.leaveKm()
                    || p.distanceKm(after.lat(), after.lon()) <= config.leaveKm() || justLeft(t, p, before, config.typicalStayHours() * 3600)) {
                continue;
            }
            double viaKm = p.distanceKm(before.lat(), before.lon()) + p.distanceKm(after.lat(), after.lon());
            double neededH = viaKm / (config.maxSpeedKn() * 1.852) + config.minStayHours();
            if (neededH > silenceH) {
                continue;
            }
            double typicalH = viaKm / (cruise * 1.852) + config.typicalStayHours();
            double explained = Math.min(1, typicalH / silenceH);
            boolean isDeclared = declared != null && PortIndex.key(declared.name()).equals(PortIndex.key(p.name()));
            candidates.add(new PortCandidate(p.id(), p.name(), p.country(), Math.max(0, viaKm - directKm), neededH,
                    explained, isDeclared, isDeclared ? explained / 2 : explained));
        }
        if (candidates.isEmpty()) {
            return;
        }
        candidates.sort(Comparator.comparingDouble(PortCandidate::score).reversed());
        List<PortCandidate> ranked = List.copyOf(candidates.subList(0, Math.min(MAX_CANDIDATES, candidates.size())));
        PortCandidate top = ranked.get(0);
        StringBuilder summary = new StringBuilder(String.format(Locale.ROOT,
                "%s reappeared %s after %.0f h of silence since %s: time enough for a call at %s (%.0f %% of the "
                        + "silence explained by sailing there at %.0f kn and a %.0f h stay)",
                t.who(), Places.describe(ports, after.lat(), after.lon()), silenceH,
                Places.describe(ports, before.lat(), before.lon()), describe(top), top.explained() * 100, cruise,
                config.typicalStayHours()));
        if (ranked.size() > 1) {
            summary.append("; also within reach: ").append(ranked.subList(1, ranked.size()).stream()
                    .map(PortCandidate::name).collect(Collectors.joining(", ")));
        }
        summary.append('.');
        String off = offCourse(declared, before, t.statics.destination());
        if (off != null) {
            summary.append(' ').append(off);
        }
        List<VesselFix> evidence = new ArrayList<>(t.recent(4));
        evidence.add(after);
        String key = AlertType.POSSIBLE_UNDECLARED_PORT_CALL + ":" + t.mmsi + ":" + before.time();
        out.add(new VesselDetection(key, AlertType.POSSIBLE_UNDECLARED_PORT_CALL,
                watch != null ? Severity.CRITICAL : Severity.WARNING, after.time(), t.mmsi,
                watch == null ? null : watch.id(), null, ranked, after, summary.toString(), evidence, t.gapKey));
    }

    /** Whether the silence began within the typical stay's time of leaving this port. */
    private static boolean justLeft(VesselTrack t, PortSpec p, VesselFix before, double typicalStaySeconds) {
        return t.lastPort != null && PortCallRule.portKey(t.lastPort).equals(PortCallRule.portKey(p))
                && before.time() - t.leftAt < typicalStaySeconds;
    }

    /** "Its declared destination, VLADIVOSTOK, lay 140° off its course when it fell silent." or null. */
    private static String offCourse(PortSpec declared, VesselFix before, String destination) {
        if (declared == null || Double.isNaN(before.courseDeg()) || before.speedKn() < 3) {
            return null;
        }
        double bearing = Geodesy.initialBearingDeg(before.lat(), before.lon(), declared.lat(), declared.lon());
        double off = Geodesy.headingDifferenceDeg(before.courseDeg(), bearing);
        return off > DestinationRule.OFF_COURSE_DEG ? String.format(Locale.ROOT,
                "Its declared destination, %s, lay %.0f° off its course when it fell silent.", destination, off) : null;
    }

    private static String describe(PortCandidate c) {
        return c.country() == null || c.country().isBlank() ? c.name() : c.name() + " (" + c.country() + ")";
    }
}
