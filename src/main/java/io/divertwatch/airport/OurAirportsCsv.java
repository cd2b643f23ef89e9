package io.divertwatch.airport;

import io.divertwatch.common.CsvLine;
import io.divertwatch.geo.Airport;
import io.divertwatch.geo.AirportType;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Parses OurAirports' {@code airports.csv}. Fields are located by header name, so added or
 * reordered columns do not break the import; quoted fields may contain commas and doubled quotes.
 * Rows without an ident or a valid position are skipped and counted.
 */
public final class OurAirportsCsv {

    private static final double FEET_TO_M = 0.3048;

    private OurAirportsCsv() {
    }

    /**
     * @param aliases other codes that name an airport (its ICAO and GPS codes where they differ from
     *                the ident, and former ICAO codes of closed airports found in its keywords)
     */
    public record Result(List<Airport> airports, Map<String, String> aliases, int skippedRows) {
    }

    private static final java.util.regex.Pattern ICAO_LIKE = java.util.regex.Pattern.compile("[A-Z]{4}");

    public static Result parse(Reader reader) throws IOException {
        BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader, 1 << 16);
        String headerLine = in.readLine();
        if (headerLine == null) {
            throw new IOException("empty airports file");
        }
        Map<String, Integer> columns = new HashMap<>();
        List<String> header = CsvLine.split(stripBom(headerLine));
        for (int i = 0; i < header.size(); i++) {
            columns.put(header.get(i).trim(), i);
        }
        for (String required : List.of("ident", "type", "latitude_deg", "longitude_deg")) {
            if (!columns.containsKey(required)) {
                throw new IOException("not an OurAirports airports.csv: column '" + required + "' missing");
            }
        }
        int ident = columns.get("ident");
        int type = columns.get("type");
        int name = columns.getOrDefault("name", -1);
        int lat = columns.get("latitude_deg");
        int lon = columns.get("longitude_deg");
        int elevation = columns.getOrDefault("elevation_ft", -1);
        int country = columns.getOrDefault("iso_country", -1);
        int iata = columns.getOrDefault("iata_code", -1);
        int icaoCode = columns.getOrDefault("icao_code", -1);
        int gpsCode = columns.getOrDefault("gps_code", -1);
        int keywords = columns.getOrDefault("keywords", -1);
        Map<String, String> aliases = new HashMap<>();
        // Closed airports with a placeholder ident: their row in airports -> the ICAO-like words of their keywords.
        Map<Integer, List<String>> formerCodes = new HashMap<>();

        List<Airport> airports = new ArrayList<>(90_000);
        int skipped = 0;
        String line;
        while ((line = in.readLine()) != null) {
            if (line.isEmpty()) {
                continue;
            }
            // A quoted field may span lines; keep reading until the quotes balance.
            while (CsvLine.hasOpenQuote(line)) {
                String next = in.readLine();
                if (next == null) {
                    break;
                }
                line = line + "\n" + next;
            }
            List<String> f = CsvLine.split(line);
            try {
                String id = field(f, ident);
                double la = Double.parseDouble(field(f, lat));
                double lo = Double.parseDouble(field(f, lon));
                if (id.isEmpty() || !(la >= -90 && la <= 90 && lo >= -180 && lo <= 180)) {
                    skipped++;
                    continue;
                }
                String elev = field(f, elevation);
                AirportType airportType = AirportType.parse(field(f, type));
                airports.add(new Airport(id, airportType, field(f, name), la, lo,
                        elev.isEmpty() ? Double.NaN : Double.parseDouble(elev) * FEET_TO_M,
                        field(f, country), field(f, iata)));
                addAlias(aliases, field(f, icaoCode), id);
                addAlias(aliases, field(f, gpsCode), id);
                if (airportType == AirportType.CLOSED) {
                    // Closed airports keep their former ICAO code only among the keywords (Tegel: EDDT).
                    for (String word : field(f, keywords).split("[,\\s]+")) {
                        if (ICAO_LIKE.matcher(word).matches()) {
                            addAlias(aliases, word, id);
                            if (id.indexOf('-') >= 0) {
                                formerCodes.computeIfAbsent(airports.size() - 1, k -> new ArrayList<>(1)).add(word);
                            }
                        }
                    }
                }
            } catch (NumberFormatException e) {
                skipped++;
            }
        }
        knowByFormerCode(airports, aliases, formerCodes);
        return new Result(airports, aliases, skipped);
    }

    /**
     * A closed airport whose ident is a placeholder (Tegel is {@code DE-0876}) is known by its former
     * ICAO code instead, as flight records and analysts name it, when no other airport claims that
     * code and its first two letters are those of other ICAO idents in the same country (keywords also
     * hold words like RAAF); the placeholder stays an alias. Alerts then name the airport the way a
     * route named it.
     */
    private static void knowByFormerCode(List<Airport> airports, Map<String, String> aliases,
            Map<Integer, List<String>> formerCodes) {
        Set<String> idents = new HashSet<>(airports.size() * 2);
        Set<String> countryPrefixes = new HashSet<>();
        for (Airport a : airports) {
            idents.add(a.ident());
            if (ICAO_LIKE.matcher(a.ident()).matches()) {
                countryPrefixes.add(a.isoCountry() + ":" + a.ident().substring(0, 2));
            }
        }
        Map<Integer, String> chosen = new HashMap<>();
        formerCodes.forEach((row, words) -> words.stream()
                .filter(w -> countryPrefixes.contains(airports.get(row).isoCountry() + ":" + w.substring(0, 2)))
                .findFirst().ifPresent(code -> chosen.put(row, code)));
        Map<String, Integer> claims = new HashMap<>();
        chosen.values().forEach(code -> claims.merge(code, 1, Integer::sum));
        Map<String, String> renamed = new HashMap<>();
        chosen.forEach((row, code) -> {
            Airport a = airports.get(row);
            if (claims.get(code) == 1 && !idents.contains(code) && a.ident().equals(aliases.get(code))) {
                airports.set(row, new Airport(code, a.type(), a.name(), a.lat(), a.lon(), a.elevationM(),
                        a.isoCountry(), a.iataCode()));
                renamed.put(a.ident(), code);
            }
        });
        aliases.replaceAll((alias, ident) -> renamed.getOrDefault(ident, ident));
        renamed.forEach((placeholder, code) -> {
            aliases.remove(code);
            aliases.put(placeholder, code);
        });
    }

    private static void addAlias(Map<String, String> aliases, String code, String ident) {
        if (!code.isEmpty() && !code.equals(ident)) {
            aliases.putIfAbsent(code.toUpperCase(java.util.Locale.ROOT), ident);
        }
    }

    private static String field(List<String> fields, int index) {
        return index >= 0 && index < fields.size() ? fields.get(index).trim() : "";
    }

    private static String stripBom(String s) {
        return !s.isEmpty() && s.charAt(0) == '\uFEFF' ? s.substring(1) : s;
    }
}
