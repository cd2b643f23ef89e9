package io.divertwatch.detect;

import io.divertwatch.geo.Airport;
import io.divertwatch.track.Fix;

/**
 * A landing the engine inferred.
 *
 * @param airport     where, or null when no known airport is near
 * @param bySignalLoss true when inferred from a low last fix near the airport followed by silence,
 *                    false when an on-ground fix was seen
 */
public record Landing(Airport airport, long time, Fix fix, boolean bySignalLoss) {
}
