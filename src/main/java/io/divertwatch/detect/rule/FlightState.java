package io.divertwatch.detect.rule;

import io.divertwatch.detect.AlertType;
import io.divertwatch.detect.Landing;
import io.divertwatch.geo.Airport;
import io.divertwatch.geo.GeoPoint;
import io.divertwatch.geo.Geodesy;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * One flight of one aircraft: the segment between two landings (or a long gap with a jump). Its
 * start time is the flight part of every incident key, so an incident alerts once per flight. The
 * engine's flight segmenter moves it through take-off and landing; the rules keep their evidence
 * here, and the incident recorder what has been reported.
 */
public final class FlightState {

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
    /**
     * Holds near the destination, and the evidence of leaving one for somewhere else; null until the
     * diversion rule first looks (watched flights only: every flight's object stays small).
     */
    HoldTracker holds;
    Persistence leftHold;
    final Persistence routeDeviation = new Persistence();
    /** Evidence that an open incident no longer holds; null until one is open and looked at. */
    ResolutionEvidence resolution;

    /** What {@link ResolutionRule} gathers about a flight with an open incident. */
    static final class ResolutionEvidence {
        /** Approaching the destination. */
        final Persistence approaching = new Persistence();
        final Persistence backInCorridor = new Persistence();
        /**
         * Where and when the aircraft began pointing at its destination again (time -1: it is not):
         * progress is judged over the whole streak from here, so no history needs reading.
         */
        long onCourseSince = -1;
        double onCourseLat;
        double onCourseLon;
        /** Data time before which the open incidents are not looked at again. */
        long nextCheck;
        /**
         * The route last measured (a watch's edit makes a new one), where, and how far outside its corridor
         * the aircraft was (0: unknown or inside).
         */
        private Route offRoute;
        private double offLat;
        private double offLon;
        private double outsideByKm;

        /**
         * Records a measurement {@code offKm} from {@code route}; the margin is claimed as
         * {@link CorridorClearance} claims its own.
         */
        void measuredOff(Route route, double lat, double lon, double offKm) {
            offRoute = route;
            offLat = lat;
            offLon = lon;
            outsideByKm = CorridorClearance.margin(offKm - route.corridorKm());
        }

        /**
         * Whether the aircraft is surely still outside {@code route}'s corridor at the point: its distance
         * from the route changes no more than the distance flown, so until it has flown as far as it was
         * outside, it is.
         */
        boolean surelyStillOutside(Route route, double lat, double lon) {
            return route == offRoute && Geodesy.distanceKm(offLat, offLon, lat, lon) < outsideByKm;
        }

        void reset() {
            approaching.reset();
            backInCorridor.reset();
            onCourseSince = -1;
        }
    }

    ResolutionEvidence resolution() {
        if (resolution == null) {
            resolution = new ResolutionEvidence();
        }
        return resolution;
    }
    final CorridorClearance corridorClearance = new CorridorClearance();
    /** Geofences the aircraft is inside now, by id, with where it entered. */
    Map<Long, GeofenceEntryRule.Entry> insideGeofences = Map.of();
    /**
     * Approach evidence per watched airport ident; an empty map until there is some (rules ask on every
     * fix, and a map of its own would be one more object to fetch from memory).
     */
    private Map<String, Persistence> approach = Map.of();
    /** Incidents already emitted, so an incident alerts once and escalations can refer back; null until one is. */
    private Set<Incident> fired;
    /** Their types as bits by ordinal: rules that alert once per flight stop working (and describing) once fired. */
    private int firedTypes;
    /** Incidents whose evidence has gone since they fired; null until one has. */
    private Set<Incident> cleared;
    /** Suspicions cleared so far: a flight that turns away again after one is a new incident. */
    private int clearedSuspicions;

    /** What an incident of this flight is about: its type and its airport or geofence (null for a suspicion). */
    record Incident(AlertType type, String subject) {
    }

    /**
     * @param id            the data time the flight was first seen
     * @param airborne      whether it was first seen in the air
     * @param departure     where it departs from, when known
     */
    public FlightState(long id, GeoPoint firstPosition, boolean airborne, Airport departure) {
        this.id = id;
        this.firstPosition = firstPosition;
        this.airborne = airborne;
        this.airborneSince = airborne ? id : -1;
        this.departure = departure;
    }

    public long id() {
        return id;
    }

    public GeoPoint firstPosition() {
        return firstPosition;
    }

    public boolean isAirborne() {
        return airborne;
    }

    public long airborneSince() {
        return airborneSince;
    }

    public Airport departure() {
        return departure;
    }

    public Landing landing() {
        return landing;
    }

