package io.divertwatch.watchlist;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.divertwatch.airport.AirportRegistry;
import io.divertwatch.common.ApiException;
import io.divertwatch.common.Text;
import io.divertwatch.detect.WatchSpec;
import io.divertwatch.identity.AircraftIdentity;
import io.divertwatch.identity.Resolution;
import io.divertwatch.vessel.VesselWatch;
import io.divertwatch.vessel.VesselWatchService;
import io.divertwatch.watch.Watch;
import io.divertwatch.watch.WatchService;
import io.divertwatch.watch.WatchedAirportRequest;
import io.divertwatch.watch.WatchesChanged;
import io.divertwatch.watch.Watchlist;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Imports a list into watches, in one transaction: all of it or, when anything fails, nothing, so that
 * nothing already watched is lost halfway. Entries are upserted by the list's own entity id; entries
 * that left the list are retired (kept, watching nothing), not deleted; vessels are kept for the
 * maritime watch. A malformed row is reported with its line and never aborts the import.
 */
@ApplicationScoped
public class WatchlistImporter {

    private final ObjectMapper json;
    private final AirportRegistry airports;
    private final WatchService watches;
    private final Event<WatchesChanged> changed;

    WatchlistImporter(ObjectMapper json, AirportRegistry airports, WatchService watches,
            Event<WatchesChanged> changed) {
        this.json = json;
        this.airports = airports;
        this.watches = watches;
        this.changed = changed;
    }

    /**
     * The route and watched airports a list carries for all its watches. A null field keeps what the
     * list had (a re-import need not repeat them); an empty one clears it.
     */
    public record ListOptions(String name, String format, String origin, String destination, List<String> via,
            List<String> watchedAirports) {

        /** These options with the list's own where these say nothing. */
        ListOptions over(Watchlist list) {
            boolean routeGiven = origin != null || destination != null;
            return new ListOptions(name, format, routeGiven ? origin : list.origin,
                    routeGiven ? destination : list.destination, via != null ? via : list.via,
                    watchedAirports != null ? watchedAirports : list.watchedAirports);
        }
    }

    @Transactional
    public ImportReport importList(String body, ListOptions options) {
        if (body == null || body.isBlank()) {
            throw ApiException.badRequest("the list is empty: send its rows as the body");
        }
        WatchlistFormat format = options.format() == null || options.format().isBlank()
                ? WatchlistFormat.recognise(body.lines().findFirst().orElse(""))
                : WatchlistFormat.named(options.format());
        String name = options.name() == null || options.name().isBlank() ? format.defaultName()
                : Text.requirePlain(options.name().trim(), "name");
        if (name.length() > 200) {
            throw ApiException.badRequest("name may have at most 200 characters");
        }
        Watchlist list = Watchlist.<Watchlist>find("name", name).firstResultOptional().orElseGet(Watchlist::new);
        boolean created = list.id == null;
        options = created ? options : options.over(list);
        Route route = route(options);
        ListedEntity.Parsed parsed;
        try {
            parsed = format.parse(new BufferedReader(new StringReader(body)), json);
        } catch (IOException e) {
            throw ApiException.badRequest("the list could not be read: " + e.getMessage());
        }
        if (parsed.entities().isEmpty() && !parsed.rejected().isEmpty()) {
            // Read as an empty list, a wrong file (a spreadsheet's binary, another format) would retire
            // every watch the list has.
            ListedEntity.Rejected first = parsed.rejected().get(0);
            throw ApiException.badRequest("nothing in the list could be read as " + format.label() + ": "
                    + parsed.rejected().size() + " row(s) refused, the first on line " + first.line() + ": "
                    + first.reason());
        }
        list.name = name;
        list.format = format.label();
        list.origin = route.origin;
        list.destination = route.destination;
        list.via = route.via;
        list.watchedAirports = route.watchedAirports;
        list.importedAt = Instant.now();
        list.sourceDigest = sha256(body);
        if (created) {
            list.persist();
        }
        Outcome outcome = new Outcome();
        List<ImportReport.Rejected> rejected = new ArrayList<>(parsed.rejected().stream()
                .map(r -> new ImportReport.Rejected(r.line(), r.reason())).toList());
        Map<String, Integer> seenOnLine = new HashMap<>();
        int aircraft = 0;
        int vessels = 0;
        for (ListedEntity entity : parsed.entities()) {
            if (entity.entityId().length() > 100 || !Text.isPlain(entity.entityId())) {
                rejected.add(new ImportReport.Rejected(entity.line(), "has an id that is not plain text of at most "
                        + "100 characters"));
                continue;
            }
            Integer first = seenOnLine.putIfAbsent(entity.entityId(), entity.line());
            if (first != null) {
                rejected.add(new ImportReport.Rejected(entity.line(), "entry " + entity.entityId()
                        + " appears again (first on line " + first + ")"));
                continue;
            }
            if (entity.kind() == ListedEntity.Kind.AIRCRAFT) {
                aircraft++;
                String problem = problem(entity.aircraft());
                if (problem != null) {
                    rejected.add(new ImportReport.Rejected(entity.line(), "entry " + entity.entityId() + " " + problem));
                    continue;
                }
                upsertAircraft(list, entity, route, outcome);
            } else {
                vessels++;
                upsertVessel(list, entity);
            }
        }
        retireTheRest(list, seenOnLine, outcome);
        watchAirports(list);
        changed.fire(new WatchesChanged());
        List<ImportReport.Unresolved> unresolved = unresolved(list);
        Log.infof("Watchlist %d %s imported (%s): %d added, %d changed, %d retired, %d unresolved, %d rows rejected",
                list.id, Text.forLog(name), format.label(), outcome.added.size(), outcome.changed.size(),
                outcome.retired.size(), unresolved.size(), rejected.size());
        return new ImportReport(list.id, name, created, format.label(), list.sourceDigest, parsed.entities().size(), aircraft,
                vessels, outcome.added, outcome.changed, outcome.retired, outcome.unchanged, unresolved, rejected);
    }

