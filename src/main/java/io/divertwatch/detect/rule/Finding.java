package io.divertwatch.detect.rule;

import io.divertwatch.detect.AlertType;
import io.divertwatch.detect.Candidate;
import io.divertwatch.detect.GeofenceSpec;
import io.divertwatch.detect.Severity;
import io.divertwatch.track.Fix;

import java.util.List;

/**
 * What a rule found about one flight, before the engine makes it a detection (or drops it as an
 * incident already reported). Made with {@link #of} and the withers for what the type needs.
 *
 * @param airport          the airport it is about, or the most likely one; null for none
 * @param candidates       ranked airports the aircraft may be heading for, or reachable ones
 * @param returnedToOrigin for {@code DIVERTED}: whether the airport is the flight's origin; else null
 * @param escalates        the type of an earlier incident of the flight that this one escalates, or null
 * @param geofence         the area entered, for {@code GEOFENCE_ENTRY}; else null
 * @param at               the fix it is placed at; null for the fix being judged
 */
public record Finding(AlertType type, Severity severity, String summary, String airport, List<Candidate> candidates,
        Boolean returnedToOrigin, AlertType escalates, GeofenceSpec geofence, Fix at) {

    public Finding {
        candidates = candidates == null ? List.of() : candidates;
    }

    public static Finding of(AlertType type, Severity severity, String summary) {
        return new Finding(type, severity, summary, null, List.of(), null, null, null, null);
    }

    public Finding airport(String ident) {
        return new Finding(type, severity, summary, ident, candidates, returnedToOrigin, escalates, geofence, at);
    }

    public Finding candidates(List<Candidate> ranked) {
        return new Finding(type, severity, summary, airport, ranked, returnedToOrigin, escalates, geofence, at);
    }

    public Finding returnedToOrigin(boolean returned) {
        return new Finding(type, severity, summary, airport, candidates, returned, escalates, geofence, at);
    }

    public Finding escalating(AlertType earlier) {
        return new Finding(type, severity, summary, airport, candidates, returnedToOrigin, earlier, geofence, at);
    }

    public Finding geofence(GeofenceSpec area) {
        return new Finding(type, severity, summary, airport, candidates, returnedToOrigin, escalates, area, at);
    }

    public Finding at(Fix fix) {
        return new Finding(type, severity, summary, airport, candidates, returnedToOrigin, escalates, geofence, fix);
    }
}
