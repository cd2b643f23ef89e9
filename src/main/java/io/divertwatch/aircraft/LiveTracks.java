package io.divertwatch.aircraft;

import io.divertwatch.track.Fix;

import java.util.List;

/**
 * The tracks the poller holds in memory. The poll feature provides them; on a replica that does not
 * poll they are empty and the stored fixes answer instead.
 */
public interface LiveTracks {

    /** Recent trusted fixes of one aircraft, oldest first; empty when unknown. */
    List<Fix> track(String icao24);

    /** The aircraft's latest callsign, or null. */
    String callsign(String icao24);
}
