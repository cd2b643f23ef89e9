package io.divertwatch.evidence;

import java.util.List;
import java.util.Locale;

/**
 * The fixes as CSV, one row per fix, oldest first: what a spreadsheet or a script reads. Text cells that
 * a spreadsheet would run as a formula (a hostile callsign or feed name starting with {@code =}) are
 * prefixed with an apostrophe.
 */
final class FixesCsv {

    static final String HEADER = "time,epoch_s,subject,callsign,lat,lon,altitude_m,on_ground,ground_speed_mps,"
            + "track_deg,vertical_rate_mps,squawk,source,received_at";

    private FixesCsv() {
    }

    static String render(List<EvidenceFix> fixes) {
        StringBuilder out = new StringBuilder(HEADER.length() + 2 + fixes.size() * 140).append(HEADER).append("\r\n");
        for (EvidenceFix f : fixes) {
            out.append(f.instant()).append(',').append(f.time()).append(',').append(text(f.subject())).append(',')
                    .append(text(f.callsign())).append(',').append(number(f.lat(), 6)).append(',')
                    .append(number(f.lon(), 6)).append(',').append(number(f.altitudeM(), 1)).append(',')
                    .append(f.onGround() == null ? "" : f.onGround()).append(',')
                    .append(number(f.groundSpeedMps(), 2)).append(',').append(number(f.trackDeg(), 1)).append(',')
                    .append(number(f.verticalRateMps(), 2)).append(',').append(text(f.squawk())).append(',')
                    .append(text(f.source())).append(',').append(f.receivedAt() == null ? "" : f.receivedAt())
                    .append("\r\n");
        }
        return out.toString();
    }

    static String number(double value, int decimals) {
        return Double.isNaN(value) ? "" : String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    /** RFC 4180 quoting where needed, and no cell a spreadsheet would evaluate. */
    static String text(String value) {
        if (value == null) {
            return "";
        }
        String v = value.trim();
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        return v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")
                ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }
}
