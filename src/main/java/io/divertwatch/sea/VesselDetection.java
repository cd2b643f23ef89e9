package io.divertwatch.sea;

import io.divertwatch.detect.AlertType;
import io.divertwatch.detect.Severity;

import java.util.List;

/**
 * What a maritime rule found, before it becomes a stored alert.
 *
 * @param key        the incident key: one alert per key
 * @param time       data time of the fix (or of the silence) that triggered it
 * @param port       the port called at, for {@code PORT_CALL}; else null
 * @param position   where the vessel was (for a gap, where it was last seen); null when unknown
 * @param relatedKey the key of the detection this one follows (a departure its arrival), or null
 * @param counterpartMmsi the other vessel of an {@code ENCOUNTER}, else 0
 */
public record VesselDetection(String key, AlertType type, Severity severity, long time, int mmsi, Long watchId,
        PortSpec port, List<PortCandidate> candidates, VesselFix position, String summary, List<VesselFix> evidence,
        String relatedKey, int counterpartMmsi) {

    /** A detection about one vessel. */
    public VesselDetection(String key, AlertType type, Severity severity, long time, int mmsi, Long watchId,
            PortSpec port, List<PortCandidate> candidates, VesselFix position, String summary, List<VesselFix> evidence,
            String relatedKey) {
        this(key, type, severity, time, mmsi, watchId, port, candidates, position, summary, evidence, relatedKey, 0);
    }

    /** The same detection under another watch (or none). */
    public VesselDetection withWatchId(Long id) {
        return new VesselDetection(key, type, severity, time, mmsi, id, port, candidates, position, summary, evidence,
                relatedKey, counterpartMmsi);
    }

    /**
     * A watched port a silence leaves time enough to call at.
     *
     * @param hoursNeeded the sailing there and on to where the vessel reappeared, plus the shortest stay
     * @param explained   how much of the silence a typical call there explains (0–1): the ranking
     */
    public record PortCandidate(Long portId, String name, String country, double detourKm, double hoursNeeded,
            double explained, boolean declared, double score) {
    }
}
