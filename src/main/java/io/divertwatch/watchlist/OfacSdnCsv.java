package io.divertwatch.watchlist;

import io.divertwatch.common.CsvLine;
import io.divertwatch.identity.AircraftIdentity;
import io.divertwatch.track.Icao24;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The US OFAC SDN list as {@code sdn.csv} publishes it (with or without a header line): {@code ent_num,
 * SDN_Name, SDN_Type, Program, Title, Call_Sign, Vess_type, Tonnage, GRT, Vess_flag, Vess_owner, Remarks},
 * {@code -0-} for empty. An aircraft's identity and a vessel's IMO number sit in {@code Remarks} as
 * labelled fields separated by {@code "; "}. Individuals and entities are not aircraft or vessels and are
 * passed over.
 */
final class OfacSdnCsv {

    /** Remarks labels, the longer before any they begin with. */
    private static final List<String> LABELS = List.of(
            "Aircraft Construction Number (also called L/N or S/N or F/N)",
            "Aircraft Manufacturer's Serial Number (MSN)", "Aircraft Mode S Transponder Code",
            "Previous Aircraft Tail Number", "Aircraft Tail Number", "Aircraft Manufacture Date", "Aircraft Model",
            "Aircraft Operator", "Nationality of Registration", "Vessel Registration Identification IMO", "MMSI",
            "Other Vessel Call Sign", "Other Vessel Flag", "Linked To:");
    private static final int FIELDS = 12;

    private OfacSdnCsv() {
    }

    static ListedEntity.Parsed parse(BufferedReader in) throws IOException {
        List<ListedEntity> entities = new ArrayList<>();
        List<ListedEntity.Rejected> rejected = new ArrayList<>();
        int[] lines = {0};
        for (String record; (record = CsvLine.nextRecord(in, '"', lines)) != null; ) {
            int line = lines[0];
            if (record.isBlank() || record.startsWith("ent_num")) {
                continue;
            }
            List<String> f = CsvLine.split(record);
            if (f.size() < FIELDS) {
                rejected.add(new ListedEntity.Rejected(line, "has " + f.size() + " fields, not the " + FIELDS
                        + " of sdn.csv"));
                continue;
            }
            String id = value(f.get(0));
            String name = value(f.get(1));
            String type = value(f.get(2));
            if (id == null || name == null) {
                rejected.add(new ListedEntity.Rejected(line, "has no ent_num or no SDN_Name"));
                continue;
            }
            String program = program(value(f.get(3)));
            Map<String, String> remarks = remarks(value(f.get(11)));
            String linkedTo = remarks.get("Linked To:");
            if ("aircraft".equalsIgnoreCase(type)) {
                entities.add(ListedEntity.aircraft(id, name, aircraft(name, remarks), program, linkedTo, line));
            } else if ("vessel".equalsIgnoreCase(type)) {
                String callSign = first(value(f.get(5)), remarks.get("Other Vessel Call Sign"));
                entities.add(ListedEntity.vessel(id, name, new ListedEntity.Vessel(
                        remarks.get("Vessel Registration Identification IMO"), remarks.get("MMSI"), callSign,
                        first(value(f.get(9)), remarks.get("Other Vessel Flag"))), program, linkedTo, line));
            }
        }
        return new ListedEntity.Parsed(entities, rejected);
    }

    private static AircraftIdentity aircraft(String name, Map<String, String> remarks) {
        String tail = first(remarks.get("Aircraft Tail Number"), looksLikeRegistration(name) ? name : null);
        String previous = remarks.get("Previous Aircraft Tail Number");
        // A Mode S code is the address itself, when OFAC gives it (rarely).
        String modeS = Icao24.parse(remarks.get("Aircraft Mode S Transponder Code"));
        return new AircraftIdentity(modeS, tail, previous == null ? List.of() : List.of(previous),
                remarks.get("Aircraft Model"), null, remarks.get("Aircraft Manufacturer's Serial Number (MSN)"),
                null);
    }

    /** OFAC names an aircraft by its tail number, as letters, digits and a hyphen. */
    private static boolean looksLikeRegistration(String name) {
        return name.matches("[A-Z0-9]{1,3}-?[A-Z0-9]{2,6}");
    }

    /** The labelled fields of Remarks, by label; the rest (aliases, risks) is passed over. */
    static Map<String, String> remarks(String remarks) {
        Map<String, String> out = new LinkedHashMap<>();
        if (remarks == null) {
            return out;
        }
        for (String part : remarks.split(";\\s*")) {
            String p = part.trim();
            if (p.endsWith(".")) {
                p = p.substring(0, p.length() - 1);
            }
            for (String label : LABELS) {
                if (p.startsWith(label)) {
                    String value = p.substring(label.length()).trim();
                    if (!value.isEmpty()) {
                        out.putIfAbsent(label, value);
                    }
                    break;
                }
            }
        }
        return out;
    }

    /** {@code "SDGT] [NPWMD] [IFSR"} as {@code "SDGT, NPWMD, IFSR"}. */
    private static String program(String value) {
        return value == null ? null : value.replace("] [", ", ").replace("[", "").replace("]", "").trim();
    }

    private static String value(String field) {
        String v = field == null ? "" : field.trim();
        return v.isEmpty() || v.equals("-0-") ? null : v;
    }

    private static String first(String a, String b) {
        return a != null ? a : b;
    }

    /** Whether a body's first line looks like sdn.csv (its header, or a row of 12 fields with -0-). */
    static boolean recognises(String firstLine) {
        String head = firstLine.toLowerCase(Locale.ROOT);
        return head.startsWith("ent_num,") || CsvLine.split(firstLine).size() == FIELDS && firstLine.contains("-0-");
    }
}
