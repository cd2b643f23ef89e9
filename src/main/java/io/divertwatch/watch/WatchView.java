package io.divertwatch.watch;

import static com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.divertwatch.identity.Resolution;

import java.time.Instant;
import java.util.List;

/**
 * A watch as the API shows it: what names the aircraft, where it came from, and (for one watch) what
 * it resolves to now.
 *
 * @param list       the watchlist entry behind the watch, or null for one made by hand
 * @param resolution the addresses the watch applies to and what said so; only when one watch is read
 */
public record WatchView(Long id, String icao24, String callsign, @JsonInclude(NON_NULL) String registration,
        @JsonInclude(NON_NULL) List<String> previousRegistrations, @JsonInclude(NON_NULL) String typeCode,
        @JsonInclude(NON_NULL) String operator, @JsonInclude(NON_NULL) String serialNumber,
        @JsonInclude(NON_NULL) String manufacturer, String label, Route route, double corridorKm,
        @JsonInclude(NON_NULL) ListEntry list, @JsonInclude(NON_NULL) Instant retiredAt,
        @JsonInclude(NON_NULL) Airframe airframe, @JsonInclude(NON_NULL) ResolutionView resolution,
        Instant createdAt, Instant updatedAt) {

    /** A page of matches is enough to read; a fleet's count says the rest. */
    static final int MAX_MATCHES_SHOWN = 100;

    public record Route(String origin, String destination, List<String> via) {
    }

    /** Where a watch came from: which list, which entry, under which programme, linked to whom. */
    public record ListEntry(Long watchlistId, String entityId, String name, String program, String linkedTo) {
    }

    /**
     * The airframe as the registers last gave it: the watch follows it through re-registrations.
     *
     * @param serialNumber the serial number a register gave it, when the watch names none
     */
    public record Airframe(String registration, String icao24, String serialNumber, String typeCode,
            Instant resolvedAt) {
    }

    /**
     * The addresses a watch applies to now, and what said so (the first {@value #MAX_MATCHES_SHOWN});
     * {@code unresolved} says why there are none yet.
     */
    public record ResolutionView(int addresses, List<Resolution.Match> matches, boolean truncated,
            String unresolved) {

        static ResolutionView of(Resolution r) {
            List<Resolution.Match> shown = r.matches().size() > MAX_MATCHES_SHOWN
                    ? r.matches().subList(0, MAX_MATCHES_SHOWN) : r.matches();
            return new ResolutionView(r.addresses().size(), List.copyOf(shown), shown.size() < r.matches().size(),
                    r.unresolved());
        }
    }

    public static WatchView of(Watch w) {
        return of(w, null);
    }

    public static WatchView of(Watch w, Resolution resolution) {
        Route route = w.destination == null && w.origin == null ? null : new Route(w.origin, w.destination, w.via);
        ListEntry list = w.watchlistId == null ? null
                : new ListEntry(w.watchlistId, w.entityId, w.entityName, w.program, w.linkedTo);
        return new WatchView(w.id, w.icao24, w.callsign, w.registration,
                w.previousRegistrations.isEmpty() ? null : w.previousRegistrations, w.typeCode, w.operator,
                w.serialNumber, w.manufacturer, w.label, route, w.corridorKm, list, w.retiredAt,
                w.resolvedAt == null ? null : new Airframe(w.resolvedRegistration, w.resolvedIcao24, w.resolvedSerial,
                        w.resolvedType, w.resolvedAt),
                resolution == null ? null : ResolutionView.of(resolution), w.createdAt, w.updatedAt);
    }
}
