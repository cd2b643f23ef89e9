package io.divertwatch.evidence;

import io.divertwatch.aircraft.StoredFixes.StoredFix;
import io.divertwatch.alert.FixView;
import io.divertwatch.sea.VesselFix;
import io.divertwatch.track.Fix;

import java.time.Instant;

/**
 * One position in an evidence bundle, aircraft or vessel alike: what the feed said (data time, values,
 * feed name) and when this service received it.
 *
 * @param altitudeM   barometric altitude; NaN for a vessel or when unknown
 * @param receivedAt  wall time of receipt; null when not kept (vessels, fixes stored before it was)
 */
record EvidenceFix(String subject, String callsign, long time, double lat, double lon, double altitudeM,
        Boolean onGround, double groundSpeedMps, double trackDeg, double verticalRateMps, String squawk,
        String source, Instant receivedAt) {

    private static final double KNOT_MPS = 1852.0 / 3600;

    static EvidenceFix of(StoredFix s) {
        Fix f = s.fix();
        return new EvidenceFix(s.icao24(), s.callsign(), f.time(), f.lat(), f.lon(), f.altitudeM(), f.onGround(),
                f.groundSpeedMps(), f.trackDeg(), f.verticalRateMps(), f.squawk(), f.source(), s.receivedAt());
    }

    static EvidenceFix of(int mmsi, VesselFix f) {
        return new EvidenceFix(String.valueOf(mmsi), null, f.time(), f.lat(), f.lon(), Double.NaN, null,
                f.speedKn() * KNOT_MPS, f.courseDeg(), Double.NaN, null, f.source(), null);
    }

    /** A fix as the alert document carries it: its evidence, when the stored track is gone. */
    static EvidenceFix of(String subject, FixView f) {
        return new EvidenceFix(subject, null, f.time().getEpochSecond(), f.lat(), f.lon(), orNaN(f.altitudeM()),
                f.onGround(), orNaN(f.groundSpeedMps()), orNaN(f.trackDeg()), orNaN(f.verticalRateMps()), f.squawk(),
                f.source(), null);
    }

    Instant instant() {
        return Instant.ofEpochSecond(time);
    }

    private static double orNaN(Double value) {
        return value == null ? Double.NaN : value;
    }
}
