package io.divertwatch.detect;

import io.divertwatch.geo.GeoArea;

/**
 * A watched area as the engine sees it.
 *
 * @param anyAircraft whether entries by any aircraft alert, or only by watched ones
 */
public record GeofenceSpec(long id, String name, GeoArea area, boolean anyAircraft) {
}
