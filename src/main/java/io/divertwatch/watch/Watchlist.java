package io.divertwatch.watch;

import io.divertwatch.common.CommaSeparatedList;
import io.divertwatch.common.IdentifiedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;

/**
 * A list imported into watches (a sanctions list, a register of interest): its name identifies it
 * across imports, and what it carries for all its watches (a route, watched airports).
 */
@Entity
@Table(name = "watchlist")
public class Watchlist extends IdentifiedEntity {

    public String name;
    public String format;
    public String origin;
    public String destination;
    @Convert(converter = CommaSeparatedList.class)
    public List<String> via = List.of();
    @Column(name = "watched_airports")
    @Convert(converter = CommaSeparatedList.class)
    public List<String> watchedAirports = List.of();
    @Column(name = "imported_at")
    public Instant importedAt;
    /** SHA-256 of the last import's bytes: the version of the list the watches came from. */
    @Column(name = "source_digest")
    public String sourceDigest;
}