    private static final class Outcome {
        final List<ImportReport.Item> added = new ArrayList<>();
        final List<ImportReport.Item> changed = new ArrayList<>();
        final List<ImportReport.Item> retired = new ArrayList<>();
        int unchanged;
    }

    private record Route(String origin, String destination, List<String> via, List<String> watchedAirports) {
    }

    private Route route(ListOptions options) {
        boolean hasRoute = !blank(options.destination()) || !blank(options.origin());
        if (hasRoute && blank(options.destination())) {
            throw ApiException.badRequest("destination is required when a route is given");
        }
        return new Route(blank(options.origin()) ? null : airports.require(options.origin(), "origin").ident(),
                blank(options.destination()) ? null : airports.require(options.destination(), "destination").ident(),
                idents(options.via(), "via"), idents(options.watchedAirports(), "watchedAirports"));
    }

    private List<String> idents(List<String> codes, String field) {
        return codes == null ? List.of() : codes.stream().map(c -> airports.require(c, field).ident()).distinct().toList();
    }

    /** Why an entry cannot be watched, or null when it can. */
    private static String problem(AircraftIdentity id) {
        if (!id.namesAirframe()) {
            return "names no aircraft: no registration, serial number or address";
        }
        if (id.icao24() == null && id.registration() == null && id.previousRegistrations().isEmpty()
                && id.typeCode() == null && id.manufacturer() == null) {
            return "gives a serial number without a type or manufacturer, which is not unique";
        }
        if (!fits(id.registration(), 20) || !id.previousRegistrations().stream().allMatch(r -> fits(r, 20)
                && r.indexOf(',') < 0) || id.previousRegistrations().size() > 8) {
            return "has a registration that is not plain text of at most 20 characters (or more than 8 earlier ones)";
        }
        for (String text : new String[] { id.typeCode(), id.serialNumber(), id.manufacturer() }) {
            if (!fits(text, 40)) {
                return "has an identifier that is not plain text of at most 40 characters";
            }
        }
        return null;
    }

    /** Identifiers are stored whole or not at all: a cut one would name another aircraft. */
    private static boolean fits(String text, int max) {
        return text == null || text.length() <= max && Text.isPlain(text);
    }

    private void upsertAircraft(Watchlist list, ListedEntity entity, Route route, Outcome outcome) {
        Watch watch = Watch.<Watch>find("watchlistId = ?1 and entityId = ?2", list.id, entity.entityId())
                .firstResultOptional().orElse(null);
        boolean isNew = watch == null;
        if (isNew) {
            watch = new Watch();
            watch.watchlistId = list.id;
            watch.entityId = entity.entityId();
            watch.corridorKm = WatchSpec.DEFAULT_CORRIDOR_KM;
            watch.createdAt = Instant.now();
        }
        boolean changes = isNew || watch.retiredAt != null || differs(watch, entity, route);
        if (!changes) {
            outcome.unchanged++;
            return;
        }
        AircraftIdentity id = entity.aircraft();
        watch.icao24 = id.icao24();
        watch.registration = id.registration();
        watch.previousRegistrations = id.previousRegistrations();
        watch.typeCode = id.typeCode();
        watch.serialNumber = id.serialNumber();
        watch.manufacturer = id.manufacturer();
        watch.operator = cut(id.operator(), 200);
        watch.entityName = cut(entity.name(), 300);
        watch.label = cut(list.name + ": " + entity.name(), 200);
        watch.program = cut(entity.program(), 300);
        watch.linkedTo = cut(entity.linkedTo(), 1000);
        watch.origin = route.origin;
        watch.destination = route.destination;
        watch.via = route.via;
        watch.retiredAt = null;
        watch.updatedAt = Instant.now();
        if (isNew) {
            watch.persist();
            outcome.added.add(new ImportReport.Item(entity.entityId(), entity.name(), watch.id));
        } else {
            outcome.changed.add(new ImportReport.Item(entity.entityId(), entity.name(), watch.id));
        }
    }

