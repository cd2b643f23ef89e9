package io.divertwatch.watchlist;

import io.divertwatch.common.CsvLine;
import io.divertwatch.identity.AircraftIdentity;
import io.divertwatch.identity.Identifiers;
import io.divertwatch.track.Icao24;
import io.divertwatch.vessel.VesselWatchService;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A plain list: one identifier per line (the first column of a CSV), or a CSV whose header names the
 * column to read: {@code registration}, {@code icao24} or {@code hex} for aircraft, {@code imo} or
 * {@code mmsi} for vessels, with a {@code name} column naming each entry when there is one. Without a
 * header, six hex digits are an address, {@code IMO} and seven digits an IMO number, anything else a
 * registration. The identifier is the entry's id.
 */
final class PlainList {

    private static final Pattern REGISTRATION =
            Pattern.compile("[A-Za-z0-9][A-Za-z0-9 -]{0,18}[A-Za-z0-9]|[A-Za-z0-9]");
    private static final Pattern IMO = Pattern.compile("(?i)(?:IMO[\\s:]*)?(\\d{7})");
    private static final Pattern PREFIXED_IMO = Pattern.compile("(?i)IMO[\\s:]*\\d{7}");
    private static final Pattern MMSI = Pattern.compile("(?i)(?:MMSI[\\s:]*)?(\\d{1,9})");

    /** What the values of a column are. */
    private enum Kind {
        REGISTRATION, ADDRESS, IMO, MMSI
    }

    /** What a header line says: the column to read and what it holds, and the column of names (-1: none). */
    private record Header(int column, Kind kind, int names) {

        static Header of(List<String> cells) {
            int names = -1;
            for (int i = 0; i < cells.size(); i++) {
                if (cells.get(i).trim().equalsIgnoreCase("name")) {
                    names = i;
                    break;
                }
            }
            for (int i = 0; i < cells.size(); i++) {
                Kind kind = switch (cells.get(i).trim().toLowerCase(Locale.ROOT)) {
                    case "registration" -> Kind.REGISTRATION;
                    case "icao24", "hex" -> Kind.ADDRESS;
                    case "imo" -> Kind.IMO;
                    case "mmsi" -> Kind.MMSI;
                    default -> null;
                };
                if (kind != null) {
                    return new Header(i, kind, names);
                }
            }
            return null;
        }
    }

    private PlainList() {
    }

    static ListedEntity.Parsed parse(BufferedReader in) throws IOException {
        List<ListedEntity> entities = new ArrayList<>();
        List<ListedEntity.Rejected> rejected = new ArrayList<>();
        Header header = null;
        int line = 0;
        for (String text; (text = in.readLine()) != null; ) {
            line++;
            List<String> cells = CsvLine.split(text.replace("\uFEFF", ""));
            if (cells.get(0).trim().startsWith("#")) {
                continue;
            }
            if (line == 1 && (header = Header.of(cells)) != null) {
                continue;
            }
            int column = header == null ? 0 : header.column();
            String value = column < cells.size() ? cells.get(column).trim() : "";
            if (value.isEmpty()) {
                continue;
            }
            String name = header == null || header.names() < 0 || header.names() >= cells.size() ? null
                    : blankToNull(cells.get(header.names()).trim());
            Kind kind = header != null ? header.kind() : guess(value);
            String refusal = read(kind, value, name, line, entities);
            if (refusal != null) {
                rejected.add(new ListedEntity.Rejected(line, "'" + shown(value) + "' " + refusal));
            }
        }
        return new ListedEntity.Parsed(entities, rejected);
    }

    private static Kind guess(String value) {
        if (value.length() == 6 && Icao24.parse(value) != null) {
            return Kind.ADDRESS;
        }
        return PREFIXED_IMO.matcher(value).matches() ? Kind.IMO : Kind.REGISTRATION;
    }

    /** Adds the entry {@code value} names; or why it names none. */
    private static String read(Kind kind, String value, String name, int line, List<ListedEntity> entities) {
        switch (kind) {
            case ADDRESS -> {
                String hex = Icao24.parse(value);
                if (hex == null) {
                    return "is not six hex digits";
                }
                entities.add(ListedEntity.aircraft(hex, name != null ? name : hex, AircraftIdentity.ofAddress(hex),
                        null, null, line));
            }
            case REGISTRATION -> {
                if (!REGISTRATION.matcher(value).matches()) {
                    return "is not a registration";
                }
                String registration = value.toUpperCase(Locale.ROOT);
                entities.add(ListedEntity.aircraft(Identifiers.key(registration), name != null ? name : registration,
                        new AircraftIdentity(null, registration, List.of(), null, null, null, null), null, null, line));
            }
            case IMO -> {
                Matcher m = IMO.matcher(value);
                if (!m.matches() || !VesselWatchService.validImo(Integer.parseInt(m.group(1)))) {
                    return "is not an IMO number (seven digits, the last checking the others)";
                }
                entities.add(ListedEntity.vessel("IMO" + m.group(1), name,
                        new ListedEntity.Vessel(m.group(1), null, null, null), null, null, line));
            }
            case MMSI -> {
                Matcher m = MMSI.matcher(value);
                if (!m.matches() || Integer.parseInt(m.group(1)) == 0) {
                    return "is not an MMSI (one to nine digits)";
                }
                String mmsi = String.valueOf(Integer.parseInt(m.group(1)));
                entities.add(ListedEntity.vessel("MMSI" + mmsi, name, new ListedEntity.Vessel(null, mmsi, null, null),
                        null, null, line));
            }
        }
        return null;
    }

    private static String blankToNull(String s) {
        return s.isEmpty() ? null : s;
    }

    private static String shown(String value) {
        return value.length() > 30 ? value.substring(0, 30) + "…" : value.replaceAll("\\p{Cntrl}", "?");
    }
}
