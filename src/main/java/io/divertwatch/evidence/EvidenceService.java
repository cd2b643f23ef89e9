package io.divertwatch.evidence;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.divertwatch.aircraft.StoredFixes;
import io.divertwatch.airport.AirportRegistry;
import io.divertwatch.alert.Alert;
import io.divertwatch.alert.AlertMapper;
import io.divertwatch.alert.AlertService;
import io.divertwatch.alert.AlertView;
import io.divertwatch.common.ApiException;
import io.divertwatch.common.DataVersion;
import io.divertwatch.identity.Registers;
import io.divertwatch.vessel.StoredVesselFixes;
import io.divertwatch.watch.Watch;
import io.divertwatch.watch.Watchlist;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the evidence bundle of an alert, or of an aircraft over a time window: the stored fixes (with
 * feed names and receive times) as CSV, GeoJSON and KML, the alert document, the expected route, the
 * watched places involved, and the versions of the airport list, registers and watchlists in force.
 */
@ApplicationScoped
public class EvidenceService {

    /** An alert's bundle reaches back this far before it, for the way the aircraft came. */
    static final Duration BEFORE_ALERT = Duration.ofHours(3);
    /** ... and on this far after it (or after its resolution), for what it did next. */
    static final Duration AFTER_ALERT = Duration.ofMinutes(30);
    /** The longest window an aircraft bundle covers: a week of one aircraft is tens of thousands of fixes. */
    static final Duration LONGEST_WINDOW = Duration.ofDays(7);

    private final AlertService alerts;
    private final AlertMapper mapper;
    private final StoredFixes fixes;
    private final StoredVesselFixes vesselFixes;
    private final AirportRegistry airports;
    private final Registers registers;
    private final EvidencePlaces places;
    private final ObjectMapper json;

    EvidenceService(AlertService alerts, AlertMapper mapper, StoredFixes fixes, StoredVesselFixes vesselFixes,
            AirportRegistry airports, Registers registers, EvidencePlaces places, ObjectMapper json) {
        this.alerts = alerts;
        this.mapper = mapper;
        this.fixes = fixes;
        this.vesselFixes = vesselFixes;
        this.airports = airports;
        this.registers = registers;
        this.places = places;
        this.json = json;
    }

    /** What the HTTP answer carries: the archive and its file name. */
    public record Archive(String fileName, String mediaType, byte[] bytes) {
    }

    @Transactional
    public Archive forAlert(long id, String format) {
        EvidenceBundle.Format archive = format(format);
        Alert alert = alerts.get(id);
        AlertView view = mapper.view(alert);
        Instant end = alert.resolvedAt != null && alert.resolvedAt.isAfter(alert.time) ? alert.resolvedAt : alert.time;
        long from = alert.time.minus(BEFORE_ALERT).getEpochSecond();
        long to = end.plus(AFTER_ALERT).getEpochSecond();
        List<EvidenceFix> track = alert.mmsi != null
                ? vesselFixes.since(alert.mmsi, from).stream().filter(f -> f.time() <= to)
                        .map(f -> EvidenceFix.of(alert.mmsi, f)).toList()
                : fixes.between(from, to, alert.icao24).stream().map(EvidenceFix::of).toList();
        String subject = alert.icao24 != null ? alert.icao24 : String.valueOf(alert.mmsi);
        String fixesFrom = "the stored track, " + Instant.ofEpochSecond(from) + " to " + Instant.ofEpochSecond(to);
        if (track.isEmpty()) {
            // Purged by retention, or never stored (an alert from an analysis or a test): what the alert kept.
            track = view.evidence().stream().map(f -> EvidenceFix.of(subject, f)).toList();
            fixesFrom = "the alert's own evidence (no stored fixes in the window)";
        }
        Map<String, Object> about = new LinkedHashMap<>();
        about.put("alertId", alert.id);
        about.put("type", alert.type);
        about.put(alert.icao24 != null ? "icao24" : "mmsi", alert.icao24 != null ? alert.icao24 : alert.mmsi);
        about.put("fixes", track.size());
        about.put("fixesFrom", fixesFrom);
        EvidenceBundle bundle = new EvidenceBundle("divertwatch-alert-" + alert.id, Instant.now(), about);
        bundle.add("alert.json", "application/json", "the alert as the API serves it", mapper.write(view));
        ExpectedRoute route = route(alert);
        List<Place> involved = places.ofAlert(alert, view);
        addTrack(bundle, "alert " + alert.id + " " + alert.type + " " + subject, track, view, route, involved);
        return archive(bundle, archive);
    }

