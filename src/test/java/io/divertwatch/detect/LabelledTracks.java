package io.divertwatch.detect;

import io.divertwatch.airport.OurAirportsCsv;
import io.divertwatch.geo.AirportIndex;
import io.divertwatch.source.replay.TrackCsv;
import io.divertwatch.support.SharedData;
import io.divertwatch.track.StateVector;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The labelled real legs of {@code ../shared/data/tracks} and the full airport file they need. */
public final class LabelledTracks {

    public record Leg(Path file, String origin, String destination, String actual, String label, long landingTime) {

        public boolean diverted() {
            return "diverted".equals(label);
        }

        /** The leg's state vectors, in file order. */
        public List<StateVector> states() throws IOException, TrackCsv.MalformedTrackException {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                return TrackCsv.parse(r, "eval");
            }
        }

        /** The watch an analyst would set for the leg: its aircraft, planned origin and destination. */
        public WatchSpec watch(String icao24, AirportIndex airports) {
            return new WatchSpec(1L, icao24, null, file.getFileName().toString(), airports.byIdent(origin).orElse(null),
                    airports.byIdent(destination).orElseThrow(), List.of(), 150);
        }
    }

    private LabelledTracks() {
    }

    public static List<Leg> scoredLegs() throws IOException {
        Path dir = SharedData.require("tracks/index.csv").getParent();
        List<Leg> legs = new ArrayList<>();
        List<String> lines = Files.readAllLines(dir.resolve("index.csv"), StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            String label = f[6];
            if (label.equals("diverted") || label.equals("normal")) {
                legs.add(new Leg(dir.resolve(f[0]), f[3], f[4], f[5], label, Long.parseLong(f[7])));
            }
        }
        return legs;
    }

    /**
     * The watched airports the service ships with (migration V2), as an analysis served by it sees them:
     * an evaluation without them would not measure what {@code /api/v1/analyses} answers.
     */
    public static List<WatchedAirportSpec> defaultWatchedAirports(AirportIndex airports) throws IOException {
        String sql = Files.readString(Path.of("src/main/resources/db/migration/V2__default_watched_airports.sql"),
                StandardCharsets.UTF_8);
        Matcher row = Pattern.compile("\\('([A-Z0-9]+)', (\\d+), (TRUE|FALSE),").matcher(sql);
        List<WatchedAirportSpec> watched = new ArrayList<>();
        while (row.find()) {
            watched.add(new WatchedAirportSpec(airports.byIdent(row.group(1)).orElseThrow(),
                    Double.parseDouble(row.group(2)), Boolean.parseBoolean(row.group(3).toLowerCase(Locale.ROOT))));
        }
        if (watched.isEmpty()) {
            throw new IllegalStateException("no default watched airports found in migration V2");
        }
        return watched;
    }

    public static AirportIndex airports() throws IOException {
        Path csv = SharedData.require("airports/airports.csv");
        try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            OurAirportsCsv.Result result = OurAirportsCsv.parse(r);
            return new AirportIndex(result.airports(), result.aliases(), csv.toString());
        }
    }
}
