package io.divertwatch.evidence;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/** The rings of a GeoJSON Polygon or MultiPolygon, as [lon, lat] pairs: what KML draws as outlines. */
final class GeometryRings {

    private GeometryRings() {
    }

    static List<List<double[]>> of(JsonNode geometry) {
        List<List<double[]>> rings = new ArrayList<>();
        JsonNode coordinates = geometry.path("coordinates");
        switch (geometry.path("type").asText()) {
            case "Polygon" -> coordinates.forEach(ring -> rings.add(ring(ring)));
            case "MultiPolygon" -> coordinates.forEach(polygon -> polygon.forEach(ring -> rings.add(ring(ring))));
            default -> {
                // Only areas are stored (the API refuses other geometries).
            }
        }
        return rings;
    }

    private static List<double[]> ring(JsonNode ring) {
        List<double[]> points = new ArrayList<>(ring.size());
        ring.forEach(p -> points.add(new double[] {p.path(0).asDouble(), p.path(1).asDouble()}));
        return points;
    }
}
