package io.divertwatch.vessel.feed;

import io.divertwatch.geo.GeoPoint;
import io.divertwatch.geo.Geodesy;
import io.divertwatch.sea.VesselReport;
import io.divertwatch.sea.VesselStatics;

import java.util.ArrayList;
import java.util.List;

/**
 * The bundled maritime demo, SIMULATED (not recorded): the seed story's shuttle. A cargo vessel lies
 * alongside at Vostochnyy, sails out south-west, falls silent for two days, and is seen again off
 * Vladivostok heading in, declaring Vladivostok. Two days is time enough for a call at Najin (Rajin),
 * where the seed's ships loaded containers with their AIS off.
 */
public final class SyntheticShuttle {

    /** A made-up MMSI in the Russian range; no such vessel exists. */
    public static final int MMSI = 273_999_001;
    public static final String NAME = "SIMULATED SHUTTLE";
    public static final String LABEL = "Demo (simulated): a Vostochny shuttle that goes dark for two days";
    public static final long SILENCE_SECONDS = 48 * 3600;

    private static final GeoPoint VOSTOCHNY_BERTH = new GeoPoint(42.7634, 133.0041);
    private static final GeoPoint OFF_VLADIVOSTOK = new GeoPoint(42.95, 131.85);

    private SyntheticShuttle() {
    }

    /** The scenario's rows, the first at {@code start} (Unix seconds). */
    public static List<VesselCsv.Row> rows(long start) {
        VesselStatics statics = new VesselStatics(0, NAME, "UBSIM", 70, 140, 22, 7.5, "VLADIVOSTOK", null);
        List<VesselCsv.Row> out = new ArrayList<>();
        long t = start;
        // Alongside for an hour and a half, a fix every five minutes.
        for (int i = 0; i < 18; i++, t += 300) {
            out.add(row(t, VOSTOCHNY_BERTH, 0.1, Double.NaN, statics));
        }
        // Out of the bay south-west at 12 kn for an hour and a half, a fix every two minutes.
        GeoPoint p = VOSTOCHNY_BERTH;
        for (int i = 0; i < 45; i++, t += 120) {
            p = Geodesy.destination(p.lat(), p.lon(), 225, 12 * 1.852 * 120 / 3600);
            out.add(row(t, p, 12, 225, statics));
        }
        // Two days of silence, then heading in to Vladivostok at 11 kn for an hour.
        t += SILENCE_SECONDS;
        p = OFF_VLADIVOSTOK;
        for (int i = 0; i < 30; i++, t += 120) {
            out.add(row(t, p, 11, 10, statics));
            p = Geodesy.destination(p.lat(), p.lon(), 10, 11 * 1.852 * 120 / 3600);
        }
        return out;
    }

    private static VesselCsv.Row row(long t, GeoPoint p, double speedKn, double courseDeg, VesselStatics statics) {
        return new VesselCsv.Row(new VesselReport(MMSI, t, p.lat(), p.lon(), speedKn, courseDeg, -1, 0, "replay"),
                statics, 0);
    }
}
