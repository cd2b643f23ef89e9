package io.divertwatch.bench;

import io.divertwatch.airport.BuiltInAirports;
import io.divertwatch.airport.OurAirportsCsv;
import io.divertwatch.detect.GeofenceSpec;
import io.divertwatch.detect.WatchContext;
import io.divertwatch.detect.WatchSpec;
import io.divertwatch.detect.WatchedAirportSpec;
import io.divertwatch.detect.engine.DetectionEngine;
import io.divertwatch.geo.Airport;
import io.divertwatch.geo.AirportIndex;
import io.divertwatch.geo.GeoArea;
import io.divertwatch.geo.GeoPoint;
import io.divertwatch.geo.Geodesy;
import io.divertwatch.track.StateVector;
import org.openjdk.jmh.infra.Blackhole;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Deterministic synthetic global traffic: aircraft cruising on random headings all over the world,
 * one state each per 10 s round (the OpenSky resolution), plus watches and watched airports drawn
 * from the real airport list when it is available.
 */
final class SyntheticTraffic {

    static final long START = 1_700_000_000L;
    static final long STEP = 10;

    final int aircraft;
    private final double[] lat;
    private final double[] lon;
    private final double[] dLat;
    private final double[] dLon;
    private final double[] track;
    private final String[] icao;
    private final String[] callsign;

    SyntheticTraffic(int aircraft, long seed) {
        this.aircraft = aircraft;
        Random random = new Random(seed);
        lat = new double[aircraft];
        lon = new double[aircraft];
        dLat = new double[aircraft];
        dLon = new double[aircraft];
        track = new double[aircraft];
        icao = new String[aircraft];
        callsign = new String[aircraft];
        for (int i = 0; i < aircraft; i++) {
            lat[i] = -60 + random.nextDouble() * 130;
            lon[i] = -180 + random.nextDouble() * 360;
            track[i] = random.nextDouble() * 360;
            double km = 0.23 * STEP;   // 230 m/s
            dLat[i] = Math.cos(Math.toRadians(track[i])) * km / 111.2;
            dLon[i] = Math.sin(Math.toRadians(track[i])) * km / (111.2 * Math.cos(Math.toRadians(lat[i])));
            icao[i] = String.format("%06x", 0x100000 + i);
            callsign[i] = "SYN" + i;
        }
    }

    String icao24(int i) {
        return icao[i];
    }

    /** The states of round {@code k}: every aircraft moved on by k steps. */
    void round(long k, List<StateVector> out) {
        out.clear();
        long t = START + k * STEP;
        for (int i = 0; i < aircraft; i++) {
            double la = Math.max(-85, Math.min(85, lat[i] + dLat[i] * k));
            double lo = Geodesy.normalizeLon(lon[i] + dLon[i] * k);
            out.add(new StateVector(icao[i], callsign[i], null, t, t, la, lo, 10_500, false, 230, track[i], 0,
                    10_600, "1000", "synthetic"));
        }
    }

    /** Feeds round {@code k} to the engine, then advances data time to it; detections go to the hole if any. */
    static void feed(DetectionEngine engine, List<StateVector> round, long k, Blackhole hole) {
        for (StateVector sv : round) {
            var detections = engine.accept(sv);
            if (hole != null) {
                hole.consume(detections);
            }
        }
        var late = engine.advanceTo(START + k * STEP);
        if (hole != null) {
            hole.consume(late);
        }
    }

    /**
     * 1,000 watches on the first aircraft, each with a route it is actually flying (origin behind
     * it, destination 3,000 km ahead on its track, as a watched aircraft normally is), 200 watched
     * airports and 50 geofences for any aircraft.
     */
    WatchContext watchContext(AirportIndex airports, long seed) {
        Random random = new Random(seed);
        List<Airport> majors = airports.majorWithin(0, 0, 25_000);
        List<WatchSpec> watches = new ArrayList<>();
        for (int i = 0; i < Math.min(1000, aircraft); i++) {
            Airport origin = nearestMajor(airports, Geodesy.destination(lat[i], lon[i], track[i] + 180, 500), majors, random);
            Airport destination = nearestMajor(airports, Geodesy.destination(lat[i], lon[i], track[i], 3000), majors,
                    random);
            watches.add(new WatchSpec((long) i, icao[i], null, "bench", origin, destination, List.of(), 150));
        }
        return new WatchContext(watches, watchedAirports(majors, random), geofences(random));
    }

