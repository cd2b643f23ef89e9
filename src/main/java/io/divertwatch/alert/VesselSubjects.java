package io.divertwatch.alert;

/** Tells who a maritime alert is about: implemented where vessel watches and identities are known. */
public interface VesselSubjects {

    VesselSubject describe(int mmsi, Long vesselWatchId);

    /**
     * A vessel as an alert names it: what it transmitted (or its watch names) and the list entry behind
     * its watch. Any part may be null.
     */
    record VesselSubject(Integer imo, String name, AlertSubject.ListEntry listEntry) {
    }
}
