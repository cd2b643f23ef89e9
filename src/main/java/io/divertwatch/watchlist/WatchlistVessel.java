package io.divertwatch.watchlist;

import io.divertwatch.common.IdentifiedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;

/** A vessel an imported list names, kept (with its IMO number and MMSI) for the maritime watch. */
@Entity
@Table(name = "watchlist_vessel")
public class WatchlistVessel extends IdentifiedEntity {

    @Column(name = "watchlist_id")
    public long watchlistId;
    @Column(name = "entity_id")
    public String entityId;
    public String name;
    public String imo;
    public String mmsi;
    @Column(name = "call_sign")
    public String callSign;
    public String flag;
    public String program;
    @Column(name = "linked_to")
    public String linkedTo;
    @Column(name = "retired_at")
    public Instant retiredAt;
}
