package io.divertwatch.support;

import io.divertwatch.detect.AlertType;
import io.divertwatch.detect.Detection;
import io.divertwatch.detect.Severity;
import io.divertwatch.track.Fix;

import java.util.List;
import java.util.stream.IntStream;

/** Synthetic detections with distinct incident keys, for tests of what happens after detection. */
public final class Detections {

    private Detections() {
    }

    public static List<Detection> distinct(String prefix, int count) {
        return IntStream.range(0, count).mapToObj(i -> numbered(prefix, i)).toList();
    }

    /** The {@code i}-th of {@link #distinct}: aircraft {@code prefix} followed by {@code i} in three hex digits. */
    public static Detection numbered(String prefix, int i) {
        String icao = String.format("%s%03x", prefix, i);
        Fix fix = new Fix(1_700_000_000L + i, 39.2, 125.7, 900, false, 80, 20, -4, null, "test");
        return new Detection(icao + "|1|DIVERTED|ZKPY", AlertType.DIVERTED, Severity.CRITICAL, fix.time(), icao,
                "TST" + i, null, "ZKPY", List.of(), "ZSPD", "UUEE", fix, "TST" + i + " landed at ZKPY.",
                List.of(fix), null, false, null);
    }
}