    @Transactional
    public Archive forAircraft(String icao24, Instant from, Instant to, String format) {
        EvidenceBundle.Format archive = format(format);
        if (!to.isAfter(from)) {
            throw ApiException.badRequest("to must be after from");
        }
        if (Duration.between(from, to).compareTo(LONGEST_WINDOW) > 0) {
            throw ApiException.badRequest("the window may span at most " + LONGEST_WINDOW.toDays() + " days");
        }
        List<EvidenceFix> track = fixes.between(from.getEpochSecond(), to.getEpochSecond(), icao24).stream()
                .map(EvidenceFix::of).toList();
        if (track.isEmpty()) {
            throw ApiException.notFound("no stored fixes of " + icao24 + " between " + from + " and " + to);
        }
        Map<String, Object> about = new LinkedHashMap<>();
        about.put("icao24", icao24);
        about.put("from", from.toString());
        about.put("to", to.toString());
        about.put("fixes", track.size());
        String name = "divertwatch-" + icao24 + "-" + compact(from) + "-" + compact(to);
        EvidenceBundle bundle = new EvidenceBundle(name, Instant.now(), about);
        addTrack(bundle, icao24 + " " + from + " – " + to, track, null, null, places.nearTrack(track));
        return archive(bundle, archive);
    }

    private void addTrack(EvidenceBundle bundle, String title, List<EvidenceFix> track, AlertView alert,
            ExpectedRoute route, List<Place> involved) {
        bundle.add("fixes.csv", "text/csv", "every fix, oldest first: data time, position, feed, receive time",
                FixesCsv.render(track));
        bundle.add("track.geojson", "application/geo+json", "the track, each fix, the alert, the expected route and "
                + "the watched places", FixesGeoJson.render(json, title, track, alert, route, involved));
        bundle.add("track.kml", "application/vnd.google-earth.kml+xml", "the same for Google Earth",
                FixesKml.render(title, track, alert, route, involved));
        if (route != null) {
            bundle.add("route.json", "application/json", "the route the aircraft was expected to fly",
                    mapper.write(route));
        }
        bundle.add("places.json", "application/json", "the watched places involved, and why", mapper.write(involved));
    }

    private Archive archive(EvidenceBundle bundle, EvidenceBundle.Format format) {
        List<DataVersion> data = new ArrayList<>();
        data.add(airports.version());
        data.addAll(registers.versions());
        for (Watchlist list : Watchlist.<Watchlist>listAll()) {
            data.add(new DataVersion("list", list.name, list.format, (int) Watch.count("watchlistId", list.id),
                    list.sourceDigest, list.importedAt));
        }
        return new Archive(bundle.name() + "." + format.extension, format.mediaType, bundle.write(format, json, data));
    }

    /** The watch's route when the alert has a watch; else the route the alert names. */
    private ExpectedRoute route(Alert alert) {
        Watch watch = alert.watchId == null ? null : Watch.findById(alert.watchId);
        String origin = watch != null ? watch.origin : alert.routeOrigin;
        String destination = watch != null ? watch.destination : alert.routeDestination;
        if (destination == null) {
            return null;
        }
        List<ExpectedRoute.Point> points = new ArrayList<>();
        addPoint(points, "origin", origin);
        if (watch != null) {
            watch.via.forEach(v -> addPoint(points, "via", v));
        }
        addPoint(points, "destination", destination);
        return new ExpectedRoute(points, watch != null ? watch.corridorKm : 150,
                watch != null ? "watch " + watch.id : "the alert");
    }

    private void addPoint(List<ExpectedRoute.Point> points, String role, String ident) {
        if (ident != null) {
            airports.find(ident).ifPresent(a -> points.add(new ExpectedRoute.Point(role, a.ident(), a.name(), a.lat(),
                    a.lon())));
        }
    }

    private static EvidenceBundle.Format format(String value) {
        EvidenceBundle.Format format = EvidenceBundle.Format.parse(value);
        if (format == null) {
            throw ApiException.badRequest("format '" + value + "' must be zip or tar.gz");
        }
        return format;
    }

    private static String compact(Instant t) {
        return t.toString().replace("-", "").replace(":", "");
    }
}
