package io.divertwatch.watchlist;

import io.divertwatch.identity.AircraftIdentity;

import java.util.List;

/**
 * One entry of an imported list: an aircraft (watched by its identity) or a vessel (kept for the
 * maritime watch), with its provenance.
 *
 * @param entityId the list's own id of the entry; imports upsert by it
 * @param line     where the entry began in the body, for reports
 */
record ListedEntity(String entityId, Kind kind, String name, AircraftIdentity aircraft, Vessel vessel,
        String program, String linkedTo, int line) {

    enum Kind {
        AIRCRAFT, VESSEL
    }

    /** What a list says of a vessel. */
    record Vessel(String imo, String mmsi, String callSign, String flag) {
    }

    static ListedEntity aircraft(String entityId, String name, AircraftIdentity identity, String program,
            String linkedTo, int line) {
        return new ListedEntity(entityId, Kind.AIRCRAFT, name, identity, null, program, linkedTo, line);
    }

    static ListedEntity vessel(String entityId, String name, Vessel vessel, String program, String linkedTo,
            int line) {
        return new ListedEntity(entityId, Kind.VESSEL, name, null, vessel, program, linkedTo, line);
    }

    /** A row that could not be read: where, and why. */
    record Rejected(int line, String reason) {
    }

    /** What a list's body held. */
    record Parsed(List<ListedEntity> entities, List<Rejected> rejected) {
    }
}
