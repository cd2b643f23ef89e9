package io.divertwatch.support;

import io.divertwatch.track.StateVector;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** State vectors written as the project's track CSV, for tests that post tracks to the API. */
public final class TrackCsvText {

    public static final String HEADER = "timestamp_epoch_s,icao24,callsign,lat,lon,baro_altitude_m,on_ground,"
            + "velocity_mps,true_track_deg,vertical_rate_mps\n";

    private TrackCsvText() {
    }

    /** The header and one row per state. */
    public static String of(List<StateVector> states) {
        return HEADER + states.stream().map(TrackCsvText::row).collect(Collectors.joining("\n"));
    }

    private static String row(StateVector s) {
        return String.format(Locale.ROOT, "%d,%s,%s,%.6f,%.6f,%.1f,%s,%.2f,%.1f,%.2f", s.time(), s.icao24(),
                s.callsign(), s.lat(), s.lon(), s.baroAltitudeM(), s.onGround(), s.velocityMps(), s.trueTrackDeg(),
                s.verticalRateMps());
    }
}
