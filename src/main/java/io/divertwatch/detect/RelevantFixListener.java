package io.divertwatch.detect;

import io.divertwatch.track.Fix;

/**
 * Told of every trusted fix of an aircraft the rules looked at (watched, or near a watched airport
 * or inside a geofence for every aircraft): the fixes worth keeping beyond the engine's memory.
 */
@FunctionalInterface
public interface RelevantFixListener {

    RelevantFixListener NONE = (icao24, callsign, fix) -> {
    };

    void relevantFix(String icao24, String callsign, Fix fix);
}
