package io.divertwatch.detect;

import io.divertwatch.airport.Airport;
import io.divertwatch.geo.GeoPoint;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * One flight of one aircraft: the segment between two landings (or a long gap with a jump). Its
 * start time is the flight part of every incident key, so an incident alerts once per flight.
 */
final class FlightState {

    final long id;
    final GeoPoint firstPosition;
    boolean airborne;
    long airborneSince;
    /** Where this flight took off, when a take-off was seen; else the route's origin, else null. */
    Airport departure;
    boolean leftOriginArea;
    /**
     * The track went on along positions it had refused for a long time (another aircraft under the
     * same address, or a spoofed path): where this flight goes says nothing about a diversion.
     */
    boolean pathContested;
    double maxAltitudeM = Double.NaN;
    Landing landing;
    /**
     * Diversion evidence: tracking toward watched airports (by ident; only those aligned at the last
     * fix, the others' evidence being broken), and the three other kinds.
     */
    Map<String, Persistence> towardWatched = Map.of();
    final Persistence progressReversal = new Persistence();
    final Persistence lowDescent = new Persistence();
    final Persistence alignedElsewhere = new Persistence();
    final Persistence routeDeviation = new Persistence();
    final CorridorClearance corridorClearance = new CorridorClearance();
    /** Geofences the aircraft is inside now, by id, with where it entered. */
    Map<Long, GeofenceEntryRule.Entry> insideGeofences = Map.of();
    /** Approach evidence per watched airport ident. */
    final Map<String, Persistence> approach = new HashMap<>();
    /** Incident keys already emitted, so an incident alerts once and escalations can refer back. */
    final Set<String> firedKeys = new HashSet<>();
    /** The types among them: rules that alert once per flight stop working (and describing) once fired. */
    final Set<AlertType> firedTypes = EnumSet.noneOf(AlertType.class);

    FlightState(long id, GeoPoint firstPosition, boolean airborne, Airport departure) {
        this.id = id;
        this.firstPosition = firstPosition;
        this.airborne = airborne;
        this.airborneSince = airborne ? id : -1;
        this.departure = departure;
    }

    boolean hasFired(AlertType type) {
        return firedTypes.contains(type);
    }

    /** Forgets diversion evidence, e.g. while the flight is still in its origin area. */
    void resetDiversionEvidence() {
        towardWatched = Map.of();
        progressReversal.reset();
        lowDescent.reset();
        alignedElsewhere.reset();
    }

    static Persistence of(Map<String, Persistence> byAirport, String ident) {
        Persistence p = byAirport.get(ident);
        if (p == null) {
            p = new Persistence();
            byAirport.put(ident, p);
        }
        return p;
    }
}