    private static boolean differs(Watch w, ListedEntity entity, Route route) {
        AircraftIdentity id = entity.aircraft();
        return !Objects.equals(w.icao24, id.icao24()) || !Objects.equals(w.registration, id.registration())
                || !w.previousRegistrations.equals(id.previousRegistrations())
                || !Objects.equals(w.typeCode, id.typeCode())
                || !Objects.equals(w.serialNumber, id.serialNumber())
                || !Objects.equals(w.manufacturer, id.manufacturer())
                || !Objects.equals(w.operator, cut(id.operator(), 200))
                || !Objects.equals(w.entityName, cut(entity.name(), 300))
                || !Objects.equals(w.program, cut(entity.program(), 300))
                || !Objects.equals(w.linkedTo, cut(entity.linkedTo(), 1000))
                || !Objects.equals(w.origin, route.origin) || !Objects.equals(w.destination, route.destination)
                || !w.via.equals(route.via);
    }

    /** A listed vessel becomes a vessel watch by whatever identifies it: IMO number, MMSI, name, call sign. */
    private static void upsertVessel(Watchlist list, ListedEntity entity) {
        VesselWatch v = VesselWatch.<VesselWatch>find("watchlistId = ?1 and entityId = ?2", list.id,
                entity.entityId()).firstResultOptional().orElse(null);
        if (v == null) {
            v = new VesselWatch();
            v.watchlistId = list.id;
            v.entityId = entity.entityId();
            v.createdAt = Instant.now();
        }
        Integer imo = number(entity.vessel().imo());
        v.imo = imo != null && VesselWatchService.validImo(imo) ? imo : null;
        Integer mmsi = number(entity.vessel().mmsi());
        v.mmsi = mmsi != null && mmsi > 0 && mmsi <= 999_999_999 ? mmsi : null;
        v.name = entity.name() == null ? null : cut(entity.name().trim().toUpperCase(Locale.ROOT), 40);
        v.callSign = entity.vessel().callSign() == null ? null
                : cut(entity.vessel().callSign().replaceAll("[^A-Za-z0-9]", "").toUpperCase(Locale.ROOT), 20);
        v.entityName = cut(entity.name(), 300);
        v.program = cut(entity.program(), 300);
        v.linkedTo = cut(entity.linkedTo(), 1000);
        v.label = cut((entity.vessel().flag() == null ? "" : entity.vessel().flag() + " flag; ") + "listed in "
                + list.name, 200);
        v.retiredAt = null;
        v.updatedAt = Instant.now();
        if (v.id == null) {
            v.persist();
        }
    }

    /** The digits of "IMO 9161003" or "273 456 789"; null when there are none or too many. */
    private static Integer number(String text) {
        if (text == null) {
            return null;
        }
        String digits = text.replaceAll("[^0-9]", "");
        return digits.isEmpty() || digits.length() > 9 ? null : Integer.valueOf(digits);
    }

    /** Entries of the list that this import no longer holds: kept, retired, watching nothing. */
    private static void retireTheRest(Watchlist list, Map<String, Integer> present, Outcome outcome) {
        Instant now = Instant.now();
        for (Watch w : Watch.<Watch>list("watchlistId = ?1 and retiredAt is null", list.id)) {
            if (!present.containsKey(w.entityId)) {
                w.retiredAt = now;
                outcome.retired.add(new ImportReport.Item(w.entityId, w.entityName, w.id));
            }
        }
        for (VesselWatch v : VesselWatch.<VesselWatch>list("watchlistId = ?1 and retiredAt is null", list.id)) {
            if (!present.containsKey(v.entityId)) {
                v.retiredAt = now;
            }
        }
    }

    /** The list's watched airports are watched for watched aircraft (its own among them). */
    private void watchAirports(Watchlist list) {
        for (String ident : list.watchedAirports) {
            if (watches.listAirports().stream().noneMatch(w -> w.icao.equals(ident))) {
                watches.addAirport(new WatchedAirportRequest(ident, null, false, "watched for watchlist " + list.name));
            }
        }
    }

    private List<ImportReport.Unresolved> unresolved(Watchlist list) {
        List<ImportReport.Unresolved> out = new ArrayList<>();
        List<Watch> active = Watch.list("watchlistId = ?1 and retiredAt is null order by id", list.id);
        List<Resolution> resolutions = watches.resolutions(active);
        for (int i = 0; i < active.size(); i++) {
            Watch w = active.get(i);
            if (resolutions.get(i).unresolved() != null) {
                out.add(new ImportReport.Unresolved(w.entityId, w.entityName, w.id, resolutions.get(i).unresolved()));
            }
        }
        return out;
    }

    private static String sha256(String body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(body.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
