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
 * {@code ENCOUNTER} (docs/maritime.md): two vessels within the encounter distance of each other, both
 * slow, for the encounter time, at sea (away from every known port and anchorage): a possible
 * ship-to-ship transfer. It alerts when either vessel is watched or the pair lies in a watched area;
 * once per encounter, and again, escalated, when it has lasted three times as long. Slow vessels are
 * kept in a grid ({@link SlowVesselGrid}): a report looks at its own neighbourhood only.
 */
final class EncounterRule {

    /** A neighbour's last report older than this says nothing of where it is now. */
    private static final long NEIGHBOUR_STALE_SECONDS = 600;
    /** Apart (or unheard) this long, the pair has broken up: a new contact is a new encounter. */
    private static final long BREAK_SECONDS = 1800;
    private static final double ESCALATE_AFTER = 3;

    private final SlowVesselGrid grid = new SlowVesselGrid();
    private final Map<Long, Pair> pairs = new HashMap<>();

    private static final class Pair {
        final int a;
        final int b;
        final long since;
        long lastContact;
        double lat;
        double lon;
        double closestKm = Double.MAX_VALUE;
        String key;
        boolean escalated;
        /** Whether it lies at sea, judged once when it has lasted the encounter time; null before. */
        Boolean atSea;

        Pair(int a, int b, long since) {
            this.a = a;
            this.b = b;
            this.since = since;
        }
    }

    /** A vessel's trusted fix at {@code speedKn}: its place in the grid, and its contacts. */
    void onFix(VesselTrack t, VesselReport r, double speedKn, IntFunction<VesselTrack> tracks,
            Function<VesselTrack, VesselWatchSpec> watchOf, PortIndex ports, MaritimeConfig config,
            List<VesselDetection> out) {
        boolean slow = !Double.isNaN(speedKn) && speedKn < config.encounterMaxKn() && !t.sharedMmsi;
        long cell = slow ? SlowVesselGrid.cellOf(r.lat(), r.lon()) : SlowVesselGrid.NONE;
        t.slowCell = grid.move(t.mmsi, t.slowCell, cell);
        if (!slow) {
            return;
        }
        grid.forEachNear(r.lat(), r.lon(), other -> {
            if (other != t.mmsi) {
                VesselTrack o = tracks.apply(other);
                if (o != null && r.time() - o.lastTime <= NEIGHBOUR_STALE_SECONDS && !o.sharedMmsi) {
                    contact(t, o, r, watchOf, ports, config, out);
                }
            }
        });
    }

    private void contact(VesselTrack t, VesselTrack o, VesselReport r, Function<VesselTrack, VesselWatchSpec> watchOf,
            PortIndex ports, MaritimeConfig config, List<VesselDetection> out) {
        double km = Geodesy.distanceKm(r.lat(), r.lon(), o.lastLat, o.lastLon);
        if (km > config.encounterKm()) {
            return;
        }
        long key = pairKey(t.mmsi, o.mmsi);
        Pair p = pairs.get(key);
        if (p == null || r.time() - p.lastContact > BREAK_SECONDS) {
            p = new Pair(Math.min(t.mmsi, o.mmsi), Math.max(t.mmsi, o.mmsi), r.time());
            pairs.put(key, p);
        }
        p.lastContact = r.time();
        p.lat = (r.lat() + o.lastLat) / 2;
        // Halfway the short way round: a pair astride the antimeridian lies there, not at 0°.
        p.lon = Geodesy.normalizeLon(r.lon() + Geodesy.normalizeLon(o.lastLon - r.lon()) / 2);
        p.closestKm = Math.min(p.closestKm, km);
        double hours = (p.lastContact - p.since) / 3600.0;
        if (hours < config.encounterHours() || p.escalated) {
            return;
        }
        if (p.atSea == null) {
            // Side by side in a port or its anchorage is moored, not transferring at sea. Judged once:
            // a pair drifts a few kilometres at most while it lasts.
            p.atSea = ports.awayFromPorts(p.lat, p.lon, config.awayFromPortKm());
        }
        if (!p.atSea) {
            return;
        }
        boolean escalate = p.key != null && hours >= config.encounterHours() * ESCALATE_AFTER;
        if (p.key != null && !escalate) {
            return;
        }
        VesselWatchSpec watchT = watchOf.apply(t);
        VesselWatchSpec watchO = watchOf.apply(o);
        if (watchT == null && watchO == null && !ports.inWatchedArea(p.lat, p.lon)) {
            return;
        }
        // The alert is about the watched vessel when one is; the other is its counterpart.
        VesselTrack subject = watchT != null || watchO == null ? t : o;
        VesselTrack counterpart = subject == t ? o : t;
        VesselWatchSpec watch = subject == t ? watchT : watchO;
        Severity severity = watchT != null || watchO != null ? Severity.CRITICAL : Severity.WARNING;
        List<VesselFix> evidence = new ArrayList<>(subject.recent(5));
        evidence.addAll(counterpart.recent(5));
        String where = Places.describe(ports, p.lat, p.lon);
        if (p.key == null) {
            p.key = AlertType.ENCOUNTER + ":" + p.a + ":" + p.b + ":" + p.since;
            out.add(new VesselDetection(p.key, AlertType.ENCOUNTER, severity, r.time(), subject.mmsi,
                    watch == null ? null : watch.id(), null, List.of(), subject.lastFix(), String.format(Locale.ROOT,
                            "%s and %s have lain within %.0f m of each other below %.0f kn for %.1f h %s, away from "
                                    + "any port: a possible ship-to-ship transfer.", subject.who(), counterpart.who(),
                            p.closestKm * 1000, config.encounterMaxKn(), hours, where),
                    evidence, null, counterpart.mmsi));
        } else {
            p.escalated = true;
            out.add(new VesselDetection(p.key + ":long", AlertType.ENCOUNTER, Severity.CRITICAL, r.time(),
                    subject.mmsi, watch == null ? null : watch.id(), null, List.of(), subject.lastFix(),
                    String.format(Locale.ROOT, "%s and %s are still side by side %s after %.1f h: a long transfer, or "
                            + "a rendezvous.", subject.who(), counterpart.who(), where, hours), evidence, p.key,
                    counterpart.mmsi));
        }
    }

    /** Forgets pairs apart since long before {@code now}. */
    void sweep(long now) {
        pairs.values().removeIf(p -> now - p.lastContact > BREAK_SECONDS);
    }

    /** Takes a vessel that is forgotten out of the grid. */
    void forget(VesselTrack t) {
        t.slowCell = grid.move(t.mmsi, t.slowCell, SlowVesselGrid.NONE);
    }

    int pairsFollowed() {
        return pairs.size();
    }

    /** The pair's key whichever vessel reports; spread as {@link SlowVesselGrid}'s cell keys are. */
    private static long pairKey(int x, int y) {
        return ((long) Math.min(x, y) << 32 | Math.max(x, y)) * 0x9E3779B97F4A7C15L;
    }
}
