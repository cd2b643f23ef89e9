package io.divertwatch.support;

import io.divertwatch.sea.VesselReport;
import io.divertwatch.sea.VesselStatics;
import io.divertwatch.vessel.feed.SyntheticShuttle;
import io.divertwatch.vessel.feed.VesselCsv;

import java.util.List;
import java.util.Locale;

/** The simulated Vostochny shuttle as a vessel track CSV (the project's format), under any MMSI. */
public final class ShuttleCsv {

    private ShuttleCsv() {
    }

    /** Rows of the shuttle with {@code mmsi}, its last fix {@code endsAgoSeconds} before now. */
    public static List<VesselCsv.Row> rows(int mmsi, long endsAgoSeconds) {
        List<VesselCsv.Row> base = SyntheticShuttle.rows(0);
        long last = base.get(base.size() - 1).report().time();
        long shift = java.time.Instant.now().getEpochSecond() - endsAgoSeconds - last;
        return base.stream().map(r -> {
            VesselReport p = r.report();
            return new VesselCsv.Row(new VesselReport(mmsi, p.time() + shift, p.lat(), p.lon(), p.speedKn(),
                    p.courseDeg(), p.heading(), p.status(), p.source()), r.statics(), r.line());
        }).toList();
    }

    public static String text(int mmsi, long endsAgoSeconds) {
        StringBuilder csv = new StringBuilder(VesselCsv.HEADER).append('\n');
        for (VesselCsv.Row r : rows(mmsi, endsAgoSeconds)) {
            VesselReport p = r.report();
            VesselStatics s = r.statics();
            csv.append(String.format(Locale.ROOT, "%d,%d,%.6f,%.6f,%.1f,%s,,%s,%s,%s,%s%n", p.time(), mmsi, p.lat(),
                    p.lon(), p.speedKn(), Double.isNaN(p.courseDeg()) ? "" : String.format(Locale.ROOT, "%.1f",
                            p.courseDeg()), s.name(), s.imo() > 0 ? s.imo() : "", s.callSign(), s.destination()));
        }
        return csv.toString();
    }
}
