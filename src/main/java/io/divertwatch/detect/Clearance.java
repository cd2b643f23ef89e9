package io.divertwatch.detect;

import io.divertwatch.track.Fix;

/**
 * An open incident whose evidence has gone: the aircraft is back on course, approaching or landed at
 * its destination, or heard again; the vessel transmits again, or is under way again. It resolves the
 * alert stored under {@code key}.
 *
 * @param key    the incident key of the detection it resolves
 * @param type   that detection's type
 * @param time   data time of the fix that cleared it
 * @param icao24 the aircraft, or null for a vessel (whose keys name it)
 * @param position the aircraft's fix that cleared it, or null for a vessel
 * @param reason one clause saying why, e.g. "landed at LLBG as planned"
 */
public record Clearance(String key, AlertType type, long time, String icao24, Fix position, String reason) {
}
