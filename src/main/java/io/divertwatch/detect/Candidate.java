package io.divertwatch.detect;

/**
 * An airport the aircraft may be heading for, with the reasons behind its rank.
 *
 * @param score         0..1, higher is likelier
 * @param headingOffDeg difference between the aircraft's track and the bearing to the airport
 */
public record Candidate(String icao, String name, double distanceKm, double headingOffDeg, boolean watched,
        double score) {
}
