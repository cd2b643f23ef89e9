package io.divertwatch.alert;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.divertwatch.track.Fix;

import java.time.Instant;

/** One fix as the API and webhooks show it; unknown values are omitted. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FixView(Instant time, double lat, double lon, Double altitudeM, Boolean onGround,
        Double groundSpeedMps, Double trackDeg, Double verticalRateMps, String squawk, String source) {

    public static FixView of(Fix f) {
        return new FixView(Instant.ofEpochSecond(f.time()), f.lat(), f.lon(), known(f.altitudeM()), f.onGround(),
                known(f.groundSpeedMps()), known(f.trackDeg()), known(f.verticalRateMps()), f.squawk(), f.source());
    }

    public static Double known(double v) {
        return Double.isNaN(v) ? null : v;
    }
}
