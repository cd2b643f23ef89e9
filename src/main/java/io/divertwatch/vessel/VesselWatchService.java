package io.divertwatch.vessel;

import io.divertwatch.common.ApiException;
import io.divertwatch.common.Page;
import io.divertwatch.common.PageParams;
import io.divertwatch.common.Text;
import io.divertwatch.sea.PortSpec;
import io.divertwatch.sea.SeaContext;
import io.divertwatch.sea.VesselWatchSpec;
import io.divertwatch.watch.GeofenceService;
import io.divertwatch.watch.WatchesChanged;
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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Vessel watches: validation, storage, what each resolves to, and the snapshot of everything watched
 * at sea (watches, watched ports and the port list, watched areas) for the maritime engine.
 */
@ApplicationScoped
public class VesselWatchService {

    private final VesselIdentities identities;
    private final WatchedPortService ports;
    private final PortList portList;
    private final GeofenceService geofences;
    private final Event<VesselWatchesChanged> changed;
    private final AtomicLong version = new AtomicLong();
    private volatile Snapshot snapshot;

    private record Snapshot(long version, SeaContext context) {
    }

    VesselWatchService(VesselIdentities identities, WatchedPortService ports, PortList portList,
            GeofenceService geofences, Event<VesselWatchesChanged> changed) {
        this.identities = identities;
        this.ports = ports;
        this.portList = portList;
        this.geofences = geofences;
        this.changed = changed;
    }

    void vesselWatchesChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) VesselWatchesChanged event) {
        version.incrementAndGet();
    }

    /** Geofences are the watched areas at sea too. */
    void watchesChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) WatchesChanged event) {
        version.incrementAndGet();
    }

    void identitiesLearned(@Observes VesselIdentitiesLearned event) {
        version.incrementAndGet();
    }

    /** Everything watched at sea, taken anew only when something it is made of changed. */
    public SeaContext current() {
        long wanted = version.get();
        Snapshot last = snapshot;
        if (last != null && last.version() == wanted) {
            return last.context();
        }
        SeaContext context = QuarkusTransaction.requiringNew().call(this::snapshot);
        snapshot = new Snapshot(wanted, context);
        return context;
    }

    private SeaContext snapshot() {
        List<VesselWatch> active = VesselWatch.list("retiredAt is null order by id");
        Set<Integer> imos = new HashSet<>();
        List<String> names = new ArrayList<>();
        List<String> callSigns = new ArrayList<>();
        for (VesselWatch w : active) {
            if (w.imo != null) {
                imos.add(w.imo);
            }
            if (w.name != null) {
                names.add(w.name);
            }
            if (w.callSign != null) {
                callSigns.add(w.callSign);
            }
        }
        identities.watchFor(imos, VesselIdentities.keys(names), VesselIdentities.keys(callSigns));
        List<VesselWatchSpec> specs = active.stream()
                .map(w -> new VesselWatchSpec(w.id, w.describe(), resolve(w).keySet())).toList();
        List<PortSpec> known = new ArrayList<>(ports.specs());
        known.addAll(portList.ports());
        return new SeaContext(specs, known, geofences.specs());
    }

    /** The MMSIs a watch applies to now, each with why: the MMSI it names, or what the vessel transmitted. */
    public Map<Integer, String> resolve(VesselWatch w) {
        Map<Integer, String> out = new LinkedHashMap<>();
        if (w.mmsi != null) {
            out.put(w.mmsi, "MMSI " + w.mmsi);
        }
        identities.matching(w.imo, w.name, w.callSign).forEach(out::putIfAbsent);
        return out;
    }

    public Page<VesselWatch> page(PageParams page) {
        return Page.of(VesselWatch.<VesselWatch>find("id > ?1", Sort.by("id"), page.afterId()).range(0, page.limit())
                .list(), page.limit(), w -> String.valueOf(w.id));
    }

    public VesselWatch get(long id) {
        VesselWatch w = VesselWatch.findById(id);
        if (w == null) {
            throw ApiException.notFound("no vessel watch with id " + id);
        }
        return w;
    }

    @Transactional
    public VesselWatch create(VesselWatchRequest request) {
        VesselWatch w = new VesselWatch();
        apply(w, request);
        w.createdAt = w.updatedAt;
        w.persist();
        changed.fire(new VesselWatchesChanged());
        Log.infof("Vessel watch %d created: %s", w.id, Text.forLog(w.describe()));
        return w;
    }

    @Transactional
    public VesselWatch update(long id, VesselWatchRequest request) {
        VesselWatch w = get(id);
        apply(w, request);
        changed.fire(new VesselWatchesChanged());
        return w;
    }

    @Transactional
    public void delete(long id) {
        get(id).delete();
        changed.fire(new VesselWatchesChanged());
        Log.infof("Vessel watch %d deleted", id);
    }

    private static void apply(VesselWatch w, VesselWatchRequest request) {
        if (request == null) {
            throw ApiException.badRequest("a JSON body is required");
        }
        if (request.mmsi() == null && request.imo() == null && blank(request.name()) && blank(request.callSign())) {
            throw ApiException.badRequest("name the vessel: mmsi, imo, name or callSign");
        }
        if (request.imo() != null && !validImo(request.imo())) {
            throw ApiException.badRequest("imo " + request.imo() + " fails the IMO check digit");
        }
        w.mmsi = request.mmsi();
        w.imo = request.imo();
        w.name = blank(request.name()) ? null : request.name().trim().toUpperCase(Locale.ROOT);
        w.callSign = blank(request.callSign()) ? null : request.callSign().toUpperCase(Locale.ROOT);
        w.label = request.label();
        w.updatedAt = Instant.now();
    }

    /** The IMO number's last digit checks the first six (weights 7 to 2, modulo 10). */
    public static boolean validImo(int imo) {
        if (imo < 1_000_000 || imo > 9_999_999) {
            return false;
        }
        int sum = 0;
        int rest = imo / 10;
        for (int weight = 2; weight <= 7; weight++) {
            sum += (rest % 10) * weight;
            rest /= 10;
        }
        return sum % 10 == imo % 10;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
