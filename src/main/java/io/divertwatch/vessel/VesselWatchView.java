package io.divertwatch.vessel;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A vessel watch as the API shows it; {@code resolvedTo} (one watch only) lists the MMSIs it applies to
 * now and what said so.
 *
 * @param listEntityId the entry of the imported list the watch came from, or null for a watch made by hand
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VesselWatchView(long id, Integer mmsi, Integer imo, String name, String callSign, String label,
        Long watchlistId, String listEntityId, String listEntityName, String program, String linkedTo,
        Instant retiredAt, Instant createdAt, Instant updatedAt, List<Resolved> resolvedTo) {

    /** One vessel the watch applies to, and why: "MMSI 273…" or "transmits IMO 9161003". */
    public record Resolved(int mmsi, String because) {
    }

    static VesselWatchView of(VesselWatch w) {
        return of(w, null);
    }

    static VesselWatchView of(VesselWatch w, Map<Integer, String> resolution) {
        return new VesselWatchView(w.id, w.mmsi, w.imo, w.name, w.callSign, w.label, w.watchlistId, w.entityId,
                w.entityName, w.program, w.linkedTo, w.retiredAt, w.createdAt, w.updatedAt,
                resolution == null ? null
                        : resolution.entrySet().stream().map(e -> new Resolved(e.getKey(), e.getValue())).toList());
    }
}
