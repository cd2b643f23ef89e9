package io.divertwatch.watchlist;

import io.divertwatch.common.CsvLine;
import io.divertwatch.identity.AircraftIdentity;
import io.divertwatch.identity.Identifiers;
import io.divertwatch.track.Icao24;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A plain list of aircraft: one registration or 24-bit address per line (the first column of a CSV),
 * an optional header ({@code registration}, {@code icao24} or {@code hex}) saying which. Without a header,
 * six hex digits are an address and anything else a registration. The value is the entry's id.
 */
final class PlainList {

    private PlainList() {
    }

    static ListedEntity.Parsed parse(BufferedReader in) throws IOException {
        List<ListedEntity> entities = new ArrayList<>();
        List<ListedEntity.Rejected> rejected = new ArrayList<>();
        Boolean addresses = null;
        int line = 0;
        for (String text; (text = in.readLine()) != null; ) {
            line++;
            String value = CsvLine.split(text.replace("\uFEFF", "")).get(0).trim();
            if (value.isEmpty() || value.startsWith("#")) {
                continue;
            }
            String lower = value.toLowerCase(Locale.ROOT);
            if (line == 1 && (lower.equals("registration") || lower.equals("icao24") || lower.equals("hex"))) {
                addresses = !lower.equals("registration");
                continue;
            }
            String hex = Icao24.parse(value);
            boolean isAddress = addresses != null ? addresses : hex != null && value.length() == 6;
            if (isAddress && hex == null) {
                rejected.add(new ListedEntity.Rejected(line, "'" + shown(value) + "' is not six hex digits"));
            } else if (!isAddress && !value.matches("[A-Za-z0-9][A-Za-z0-9 -]{0,18}[A-Za-z0-9]|[A-Za-z0-9]")) {
                rejected.add(new ListedEntity.Rejected(line, "'" + shown(value) + "' is not a registration"));
            } else if (isAddress) {
                entities.add(ListedEntity.aircraft(hex, hex, AircraftIdentity.ofAddress(hex), null, null, line));
            } else {
                String registration = value.toUpperCase(Locale.ROOT);
                entities.add(ListedEntity.aircraft(Identifiers.key(registration), registration,
                        new AircraftIdentity(null, registration, List.of(), null, null, null, null), null, null, line));
            }
        }
        return new ListedEntity.Parsed(entities, rejected);
    }

    private static String shown(String value) {
        return value.length() > 30 ? value.substring(0, 30) + "…" : value.replaceAll("\\p{Cntrl}", "?");
    }
}
