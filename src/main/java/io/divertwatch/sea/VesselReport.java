package io.divertwatch.sea;

import io.divertwatch.ais.AisMessage;

/**
 * One position report of a vessel as a feed gives it: where, when (Unix seconds, data time) and how it
 * moves. Unknown speed and course are NaN, an unknown heading {@link AisMessage#NO_HEADING}.
 *
 * @param status navigational status (0–15), -1 when the transmitter sends none (class B)
 */
public record VesselReport(int mmsi, long time, double lat, double lon, double speedKn, double courseDeg,
        int heading, int status, String source) {

    /** The report an AIS message makes at {@code time}, or null when it has no position. */
    public static VesselReport of(AisMessage message, long time, String source) {
        if (!message.hasPosition() || !message.position().hasLocation()) {
            return null;
        }
        AisMessage.Position p = message.position();
        return new VesselReport(message.mmsi(), time, p.lat(), p.lon(), p.speedKn(), p.courseDeg(), p.heading(),
                p.status(), source);
    }
}
