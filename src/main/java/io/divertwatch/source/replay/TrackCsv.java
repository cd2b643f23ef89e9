package io.divertwatch.source.replay;

import io.divertwatch.common.Text;
import io.divertwatch.track.Icao24;
import io.divertwatch.track.StateVector;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads the project's track CSV interchange format (docs/feeds.md):
 * {@code timestamp_epoch_s,icao24,callsign,lat,lon,baro_altitude_m,on_ground,velocity_mps,true_track_deg,vertical_rate_mps}.
 * Columns are found by header name; empty cells mean unknown. A malformed row is an error that names
 * its line: a track is evidence, and silently dropping part of it would change the verdict.
 */
public final class TrackCsv {

    public static final String HEADER =
            "timestamp_epoch_s,icao24,callsign,lat,lon,baro_altitude_m,on_ground,velocity_mps,true_track_deg,vertical_rate_mps";
    private static final List<String> REQUIRED = List.of("timestamp_epoch_s", "icao24", "lat", "lon");
    private static final int MAX_REPORTED_ERRORS = 5;
    /** A plain decimal number: no NaN, Infinity, hexadecimal or type suffix. */
    private static final Pattern DECIMAL = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");
    /** ADS-B did not exist before 1990; 2100 is beyond any data this service will see. */
    private static final long EARLIEST = 631_152_000L;
    private static final long LATEST = 4_102_444_800L;

    private TrackCsv() {
    }

    /** Thrown for input that is not a valid track CSV; the message is fit to show to the sender. */
    public static final class MalformedTrackException extends Exception {
        public MalformedTrackException(String message) {
            super(message);
        }
    }

    public static List<StateVector> parse(Reader reader, String source) throws IOException, MalformedTrackException {
        BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader, 1 << 16);
        String header = in.readLine();
        if (header == null || header.isBlank()) {
            throw new MalformedTrackException("empty body: expected a track CSV with header " + HEADER);
        }
        Map<String, Integer> columns = new HashMap<>();
        String[] names = header.replace("\uFEFF", "").split(",", -1);
        for (int i = 0; i < names.length; i++) {
            columns.put(names[i].trim().toLowerCase(Locale.ROOT), i);
        }
        for (String required : REQUIRED) {
            if (!columns.containsKey(required)) {
                throw new MalformedTrackException("missing column '" + required + "'; expected header " + HEADER);
            }
        }
        Columns c = new Columns(columns);
        List<StateVector> states = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        int errorCount = 0;
        String line;
        int lineNo = 1;
        while ((line = in.readLine()) != null) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            try {
                states.add(c.parse(line.split(",", -1), source));
            } catch (IllegalArgumentException e) {
                errorCount++;
                if (errors.size() < MAX_REPORTED_ERRORS) {
                    errors.add("line " + lineNo + ": " + e.getMessage());
                }
            }
        }
        if (errorCount > 0) {
            throw new MalformedTrackException(errorCount + " malformed row(s): " + String.join("; ", errors));
        }
        return states;
    }

    private record Columns(int time, int icao24, int callsign, int lat, int lon, int altitude, int onGround,
            int velocity, int track, int verticalRate) {

        Columns(Map<String, Integer> c) {
            this(c.get("timestamp_epoch_s"), c.get("icao24"), c.getOrDefault("callsign", -1), c.get("lat"),
                    c.get("lon"), c.getOrDefault("baro_altitude_m", -1), c.getOrDefault("on_ground", -1),
                    c.getOrDefault("velocity_mps", -1), c.getOrDefault("true_track_deg", -1),
                    c.getOrDefault("vertical_rate_mps", -1));
        }

        StateVector parse(String[] f, String source) {
            String timeText = cell(f, time);
            if (timeText.isEmpty()) {
                throw new IllegalArgumentException("timestamp_epoch_s is empty");
            }
            long t;
            try {
                t = Long.parseLong(timeText);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("timestamp_epoch_s '" + shown(timeText) + "' is not a whole number");
            }
            if (t < EARLIEST || t >= LATEST) {
                throw new IllegalArgumentException("timestamp_epoch_s " + t + " is not between 1990 and 2100");
            }
            String icao = Icao24.parse(cell(f, icao24));
            if (icao == null) {
                throw new IllegalArgumentException("icao24 '" + shown(cell(f, icao24)) + "' is not 6 hex digits");
            }
            double la = number(f, lat, "lat", -90, 90);
            double lo = number(f, lon, "lon", -180, 180);
            String ground = cell(f, onGround).toLowerCase(Locale.ROOT);
            Boolean grounded = switch (ground) {
                case "" -> null;
                case "true", "1" -> Boolean.TRUE;
                case "false", "0" -> Boolean.FALSE;
                default -> throw new IllegalArgumentException("on_ground '" + shown(ground) + "' is not true/false");
            };
            String cs = cell(f, callsign);
            if (!Text.isPlain(cs) || cs.length() > 8) {
                throw new IllegalArgumentException("callsign has more than 8 characters or control characters");
            }
            // Physical bounds, wide: below the Dead Sea to above any aircraft's ceiling; standing to well past
            // any airliner's ground speed; vertical rates as glitchy as feeds send them, not beyond.
            return new StateVector(icao, cs.isEmpty() ? null : cs, null, t, t, la, lo,
                    number(f, altitude, "baro_altitude_m", -1_500, 30_000), grounded,
                    number(f, velocity, "velocity_mps", 0, 1_500), number(f, track, "true_track_deg", 0, 360),
                    number(f, verticalRate, "vertical_rate_mps", -1_000, 1_000), Double.NaN, null, source);
        }

        private static String cell(String[] f, int i) {
            return i >= 0 && i < f.length ? f[i].trim() : "";
        }

        /** The cell's number (NaN when empty) within [min, max], or an error naming the column. */
        private static double number(String[] f, int i, String name, double min, double max) {
            String s = cell(f, i);
            if (s.isEmpty()) {
                return Double.NaN;
            }
            if (!DECIMAL.matcher(s).matches()) {
                throw new IllegalArgumentException(name + " '" + shown(s) + "' is not a decimal number");
            }
            double v = Double.parseDouble(s);
            if (!(v >= min && v <= max)) {
                throw new IllegalArgumentException(name + " " + s + " is not between " + (long) min + " and "
                        + (long) max);
            }
            return v;
        }

        /** A cell as an error message may quote it: short, without control characters. */
        private static String shown(String cell) {
            String cut = cell.length() > 40 ? cell.substring(0, 40) + "…" : cell;
            return Text.isPlain(cut) ? cut : "(unprintable)";
        }
    }
}
