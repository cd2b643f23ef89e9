package io.divertwatch.watch;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** An airport whose approaches and landings alert, for watched aircraft or (anyAircraft) for all. */
@Entity
@Table(name = "watched_airport")
public class WatchedAirport extends PanacheEntityBase {

    @Id
    public String icao;
    @Column(name = "radius_km")
    public double radiusKm;
    @Column(name = "any_aircraft")
    public boolean anyAircraft;
    public String note;
    @Column(name = "created_at")
    public Instant createdAt;
}
