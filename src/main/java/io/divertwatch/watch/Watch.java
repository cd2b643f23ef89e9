package io.divertwatch.watch;

import io.divertwatch.common.CommaSeparatedList;
import io.divertwatch.common.IdentifiedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;

/** An analyst's watch on one aircraft (icao24 and/or callsign), with its expected route. */
@Entity
@Table(name = "watch")
public class Watch extends IdentifiedEntity {

    public String icao24;
    public String callsign;
    public String label;
    public String origin;
    public String destination;
    /** Via points' idents, in order. */
    @Convert(converter = CommaSeparatedList.class)
    public List<String> via = List.of();
    @Column(name = "corridor_km")
    public double corridorKm;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
}
