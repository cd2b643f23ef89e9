package io.divertwatch.watch;

import io.divertwatch.airport.AirportRegistry;
import io.divertwatch.common.ApiException;
import io.divertwatch.common.Page;
import io.divertwatch.common.PageParams;
import io.divertwatch.detect.WatchContext;
import io.divertwatch.detect.WatchSpec;
import io.divertwatch.detect.WatchedAirportSpec;
import io.divertwatch.geo.Airport;
import io.divertwatch.track.Icao24;
import io.quarkus.logging.Log;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Watches and watched airports: validation, storage, and the snapshot of all that is watched for the engine. */
@ApplicationScoped
public class WatchService {

    private final AirportRegistry airports;
    private final GeofenceService geofences;
    private final Event<WatchesChanged> changed;

    WatchService(AirportRegistry airports, GeofenceService geofences, Event<WatchesChanged> changed) {
        this.airports = airports;
        this.geofences = geofences;
        this.changed = changed;
    }

    public List<Watch> list() {
        return Watch.listAll(Sort.by("id"));
    }

    /** Watches by id, a page at a time. */
    public Page<Watch> page(PageParams page) {
        return Page.of(Watch.<Watch>find("id > ?1", Sort.by("id"), page.afterId()).range(0, page.limit()).list(),
                page.limit(), w -> String.valueOf(w.id));
    }

    public Watch get(long id) {
        Watch w = Watch.findById(id);
        if (w == null) {
            throw ApiException.notFound("no watch with id " + id);
        }
        return w;
    }

    @Transactional
    public Watch create(WatchRequest request) {
        Watch watch = new Watch();
        apply(watch, request);
        watch.createdAt = watch.updatedAt;
        watch.persist();
        changed.fire(new WatchesChanged());
        Log.infof("Watch %d created: %s", watch.id, describe(watch));
        return watch;
    }

    @Transactional
    public Watch update(long id, WatchRequest request) {
        Watch watch = get(id);
        apply(watch, request);
        changed.fire(new WatchesChanged());
        Log.infof("Watch %d updated: %s", watch.id, describe(watch));
        return watch;
    }

    @Transactional
    public void delete(long id) {
        Watch watch = get(id);
        watch.delete();
        changed.fire(new WatchesChanged());
        Log.infof("Watch %d deleted", id);
    }

    /** Watched airports by ident, a page at a time. */
    public Page<WatchedAirport> airportPage(PageParams page) {
        String after = page.after() == null ? "" : page.after();
        return Page.of(WatchedAirport.<WatchedAirport>find("icao > ?1", Sort.by("icao"), after)
                .range(0, page.limit()).list(), page.limit(), w -> w.icao);
    }

    public List<WatchedAirport> listAirports() {
        return WatchedAirport.listAll(Sort.by("icao"));
    }

    @Transactional
    public WatchedAirport addAirport(WatchedAirportRequest request) {
        Airport airport = requireAirport(request.icao(), "icao");
        WatchedAirport existing = WatchedAirport.findById(airport.ident());
        WatchedAirport w = existing != null ? existing : new WatchedAirport();
        w.icao = airport.ident();
        w.radiusKm = request.radiusKm() == null ? WatchedAirportSpec.DEFAULT_RADIUS_KM : request.radiusKm();
        w.anyAircraft = Boolean.TRUE.equals(request.anyAircraft());
        w.note = request.note();
        if (existing == null) {
            w.createdAt = Instant.now();
            w.persist();
        }
        changed.fire(new WatchesChanged());
        Log.infof("Watched airport %s saved (radius %.0f km, any aircraft: %s)", w.icao, w.radiusKm, w.anyAircraft);
        return w;
    }

    @Transactional
    public void deleteAirport(String icao) {
        WatchedAirport w = WatchedAirport.findById(icao.trim().toUpperCase(Locale.ROOT));
        if (w == null) {
            throw ApiException.notFound("airport " + icao + " is not watched");
        }
        w.delete();
        changed.fire(new WatchesChanged());
        Log.infof("Watched airport %s removed", w.icao);
    }

    /** The engine's view of everything watched, resolved against the current airport index. */
    @Transactional
    public WatchContext snapshot() {
        List<WatchSpec> watches = list().stream().map(this::toSpec).toList();
        return new WatchContext(watches, watchedAirportSpecs(), geofences.specs());
    }

    @Transactional
    public List<WatchedAirportSpec> watchedAirportSpecs() {
        List<WatchedAirportSpec> specs = new ArrayList<>();
        for (WatchedAirport w : listAirports()) {
            airports.find(w.icao).ifPresentOrElse(
                    a -> specs.add(new WatchedAirportSpec(a, w.radiusKm, w.anyAircraft)),
                    () -> Log.warnf("Watched airport %s is not in the airport list (%s); ignored until it is", w.icao,
                            airports.index().origin()));
        }
        return specs;
    }

    private WatchSpec toSpec(Watch w) {
        return new WatchSpec(w.id, w.icao24, w.callsign, w.label, airports.find(w.origin).orElse(null),
                airports.find(w.destination).orElse(null),
                w.via.stream().map(airports::find).flatMap(java.util.Optional::stream).toList(),
                w.corridorKm);
    }

    private void apply(Watch watch, WatchRequest request) {
        if (request == null) {
            throw ApiException.badRequest("a JSON body is required");
        }
        if (blank(request.icao24()) && blank(request.callsign())) {
            throw ApiException.badRequest("icao24 or callsign is required");
        }
        watch.icao24 = blank(request.icao24()) ? null : Icao24.parse(request.icao24());
        watch.callsign = blank(request.callsign()) ? null : request.callsign().toUpperCase(Locale.ROOT);
        watch.label = request.label();
        watch.corridorKm = request.corridorKm() == null ? WatchSpec.DEFAULT_CORRIDOR_KM : request.corridorKm();
        WatchRequest.RouteRequest route = request.route();
        if (route == null) {
            watch.origin = null;
            watch.destination = null;
            watch.via = List.of();
        } else {
            if (blank(route.destination())) {
                throw ApiException.badRequest("route.destination is required when a route is given");
            }
            watch.destination = requireAirport(route.destination(), "route.destination").ident();
            watch.origin = blank(route.origin()) ? null : requireAirport(route.origin(), "route.origin").ident();
            List<String> via = route.via() == null ? List.of()
                    : route.via().stream().map(v -> requireAirport(v, "route.via").ident()).toList();
            watch.via = via;
        }
        watch.updatedAt = Instant.now();
    }

    private Airport requireAirport(String code, String field) {
        if (blank(code)) {
            throw ApiException.badRequest(field + " must be an airport code");
        }
        return airports.require(code, field);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String describe(Watch w) {
        return (w.icao24 != null ? w.icao24 : "") + (w.callsign != null ? " " + w.callsign : "")
                + (w.destination != null ? " " + (w.origin == null ? "?" : w.origin) + "→" + w.destination : "");
    }
}
