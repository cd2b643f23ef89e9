package io.divertwatch.sea;

import io.divertwatch.detect.AlertType;
import io.divertwatch.detect.Clearance;
import io.divertwatch.detect.Severity;
import io.divertwatch.geo.Geodesy;

import java.util.List;
import java.util.Locale;

/**
 * {@code DESTINATION_MISMATCH} (docs/maritime.md): a vessel under way at sea whose course has been
 * more than 60° off the bearing to its declared destination (a known port) for the mismatch time:
 * it is not going where it says. The seed's Rajin legs were declared elsewhere. It is resolved when the
 * vessel heads for the declared port again for an hour (a ship's course changes slowly, and a detour
 * round a headland points away for a while), arrives there, or declares another destination.
 */
final class DestinationRule {

    /** A course this far off the bearing to the declared destination does not head for it. */
    static final double OFF_COURSE_DEG = 60;
    /** Heading for the declared port again this long resolves a mismatch. */
    static final long BACK_ON_COURSE_SECONDS = 3600;
    private static final double UNDER_WAY_KN = 3;

    private DestinationRule() {
    }

    static void onFix(VesselTrack t, VesselReport r, double speedKn, PortIndex ports, VesselWatchSpec watch,
            boolean matters, MaritimeConfig config, List<VesselDetection> out, List<Clearance> cleared) {
        String destination = t.statics.destination();
        if (t.mismatchKey != null && t.port != null && t.port.equals(t.declaredPort)) {
            clear(t, r, "arrived at its declared destination " + t.port.describe(), cleared);
        }
        if (destination == null || t.port != null || Double.isNaN(speedKn) || speedKn < UNDER_WAY_KN
                || Double.isNaN(r.courseDeg())) {
            return;
        }
        if (!destination.equals(t.declaredFor)) {
            if (t.mismatchKey != null) {
                clear(t, r, "now declares " + destination, cleared);
            }
            t.declaredFor = destination;
            t.declaredPort = ports.declared(destination);
            t.offCourseSince = 0;
            t.mismatchKey = null;
        }
        PortSpec port = t.declaredPort;
        if (port == null) {
            return;
        }
        double bearing = Geodesy.initialBearingDeg(r.lat(), r.lon(), port.lat(), port.lon());
        double off = Geodesy.headingDifferenceDeg(r.courseDeg(), bearing);
        if (off <= OFF_COURSE_DEG) {
            t.offCourseSince = 0;
            if (t.mismatchKey != null) {
                t.onCourseSince = t.onCourseSince == 0 ? r.time() : t.onCourseSince;
                if (r.time() - t.onCourseSince >= BACK_ON_COURSE_SECONDS) {
                    clear(t, r, String.format(Locale.ROOT, "heading for %s again for %.1f h", port.describe(),
                            (r.time() - t.onCourseSince) / 3600.0), cleared);
                }
            }
            return;
        }
        t.onCourseSince = 0;
        if (t.offCourseSince == 0) {
            t.offCourseSince = r.time();
        }
        double hours = (r.time() - t.offCourseSince) / 3600.0;
        if (t.mismatchKey != null || !matters || hours < config.destinationOffHours()) {
            return;
        }
        t.mismatchKey = AlertType.DESTINATION_MISMATCH + ":" + t.mmsi + ":" + t.offCourseSince;
        out.add(new VesselDetection(t.mismatchKey, AlertType.DESTINATION_MISMATCH,
                watch != null ? Severity.CRITICAL : Severity.WARNING, r.time(), t.mmsi,
                watch == null ? null : watch.id(), port, List.of(),
                new VesselFix(r.time(), r.lat(), r.lon(), r.speedKn(), r.courseDeg(), r.source()),
                String.format(Locale.ROOT, "%s declares %s but has not headed for it for %.1f h: course %03.0f°, "
                        + "while %s lies at %03.0f° (%.0f° off), %s.", t.who(), destination, hours, r.courseDeg(),
                        port.describe(), bearing, off, Places.describe(ports, r.lat(), r.lon())), t.recent(10), null));
    }

    /** The mismatch no longer holds; a new spell off course may raise a new one. */
    private static void clear(VesselTrack t, VesselReport r, String reason, List<Clearance> cleared) {
        cleared.add(new Clearance(t.mismatchKey, AlertType.DESTINATION_MISMATCH, r.time(), null, null, reason));
        t.mismatchKey = null;
        t.onCourseSince = 0;
    }
}
