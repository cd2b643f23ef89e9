package io.divertwatch.sea;

import io.divertwatch.detect.AlertType;
import io.divertwatch.detect.Severity;
import io.divertwatch.geo.Geodesy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * {@code IDENTITY_CHANGED} and {@code DESTINATION_CHANGED} at sea (docs/maritime.md): what a vessel
 * says of itself changed. For one MMSI a new IMO number, name or call sign; for one IMO number a new
 * MMSI (and so, when its first three digits differ, another flag); two transmitters using one MMSI at
 * once. A declared destination changed while at sea. Each for a vessel that matters, with before and
 * after, when and where.
 */
final class IdentityRule {

    private final Map<Integer, Integer> mmsiByImo = new HashMap<>();

    /** What the vessel said changed from {@code before} to {@code after}. */
    void onStatics(VesselTrack t, VesselStatics before, VesselStatics after, VesselWatchSpec watch, boolean matters,
            long now, IntFunction<VesselTrack> tracks, Function<VesselTrack, VesselWatchSpec> watchOf, PortIndex ports,
            List<VesselDetection> out) {
        List<String> changes = new ArrayList<>();
        if (before.imo() > 0 && after.imo() != before.imo()) {
            changes.add("IMO " + before.imo() + " → " + after.imo());
        }
        if (differs(before.name(), after.name())) {
            changes.add("name " + before.name() + " → " + after.name());
        }
        if (differs(before.callSign(), after.callSign())) {
            changes.add("call sign " + before.callSign() + " → " + after.callSign());
        }
        boolean oldMatters = false;
        if (after.imo() > 0) {
            Integer previous = mmsiByImo.put(after.imo(), t.mmsi);
            if (previous != null && previous != t.mmsi) {
                VesselTrack old = tracks.apply(previous);
                oldMatters = old != null && watchOf.apply(old) != null;
                changes.add("IMO " + after.imo() + " was transmitted as MMSI " + previous
                        + (old != null && old.hasFix() ? " until " + PortCallRule.hhmm(old.lastTime) : "")
                        + flag(previous, t.mmsi));
            }
        }
        if (!changes.isEmpty() && (matters || oldMatters)) {
            out.add(detection(AlertType.IDENTITY_CHANGED, t, watch, now, ports, t.who() + " changed what it says it "
                    + "is: " + String.join("; ", changes)));
        }
        if (differs(before.destination(), after.destination()) && t.hasFix() && t.port == null && matters) {
            out.add(detection(AlertType.DESTINATION_CHANGED, t, watch, now, ports, String.format(Locale.ROOT,
                    "%s changed its declared destination at sea from %s to %s.", t.who(), before.destination(),
                    after.destination())));
        }
    }

    /** The gate found two transmitters taking turns with this MMSI. */
    void onShared(VesselTrack t, VesselReport r, VesselWatchSpec watch, long now, PortIndex ports,
            List<VesselDetection> out) {
        double km = Geodesy.distanceKm(t.lastLat, t.lastLon, r.lat(), r.lon());
        out.add(detection(AlertType.IDENTITY_CHANGED, t, watch, now, ports, String.format(Locale.ROOT,
                "Two transmitters are using MMSI %d at once: its positions take turns %.0f km apart (%s and %s).",
                t.mmsi, km, Places.describe(ports, t.lastLat, t.lastLon), Places.describe(ports, r.lat(), r.lon()))));
    }

    private static VesselDetection detection(AlertType type, VesselTrack t, VesselWatchSpec watch, long now,
            PortIndex ports, String summary) {
        String where = t.hasFix() ? " Last seen " + Places.describe(ports, t.lastLat, t.lastLon) + "." : "";
        return new VesselDetection(type + ":" + t.mmsi + ":" + now + ":" + Integer.toHexString(summary.hashCode()),
                type, watch != null ? Severity.CRITICAL : Severity.WARNING, now, t.mmsi,
                watch == null ? null : watch.id(), null, List.of(), t.hasFix() ? t.lastFix() : null, summary + where,
                t.recent(5), null);
    }

    /** " (MID 273 → 667: another flag)" when the MMSIs' Maritime Identification Digits differ. */
    private static String flag(int from, int to) {
        int a = from / 1_000_000;
        int b = to / 1_000_000;
        return a == b ? "" : String.format(Locale.ROOT, " (MID %03d → %03d: another flag)", a, b);
    }

    private static boolean differs(String before, String after) {
        return before != null && after != null && !PortIndex.key(before).equals(PortIndex.key(after));
    }
}
