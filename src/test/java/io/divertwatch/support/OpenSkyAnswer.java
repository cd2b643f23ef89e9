package io.divertwatch.support;

import io.divertwatch.track.StateVector;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** An OpenSky {@code /states/all} answer as the API writes it: 17 fields a state, unknowns as null. */
public final class OpenSkyAnswer {

    private OpenSkyAnswer() {
    }

    public static String of(long time, List<StateVector> states) {
        return "{\"time\": " + time + ", \"states\": ["
                + states.stream().map(OpenSkyAnswer::state).collect(Collectors.joining(", ")) + "]}";
    }

    private static String state(StateVector s) {
        return String.format(Locale.ROOT, "[\"%s\", %s, \"Demo\", %d, %d, %s, %s, %s, %s, %s, %s, %s, null, %s, %s, false, 0]",
                s.icao24(), text(s.callsign() == null ? null : String.format("%-8s", s.callsign())), s.timePosition(),
                s.lastContact(), number(s.lon()), number(s.lat()), number(s.baroAltitudeM()),
                s.onGround() == null ? "false" : s.onGround(), number(s.velocityMps()), number(s.trueTrackDeg()),
                number(s.verticalRateMps()), number(s.geoAltitudeM()), text(s.squawk()));
    }

    private static String number(double v) {
        return Double.isNaN(v) ? "null" : String.format(Locale.ROOT, "%.6f", v);
    }

    private static String text(String v) {
        return v == null ? "null" : "\"" + v + "\"";
    }
}
