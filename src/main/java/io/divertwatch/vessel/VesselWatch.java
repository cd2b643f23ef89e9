package io.divertwatch.vessel;

import io.divertwatch.common.IdentifiedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A watch on one vessel, by MMSI, IMO number, name or call sign (any of them identifies it; the
 * last three resolve to MMSIs through what vessels transmit); made by hand or imported from a list.
 */
@Entity
@Table(name = "vessel_watch")
public class VesselWatch extends IdentifiedEntity {

    public Integer mmsi;
    public Integer imo;
    public String name;
    @Column(name = "call_sign")
    public String callSign;
    public String label;
    /** The list this watch came from, and the entry in it; null for a watch made by hand. */
    @Column(name = "watchlist_id")
    public Long watchlistId;
    @Column(name = "entity_id")
    public String entityId;
    @Column(name = "entity_name")
    public String entityName;
    public String program;
    @Column(name = "linked_to")
    public String linkedTo;
    @Column(name = "retired_at")
    public Instant retiredAt;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;

    /** "LADY R (IMO 9161003)", as alerts and logs name the watch. */
    public String describe() {
        StringBuilder s = new StringBuilder(name != null ? name : label != null ? label : "vessel");
        if (imo != null) {
            s.append(" (IMO ").append(imo).append(')');
        } else if (mmsi != null) {
            s.append(" (MMSI ").append(mmsi).append(')');
        }
        return s.toString();
    }
}
