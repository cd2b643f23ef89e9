package io.divertwatch.sea;

import io.divertwatch.detect.AlertType;
import io.divertwatch.detect.Severity;
import io.divertwatch.geo.Geodesy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code POSITION_IMPLAUSIBLE} (docs/maritime.md): the gate refused a position no hull could have
 * reached from the last trusted one. The refused position goes through no rule (no call, no
 * encounter); for a vessel that matters it is reported, once until a position is trusted again.
 */
final class PositionCheck {

    private PositionCheck() {
    }

    static VesselDetection implausible(VesselTrack t, VesselReport r, String key, VesselWatchSpec watch,
            PortIndex ports) {
        double km = Geodesy.distanceKm(t.lastLat, t.lastLon, r.lat(), r.lon());
        double hours = Math.max(1, r.time() - t.lastTime) / 3600.0;
        VesselFix claimed = new VesselFix(r.time(), r.lat(), r.lon(), r.speedKn(), r.courseDeg(), r.source());
        List<VesselFix> evidence = new ArrayList<>(t.recent(5));
        evidence.add(claimed);
        return new VesselDetection(key, AlertType.POSITION_IMPLAUSIBLE, watch != null ? Severity.CRITICAL
                : Severity.WARNING, r.time(), t.mmsi, watch == null ? null : watch.id(), null, List.of(), claimed,
                String.format(Locale.ROOT, "%s reported a position %.0f km from where it was %.0f min before (%.0f kn): "
                        + "no hull sails that fast, so the position (%s) is wrong or spoofed and was not used; last "
                        + "trusted %s.", t.who(), km, hours * 60, km / 1.852 / hours, Places.describe(ports, r.lat(),
                                r.lon()), Places.describe(ports, t.lastLat, t.lastLon)), evidence, null);
    }
}
