package io.divertwatch.watch;

import io.divertwatch.airport.AirportRegistry;
import io.divertwatch.airport.AirportsLoaded;
import io.divertwatch.common.ApiException;
import io.divertwatch.common.Page;
import io.divertwatch.common.PageParams;
import io.divertwatch.common.Text;
import io.divertwatch.detect.WatchContext;
import io.divertwatch.detect.WatchSpec;
import io.divertwatch.detect.WatchedAirportSpec;
import io.divertwatch.geo.Airport;
import io.divertwatch.identity.IdentitiesLearned;
import io.divertwatch.identity.IdentityResolver;
import io.divertwatch.identity.RegistersLoaded;
import io.divertwatch.identity.Resolution;
import io.divertwatch.track.Icao24;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/** Watches and watched airports: validation, storage, and the snapshot of all that is watched for the engine. */
@ApplicationScoped
public class WatchService {

    private final AirportRegistry airports;
    private final GeofenceService geofences;
    private final WatchResolver resolver;
    private final Event<WatchesChanged> changed;
    /** Bumped by whatever changes what is watched or what watches resolve to; the snapshot is kept until then. */
    private final AtomicLong version = new AtomicLong();
    private volatile Snapshot snapshot;

    private record Snapshot(long version, WatchContext context) {
    }

    WatchService(AirportRegistry airports, GeofenceService geofences, WatchResolver resolver,
            Event<WatchesChanged> changed) {
        this.airports = airports;
        this.geofences = geofences;
        this.resolver = resolver;
        this.changed = changed;
    }

    void watchesChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) WatchesChanged event) {
        version.incrementAndGet();
    }

    void registersLoaded(@Observes RegistersLoaded event) {
        version.incrementAndGet();
    }

    void identitiesLearned(@Observes IdentitiesLearned event) {
        version.incrementAndGet();
    }

    void airportsLoaded(@Observes AirportsLoaded event) {
        version.incrementAndGet();
    }

    /**
     * Everything watched as the engine sees it, taken anew only when watches, registers, what the feeds
     * said of watched aircraft or the airport list changed since the last one.
     */
    public WatchContext current() {
        long wanted = version.get();
        Snapshot last = snapshot;
        if (last != null && last.version() == wanted) {
            return last.context();
        }
        WatchContext context = QuarkusTransaction.requiringNew().call(this::snapshot);
        snapshot = new Snapshot(wanted, context);
        return context;
    }

    /** What a watch applies to now: the addresses its identity resolves to, and what said so. */
    public Resolution resolution(Watch watch) {
        return resolver.resolve(resolver.now(), watch);
    }

    /** What each watch applies to now, all against the same registers. */
    public List<Resolution> resolutions(List<Watch> watches) {
        IdentityResolver now = resolver.now();
        return watches.stream().map(w -> resolver.resolve(now, w)).toList();
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

    /**
     * The engine's view of everything watched: active watches with the addresses their identities
     * resolve to now, resolved against the current airport index.
     */
    WatchContext snapshot() {
        List<Watch> active = Watch.list("retiredAt is null order by id");
        resolver.watchFor(active);
        IdentityResolver now = active.stream().anyMatch(WatchResolver::needsResolving) ? resolver.now() : null;
        List<WatchSpec> watches = active.stream().map(w -> toSpec(w, WatchResolver.needsResolving(w)
                ? resolver.resolve(now, w).addresses() : Set.of())).toList();
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

    private WatchSpec toSpec(Watch w, Set<String> addresses) {
        return new WatchSpec(w.id, w.icao24, w.callsign, w.label, airports.find(w.origin).orElse(null),
                airports.find(w.destination).orElse(null),
                w.via.stream().map(airports::find).flatMap(java.util.Optional::stream).toList(),
                w.corridorKm, addresses);
    }

    private void apply(Watch watch, WatchRequest request) {
        if (request == null) {
            throw ApiException.badRequest("a JSON body is required");
        }
        if (blank(request.icao24()) && blank(request.callsign()) && blank(request.registration())
                && blank(request.serialNumber()) && blank(request.typeCode()) && blank(request.operator())) {
            throw ApiException.badRequest("name the aircraft: icao24, callsign, registration, or serialNumber with "
                    + "typeCode or manufacturer; or a fleet: typeCode and/or operator");
        }
        if (!blank(request.serialNumber()) && blank(request.typeCode()) && blank(request.manufacturer())) {
            throw ApiException.badRequest("serialNumber alone is not unique (two types may share one): name "
                    + "typeCode or manufacturer with it");
        }
        watch.icao24 = blank(request.icao24()) ? null : Icao24.parse(request.icao24());
        watch.callsign = blank(request.callsign()) ? null : request.callsign().toUpperCase(Locale.ROOT);
        watch.registration = blank(request.registration()) ? null
                : request.registration().trim().toUpperCase(Locale.ROOT);
        watch.typeCode = blank(request.typeCode()) ? null : request.typeCode().trim().toUpperCase(Locale.ROOT);
        watch.operator = blank(request.operator()) ? null : request.operator().trim();
        watch.serialNumber = blank(request.serialNumber()) ? null : request.serialNumber().trim();
        watch.manufacturer = blank(request.manufacturer()) ? null : request.manufacturer().trim();
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

    static String describe(Watch w) {
        List<String> names = new ArrayList<>();
        for (String name : new String[] { w.icao24, w.callsign, w.registration, w.typeCode, w.serialNumber }) {
            if (name != null) {
                names.add(name);
            }
        }
        if (w.operator != null) {
            names.add(Text.forLog(w.operator));
        }
        return String.join(" ", names)
                + (w.destination != null ? " " + (w.origin == null ? "?" : w.origin) + "→" + w.destination : "");
    }
}
