package io.divertwatch.watch;

import io.divertwatch.common.IdentifiedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;

/** An analyst's watch on one aircraft (icao24 and/or callsign), with its expected route. */
@Entity
@Table(name = "watch")
public class Watch extends IdentifiedEntity {

    public String icao24;
    public String callsign;
    public String label;
    public String origin;
    public String destination;
    /** Via points, comma-separated idents in order. */
    public String via;
    @Column(name = "corridor_km")
    public double corridorKm;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
}
