package io.divertwatch.evidence;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.divertwatch.airport.AirportRegistry;
import io.divertwatch.alert.Alert;
import io.divertwatch.alert.AlertView;
import io.divertwatch.detect.Candidate;
import io.divertwatch.geo.Airport;
import io.divertwatch.geo.Geodesy;
import io.divertwatch.vessel.WatchedPort;
import io.divertwatch.watch.Geofence;
import io.divertwatch.watch.WatchedAirport;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The watched places an evidence bundle shows, each with why it is there. */
@ApplicationScoped
class EvidencePlaces {

    /** An aircraft bundle shows the watched airports its track came this close to. */
    static final double NEAR_TRACK_KM = 200;

    private final AirportRegistry airports;
    private final ObjectMapper json;

    EvidencePlaces(AirportRegistry airports, ObjectMapper json) {
        this.airports = airports;
        this.json = json;
    }

    /** The alert's airport and candidates that are watched (and the others it ranked), its geofence, its port. */
    List<Place> ofAlert(Alert alert, AlertView view) {
        Map<String, Place> places = new LinkedHashMap<>();
        Map<String, WatchedAirport> watched = watchedAirports();
        if (alert.airport != null) {
            airport(places, watched, alert.airport, "the airport the alert is about");
        }
        List<Candidate> candidates = view.candidates() == null ? List.of() : view.candidates();
        for (int i = 0; i < candidates.size(); i++) {
            airport(places, watched, candidates.get(i).icao(), "candidate " + (i + 1) + " of " + candidates.size());
        }
        if (alert.geofenceId != null) {
            Geofence g = Geofence.findById(alert.geofenceId);
            if (g != null) {
                places.put("geofence:" + g.id, area("geofence", g.name, null, g.geometry, "the area entered"));
            }
        }
        if (alert.portId != null) {
            WatchedPort p = WatchedPort.findById(alert.portId);
            if (p != null) {
                places.put("port:" + p.id, p.geometry != null
                        ? area("watched-port", p.name, p.country, p.geometry, "the port the alert is about")
                        : new Place("watched-port", p.name, p.country, p.lat, p.lon, p.radiusKm, null,
                                "the port the alert is about"));
            }
        }
        return List.copyOf(places.values());
    }

    /** The watched airports the track came within {@link #NEAR_TRACK_KM} of. */
    List<Place> nearTrack(List<EvidenceFix> track) {
        List<Place> near = new ArrayList<>();
        for (WatchedAirport w : watchedAirports().values()) {
            Airport a = airports.find(w.icao).orElse(null);
            if (a == null) {
                continue;
            }
            double closest = track.stream().mapToDouble(f -> Geodesy.distanceKm(f.lat(), f.lon(), a.lat(), a.lon()))
                    .min().orElse(Double.MAX_VALUE);
            if (closest <= NEAR_TRACK_KM) {
                near.add(new Place("watched-airport", a.name(), a.ident(), a.lat(), a.lon(), w.radiusKm, null,
                        String.format(java.util.Locale.ROOT, "the track came within %.0f km", closest)));
            }
        }
        return near;
    }

    private void airport(Map<String, Place> places, Map<String, WatchedAirport> watched, String ident, String why) {
        if (places.containsKey(ident)) {
            return;
        }
        airports.find(ident).ifPresent(a -> {
            WatchedAirport w = watched.get(a.ident());
            places.put(ident, new Place(w != null ? "watched-airport" : "candidate-airport", a.name(), a.ident(),
                    a.lat(), a.lon(), w != null ? w.radiusKm : 0, null, why));
        });
    }

    private Place area(String kind, String name, String ident, String geometry, String why) {
        try {
            JsonNode shape = json.readTree(geometry);
            double[] centre = centre(shape);
            return new Place(kind, name, ident, centre[1], centre[0], 0, shape, why);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The mean of the outer ring's vertices: where a label goes. */
    private static double[] centre(JsonNode geometry) {
        List<List<double[]>> rings = GeometryRings.of(geometry);
        if (rings.isEmpty() || rings.get(0).isEmpty()) {
            return new double[] {0, 0};
        }
        double lon = 0;
        double lat = 0;
        for (double[] p : rings.get(0)) {
            lon += p[0];
            lat += p[1];
        }
        return new double[] {lon / rings.get(0).size(), lat / rings.get(0).size()};
    }

    private static Map<String, WatchedAirport> watchedAirports() {
        Map<String, WatchedAirport> byIcao = new LinkedHashMap<>();
        WatchedAirport.<WatchedAirport>listAll().forEach(w -> byIcao.put(w.icao, w));
        return byIcao;
    }
}
