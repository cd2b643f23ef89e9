package io.divertwatch.watch;

import io.divertwatch.common.IdentifiedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;

/** A watched area: entries alert (GEOFENCE_ENTRY), for watched aircraft or (anyAircraft) for all. */
@Entity
@Table(name = "geofence")
public class Geofence extends IdentifiedEntity {

    public String name;
    /** The GeoJSON geometry (Polygon or MultiPolygon), validated. */
    public String geometry;
    @Column(name = "any_aircraft")
    public boolean anyAircraft;
    public String note;
    @Column(name = "created_at")
    public Instant createdAt;
}
