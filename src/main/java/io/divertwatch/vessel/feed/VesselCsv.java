package io.divertwatch.vessel.feed;

import io.divertwatch.common.CsvLine;
import io.divertwatch.sea.VesselReport;
import io.divertwatch.sea.VesselStatics;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Vessel track files, recognised by their header: the project's own vessel track CSV
 * ({@value #HEADER}), the Danish Maritime Authority's {@code aisdk} CSV and the US MarineCadastre
 * CSV. Each row is a position report and what the vessel said of itself with it. A malformed row is an
 * error naming its line and column: a track is evidence, and silently dropping part of it would
 * change the verdict. Times are UTC.
 */
public final class VesselCsv {

    public static final String HEADER =
            "timestamp_epoch_s,mmsi,lat,lon,speed_kn,course_deg,heading,name,imo,call_sign,destination";
    private static final int MAX_REPORTED_ERRORS = 5;
    private static final DateTimeFormatter DMA_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");
    /** AIS began in 2002; 2100 is beyond any data this service will see. */
    private static final long EARLIEST = 1_009_843_200L;
    private static final long LATEST = 4_102_444_800L;

    public enum Format {
        DIVERTWATCH, DMA_AISDK, MARINECADASTRE
    }

    /** One row: the report, the vessel's statics as the row gives them, and the row's line. */
    public record Row(VesselReport report, VesselStatics statics, int line) {
    }

    /** Thrown for input that is not a vessel track CSV; the message is fit to show to the sender. */
    public static final class MalformedVesselCsvException extends Exception {
        public MalformedVesselCsvException(String message) {
            super(message);
        }
    }

    private VesselCsv() {
    }

    public static List<Row> parse(Reader reader, String source) throws IOException, MalformedVesselCsvException {
        BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader, 1 << 16);
        String header = in.readLine();
        if (header == null || header.isBlank()) {
            throw new MalformedVesselCsvException("empty body: expected a vessel track CSV with header " + HEADER
                    + ", or a Danish aisdk or MarineCadastre CSV");
        }
        Map<String, Integer> columns = new HashMap<>();
        List<String> names = CsvLine.split(header.replace("\uFEFF", "").replaceFirst("^#\\s*", ""));
        for (int i = 0; i < names.size(); i++) {
            columns.put(names.get(i).trim().toLowerCase(Locale.ROOT), i);
        }
        Format format = columns.containsKey("timestamp_epoch_s") ? Format.DIVERTWATCH
                : columns.containsKey("type of mobile") ? Format.DMA_AISDK
                : columns.containsKey("basedatetime") ? Format.MARINECADASTRE : null;
        if (format == null) {
            throw new MalformedVesselCsvException("header is none of: " + HEADER
                    + "; the Danish aisdk CSV (# Timestamp,Type of mobile,MMSI,…); the MarineCadastre CSV "
                    + "(MMSI,BaseDateTime,LAT,LON,…)");
        }
        Columns c = new Columns(format, columns);
        List<Row> rows = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        int errorCount = 0;
        int lineNo = 1;
        for (String line; (line = in.readLine()) != null; ) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            try {
                rows.add(c.row(CsvLine.split(line), source, lineNo));
            } catch (IllegalArgumentException e) {
                errorCount++;
                if (errors.size() < MAX_REPORTED_ERRORS) {
                    errors.add("line " + lineNo + ": " + e.getMessage());
                }
            }
        }
        if (errorCount > 0) {
            throw new MalformedVesselCsvException(errorCount + " malformed row(s); " + String.join("; ", errors));
        }
        if (rows.isEmpty()) {
            throw new MalformedVesselCsvException("no rows after the header");
        }
        return rows;
    }

    /** Where each field is in one format, and how to read it. */
    private record Columns(Format format, Map<String, Integer> at) {

        Row row(List<String> f, String source, int line) {
            return switch (format) {
                case DIVERTWATCH -> new Row(new VesselReport(mmsi(f, "mmsi"), epoch(f, "timestamp_epoch_s"),
                        coordinate(f, "lat", 90), coordinate(f, "lon", 180), speed(f, "speed_kn"), course(f, "course_deg"),
                        heading(f, "heading"), -1, source), new VesselStatics(imo(f, "imo"), text(f, "name"),
                        text(f, "call_sign"), 0, 0, 0, Double.NaN, text(f, "destination"), null), line);
                case DMA_AISDK -> new Row(new VesselReport(mmsi(f, "mmsi"), dmaTime(f, "timestamp"),
                        coordinate(f, "latitude", 90), coordinate(f, "longitude", 180), speed(f, "sog"), course(f, "cog"),
                        heading(f, "heading"), -1, source), new VesselStatics(imo(f, "imo"), text(f, "name"),
                        text(f, "callsign"), 0, integer(f, "length"), integer(f, "width"), decimal(f, "draught"),
                        text(f, "destination"), null), line);
                case MARINECADASTRE -> new Row(new VesselReport(mmsi(f, "mmsi"), isoTime(f, "basedatetime"),
                        coordinate(f, "lat", 90), coordinate(f, "lon", 180), speed(f, "sog"), course(f, "cog"),
                        heading(f, "heading"), -1, source), new VesselStatics(imo(f, "imo"), text(f, "vesselname"),
                        text(f, "callsign"), integer(f, "vesseltype"), integer(f, "length"), integer(f, "width"),
                        decimal(f, "draft"), null, null), line);
            };
        }

        private String cell(List<String> f, String column) {
            Integer i = at.get(column);
            if (i == null || i >= f.size()) {
                return "";
            }
            String v = f.get(i).trim();
            return v.equalsIgnoreCase("unknown") || v.equalsIgnoreCase("undefined") ? "" : v;
        }

        private int mmsi(List<String> f, String column) {
            String v = cell(f, column);
            if (!v.matches("\\d{1,9}") || Integer.parseInt(v) == 0) {
                throw new IllegalArgumentException(column + " '" + shown(v) + "' is not an MMSI (1 to 9 digits, not 0)");
            }
            return Integer.parseInt(v);
        }

        private long epoch(List<String> f, String column) {
            String v = cell(f, column);
            if (!v.matches("\\d{1,12}")) {
                throw new IllegalArgumentException(column + " '" + shown(v) + "' is not Unix seconds");
            }
            return bounded(Long.parseLong(v), column);
        }

        private long dmaTime(List<String> f, String column) {
            try {
                return bounded(LocalDateTime.parse(cell(f, column), DMA_TIME).toEpochSecond(ZoneOffset.UTC), column);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(column + " '" + shown(cell(f, column)) + "' is not dd/MM/yyyy HH:mm:ss");
            }
        }

        private long isoTime(List<String> f, String column) {
            try {
                return bounded(LocalDateTime.parse(cell(f, column)).toEpochSecond(ZoneOffset.UTC), column);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(column + " '" + shown(cell(f, column)) + "' is not yyyy-MM-ddTHH:mm:ss");
            }
        }

        private static long bounded(long time, String column) {
            if (time < EARLIEST || time > LATEST) {
                throw new IllegalArgumentException(column + " is outside 2002–2100");
            }
            return time;
        }

        private double coordinate(List<String> f, String column, double limit) {
            double v = decimal(f, column);
            if (Double.isNaN(v) || Math.abs(v) > limit) {
                throw new IllegalArgumentException(column + " '" + shown(cell(f, column)) + "' is not within ±" + limit);
            }
            return v;
        }

        /** Speed over ground in knots; 102.3 and above mean "not available". */
        private double speed(List<String> f, String column) {
            double v = decimal(f, column);
            if (v < 0) {
                throw new IllegalArgumentException(column + " is negative");
            }
            return v >= 102.2 ? Double.NaN : v;
        }

        /** Course over ground; 360 means "not available". */
        private double course(List<String> f, String column) {
            double v = decimal(f, column);
            if (v < 0 || v > 360) {
                throw new IllegalArgumentException(column + " is not within 0–360");
            }
            return v >= 360 ? Double.NaN : v;
        }

        private int heading(List<String> f, String column) {
            double v = decimal(f, column);
            return Double.isNaN(v) || v < 0 || v >= 360 ? -1 : (int) v;
        }

        private int imo(List<String> f, String column) {
            String v = cell(f, column).toUpperCase(Locale.ROOT).replace("IMO", "").trim();
            return v.matches("\\d{7}") ? Integer.parseInt(v) : 0;
        }

        private int integer(List<String> f, String column) {
            double v = decimal(f, column);
            return Double.isNaN(v) || v < 0 || v > 10_000 ? 0 : (int) Math.round(v);
        }

        private double decimal(List<String> f, String column) {
            String v = cell(f, column);
            if (v.isEmpty()) {
                return Double.NaN;
            }
            if (!v.matches("[-+]?(\\d+\\.?\\d*|\\.\\d+)")) {
                throw new IllegalArgumentException(column + " '" + shown(v) + "' is not a plain decimal number");
            }
            return Double.parseDouble(v);
        }

        private String text(List<String> f, String column) {
            String v = cell(f, column);
            if (v.length() > 40 || v.chars().anyMatch(ch -> ch < ' ')) {
                throw new IllegalArgumentException(column + " is not plain text of at most 40 characters");
            }
            return v.isEmpty() ? null : v;
        }

        private static String shown(String v) {
            return v.length() > 30 ? v.substring(0, 30) + "…" : v;
        }
    }
}