    /**
     * Watches on the first 1,000 aircraft of a real snapshot, with routes as in
     * {@link #watchContext(AirportIndex, long)}: origin behind the aircraft, destination ahead on its track (a random major airport for those on
     * the ground or without a track), plus the same watched airports and geofences.
     */
    static WatchContext watchContext(AirportIndex airports, List<StateVector> states, long seed) {
        Random random = new Random(seed);
        List<Airport> majors = airports.majorWithin(0, 0, 25_000);
        List<WatchSpec> watches = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (StateVector sv : states) {
            if (watches.size() == 1000) {
                break;
            }
            if (!seen.add(sv.icao24()) || !sv.hasPosition()) {
                continue;
            }
            boolean flying = !Boolean.TRUE.equals(sv.onGround()) && !Double.isNaN(sv.trueTrackDeg());
            GeoPoint behind = flying ? Geodesy.destination(sv.lat(), sv.lon(), sv.trueTrackDeg() + 180, 500)
                    : new GeoPoint(sv.lat(), sv.lon());
            Airport origin = nearestMajor(airports, behind, majors, random);
            Airport destination = flying
                    ? nearestMajor(airports, Geodesy.destination(sv.lat(), sv.lon(), sv.trueTrackDeg(), 3000), majors,
                            random)
                    : majors.get(random.nextInt(majors.size()));
            watches.add(new WatchSpec((long) watches.size(), sv.icao24(), null, "bench", origin, destination, List.of(),
                    150));
        }
        return new WatchContext(watches, watchedAirports(majors, random), geofences(random));
    }

    /** Fifty hexagons 50 to 300 km across, anywhere between 60°S and 70°N. */
    private static List<GeofenceSpec> geofences(Random random) {
        List<GeofenceSpec> fences = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            double lat = -60 + random.nextDouble() * 130;
            double lon = -180 + random.nextDouble() * 360;
            double radiusKm = 25 + random.nextDouble() * 125;
            List<double[]> ring = new ArrayList<>();
            for (int k = 0; k <= 6; k++) {
                GeoPoint corner = Geodesy.destination(lat, lon, (k % 6) * 60, radiusKm);
                ring.add(new double[] {corner.lon(), corner.lat()});
            }
            fences.add(new GeofenceSpec(i, "area " + i, GeoArea.of(List.of(List.of(ring))), true));
        }
        return fences;
    }

    private static List<WatchedAirportSpec> watchedAirports(List<Airport> majors, Random random) {
        List<WatchedAirportSpec> watched = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            watched.add(new WatchedAirportSpec(majors.get(random.nextInt(majors.size())), 100, true));
        }
        return watched;
    }

    private static Airport nearestMajor(AirportIndex airports, GeoPoint p, List<Airport> all, Random random) {
        List<Airport> near = airports.majorWithin(p.lat(), p.lon(), 500);
        return near.isEmpty() ? all.get(random.nextInt(all.size())) : near.get(0);
    }

    /** The full OurAirports list from the shared data when present, else the built-in list. */
    static AirportIndex airports() throws IOException {
        Path csv = Path.of(System.getProperty("divertwatch.shared-data", "../shared/data"), "airports", "airports.csv");
        if (!Files.isReadable(csv)) {
            return new AirportIndex(BuiltInAirports.all(), "built-in");
        }
        try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            OurAirportsCsv.Result result = OurAirportsCsv.parse(r);
            return new AirportIndex(result.airports(), result.aliases(), csv.toString());
        }
    }
}
