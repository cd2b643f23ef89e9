package io.divertwatch.identity;

import io.divertwatch.common.CsvLine;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The register files DivertWatch reads: the Plane-Alert database CSV, the OpenSky aircraft database
 * CSV and the tar1090-db CSV. Each is recognised by its first line; a row without a valid address is
 * skipped and counted, never fatal.
 */
public enum RegisterFormat {

    /** {@code $ICAO,$Registration,$Operator,$Type,$ICAO Type,…}; {@code $} and {@code #} mark display columns. */
    PLANE_ALERT,
    /** {@code icao24,registration,manufacturericao,manufacturername,model,typecode,serialnumber,…,operator,…,operatoricao,…}, quoted with ' or ". */
    OPENSKY,
    /** {@code icao;reg;type;flags;desc;year;ownOp;}, no header. */
    TAR1090;

    /** What reading a file gave: the register and how many rows were skipped. */
    public record Read(Register register, int rows, int skipped) {
    }

    /** The format a file's first line shows, or null for none known. */
    public static RegisterFormat recognise(String firstLine) {
        String head = firstLine == null ? "" : firstLine.replace("\uFEFF", "").toLowerCase(Locale.ROOT);
        if (head.contains("$icao") || head.startsWith("icao,") && head.contains("registration")) {
            return PLANE_ALERT;
        }
        if (head.contains("icao24") && head.contains("registration")) {
            return OPENSKY;
        }
        if (head.contains(";")) {
            return TAR1090;
        }
        return null;
    }

    public static RegisterFormat parse(String name) {
        for (RegisterFormat f : values()) {
            if (f.label().equals(name.trim().toLowerCase(Locale.ROOT))) {
                return f;
            }
        }
        throw new IllegalArgumentException("register format '" + name + "' is not one of plane-alert, opensky, tar1090");
    }

    /** The register's own name, as answers cite it. */
    public String displayName() {
        return switch (this) {
            case PLANE_ALERT -> "Plane-Alert";
            case OPENSKY -> "OpenSky aircraft database";
            case TAR1090 -> "tar1090-db";
        };
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Reads a whole file of this format into a register named {@code name}. */
    public Read read(BufferedReader in, String name) throws IOException {
        Register.Builder register = Register.builder(name);
        int rows = 0;
        int skipped = 0;
        int[] lines = {0};
        char separator = this == TAR1090 ? ';' : ',';
        char quote = '"';
        Map<String, Integer> columns = null;
        if (this != TAR1090) {
            String header = CsvLine.nextRecord(in, quote, lines);
            if (header == null) {
                return new Read(register.build(), 0, 0);
            }
            header = header.replace("\uFEFF", "");
            quote = header.startsWith("'") ? '\'' : '"';
            columns = columns(CsvLine.split(header, separator, quote));
        }
        for (String record; (record = CsvLine.nextRecord(in, quote, lines)) != null; ) {
            if (record.isBlank()) {
                continue;
            }
            rows++;
            List<String> f = CsvLine.split(record, separator, quote);
            boolean added = switch (this) {
                case PLANE_ALERT -> register.add(get(f, columns, "icao"), get(f, columns, "registration"),
                        get(f, columns, "icao type"), get(f, columns, "type"), null, null, get(f, columns, "operator"),
                        null);
                case OPENSKY -> register.add(get(f, columns, "icao24"), get(f, columns, "registration"),
                        get(f, columns, "typecode"), first(get(f, columns, "model"), get(f, columns, "icaoaircrafttype")),
                        first(get(f, columns, "manufacturername"), get(f, columns, "manufacturericao")),
                        get(f, columns, "serialnumber"), first(get(f, columns, "operator"), get(f, columns, "owner")),
                        get(f, columns, "operatoricao"));
                case TAR1090 -> register.add(at(f, 0), at(f, 1), at(f, 2), at(f, 4), null, null, at(f, 6), null);
            };
            if (!added) {
                skipped++;
            }
        }
        return new Read(register.build(), rows, skipped);
    }

    /** Column positions by name, lower case, without Plane-Alert's display markers. */
    private static Map<String, Integer> columns(List<String> header) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            columns.putIfAbsent(header.get(i).replace("$", "").replace("#", "").trim().toLowerCase(Locale.ROOT), i);
        }
        return columns;
    }

    private static String get(List<String> fields, Map<String, Integer> columns, String name) {
        Integer i = columns.get(name);
        return i == null ? null : at(fields, i);
    }

    private static String at(List<String> fields, int i) {
        return i < fields.size() ? fields.get(i) : null;
    }

    private static String first(String a, String b) {
        return a != null && !a.isBlank() ? a : b;
    }
}
