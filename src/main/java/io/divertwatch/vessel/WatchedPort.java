package io.divertwatch.vessel;

import io.divertwatch.common.IdentifiedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;

/** A port whose calls alert for every vessel: a point with a radius, or a GeoJSON polygon. */
@Entity
@Table(name = "watched_port")
public class WatchedPort extends IdentifiedEntity {

    public String name;
    public String country;
    public double lat;
    public double lon;
    @Column(name = "radius_km")
    public double radiusKm;
    /** A GeoJSON Polygon or MultiPolygon drawn around the basins and anchorages, or null for the circle. */
    public String geometry;
    public String note;
    @Column(name = "created_at")
    public Instant createdAt;
}
