package io.divertwatch.watch;

import io.divertwatch.common.CommaSeparatedList;
import io.divertwatch.common.IdentifiedEntity;
import io.divertwatch.identity.AircraftIdentity;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.DynamicUpdate;

import java.time.Instant;
import java.util.List;

/**
 * An analyst's watch on one aircraft (by address, callsign, registration or serial number) or a fleet
 * (by type or operator), with its expected route; made by hand or imported from a watchlist.
 * <p>
 * Updates write only the columns that changed: the airframe follower rewrites what a watch resolves to
 * while an import may retire the same watch, and a whole-row update from either would undo the other.
 */
@Entity
@Table(name = "watch")
@DynamicUpdate
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
    /** What else names the aircraft, or the fleet (see {@link io.divertwatch.identity.AircraftIdentity}). */
    public String registration;
    @Column(name = "previous_registrations")
    @Convert(converter = CommaSeparatedList.class)
    public List<String> previousRegistrations = List.of();
    @Column(name = "type_code")
    public String typeCode;
    public String operator;
    @Column(name = "serial_number")
    public String serialNumber;
    public String manufacturer;
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
    /** When its entry left the list: a retired watch is kept, but watches nothing. */
    @Column(name = "retired_at")
    public Instant retiredAt;
    /**
     * The airframe as the registers last gave it, to notice when it is re-registered or changes
     * address; and its serial number and type when the watch names none but a register knows them,
     * so that the watch follows the airframe rather than the registration.
     */
    @Column(name = "resolved_registration")
    public String resolvedRegistration;
    @Column(name = "resolved_icao24")
    public String resolvedIcao24;
    @Column(name = "resolved_serial")
    public String resolvedSerial;
    @Column(name = "resolved_type")
    public String resolvedType;
    @Column(name = "resolved_at")
    public Instant resolvedAt;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;

    /** What the watch names, with the serial number and type a register gave its airframe when it names none. */
    public AircraftIdentity identity() {
        boolean learned = serialNumber == null && resolvedSerial != null;
        return new AircraftIdentity(icao24, registration, previousRegistrations,
                learned && typeCode == null ? resolvedType : typeCode, operator,
                learned ? resolvedSerial : serialNumber, manufacturer);
    }
}
