package io.divertwatch.detect;

import io.divertwatch.airport.AirportIndex;
import io.divertwatch.airport.OurAirportsCsv;
import io.divertwatch.source.StateVector;
import io.divertwatch.source.replay.TrackCsv;
import io.divertwatch.support.SharedData;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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

    public static AirportIndex airports() throws IOException {
        Path csv = SharedData.require("airports/airports.csv");
        try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            OurAirportsCsv.Result result = OurAirportsCsv.parse(r);
            return new AirportIndex(result.airports(), result.aliases(), csv.toString());
        }
    }
}