    public boolean hasLeftOriginArea() {
        return leftOriginArea;
    }

    public boolean isPathContested() {
        return pathContested;
    }

    /** Taxi-out then take-off: the same flight, now airborne; {@code from} the airport, when known. */
    public void tookOff(long time, Airport from) {
        airborne = true;
        airborneSince = time;
        if (from != null) {
            departure = from;
        }
    }

    /** Airborne again without having come to a stop after {@link #landed}: the same flight goes on. */
    public void touchedAndWent() {
        airborne = true;
        landing = null;
    }

    public void landed(Landing at) {
        landing = at;
        airborne = false;
    }

    /** Records an airborne altitude, for the highest the flight has been. */
    public void flewAt(double altitudeM) {
        maxAltitudeM = Double.isNaN(maxAltitudeM) ? altitudeM : Math.max(maxAltitudeM, altitudeM);
    }

    public void leftOriginArea() {
        leftOriginArea = true;
    }

    /** The track went on along positions it had refused for a long time: see {@link #pathContested}. */
    public void pathContested() {
        pathContested = true;
    }

    /**
     * The track is back where the aircraft was before a contested path: what was seen on that path,
     * for or against a diversion, was never this aircraft's.
     */
    public void pathRestored() {
        pathContested = false;
        towardWatched = Map.of();
        progressReversal.reset();
        lowDescent.reset();
        alignedElsewhere.reset();
        if (leftHold != null) {
            leftHold.reset();
        }
        routeDeviation.reset();
        resetApproachEvidence(null);
    }

    public boolean hasFired(AlertType type) {
        return (firedTypes & 1 << type.ordinal()) != 0;
    }

    public boolean hasFired(AlertType type, String subject) {
        return hasFired(type) && fired.contains(new Incident(type, subject));
    }

    /** Records an incident as emitted; false when it had been already. */
    public boolean markFired(AlertType type, String subject) {
        if (fired == null) {
            fired = new HashSet<>(4);
        }
        if (!fired.add(new Incident(type, subject))) {
            return false;
        }
        firedTypes |= 1 << type.ordinal();
        return true;
    }

    /** Fired and not cleared since. */
    public boolean isOpen(AlertType type, String subject) {
        return hasFired(type, subject) && (cleared == null || !cleared.contains(new Incident(type, subject)));
    }

    /**
     * Records an open incident as cleared; false when it was not open. Clearing a suspicion forgets its
     * evidence and lets a new one be raised, as {@link #suspicionSubject()}.
     */
    public boolean markCleared(AlertType type, String subject) {
        if (!isOpen(type, subject)) {
            return false;
        }
        if (cleared == null) {
            cleared = new HashSet<>(4);
        }
        cleared.add(new Incident(type, subject));
        if (type == AlertType.DIVERSION_SUSPECTED) {
            clearedSuspicions++;
            resetDiversionEvidence();
        }
        if (resolution != null) {
            resolution.reset();
        }
        return true;
    }

    /**
     * The subject of the flight's current suspicion: null for the first (one suspicion per flight, whatever
     * airport ranks first), {@code #2} and on for those raised after an earlier one was cleared.
     */
    public String suspicionSubject() {
        return suspicionSubject(clearedSuspicions);
    }

    /** The subject of the latest suspicion raised, open or cleared; null when none was (or the first). */
    public String latestSuspicionSubject() {
        return hasFired(AlertType.DIVERSION_SUSPECTED, suspicionSubject()) || clearedSuspicions == 0
                ? suspicionSubject() : suspicionSubject(clearedSuspicions - 1);
    }

    private static String suspicionSubject(int cleared) {
        return cleared == 0 ? null : "#" + (cleared + 1);
    }

    /** The approach evidence for a watched airport, made when first needed. */
    Persistence approachEvidence(String ident) {
        if (approach.isEmpty()) {
            approach = new HashMap<>(4);
        }
        return approach.computeIfAbsent(ident, i -> new Persistence());
    }

    /** Forgets the approach evidence of one watched airport, or of all of them (null). */
    void resetApproachEvidence(String ident) {
        if (approach.isEmpty()) {
            return;
        }
        if (ident == null) {
            approach.values().forEach(Persistence::reset);
        } else {
            Persistence evidence = approach.get(ident);
            if (evidence != null) {
                evidence.reset();
            }
        }
    }

    /** Forgets diversion evidence, e.g. while the flight is still in its origin area. */
    void resetDiversionEvidence() {
        towardWatched = Map.of();
        progressReversal.reset();
        lowDescent.reset();
        alignedElsewhere.reset();
        if (leftHold != null) {
            leftHold.reset();
        }
    }
}
