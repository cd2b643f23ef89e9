package io.divertwatch.evidence;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A watched place an evidence bundle shows: an airport or port as a circle, a geofence or port as its
 * GeoJSON geometry.
 *
 * @param kind     {@code watched-airport}, {@code candidate-airport}, {@code geofence} or {@code watched-port}
 * @param radiusKm the circle's radius; 0 with a geometry
 * @param geometry a GeoJSON Polygon or MultiPolygon, or null for a circle
 * @param why      how it is involved: "alert airport", "candidate 2 of 5", "within 200 km of the track"
 */
record Place(String kind, String name, String ident, double lat, double lon, double radiusKm, JsonNode geometry,
        String why) {
}
