package io.divertwatch.watch;

import com.fasterxml.jackson.databind.JsonNode;
import io.divertwatch.common.ApiException;
import io.divertwatch.geo.GeoArea;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a GeoJSON Polygon or MultiPolygon geometry (RFC 7946) into a {@link GeoArea}; any defect is a
 * 400 that says where it is.
 */
final class GeoJsonGeometry {

    private GeoJsonGeometry() {
    }

    static GeoArea area(JsonNode geometry) {
        if (geometry == null || !geometry.isObject()) {
            throw ApiException.badRequest("geometry must be a GeoJSON Polygon or MultiPolygon object");
        }
        String type = geometry.path("type").asText("");
        JsonNode coordinates = geometry.get("coordinates");
        List<List<List<double[]>>> polygons = new ArrayList<>();
        switch (type) {
            case "Polygon" -> polygons.add(polygon(coordinates, "geometry.coordinates"));
            case "MultiPolygon" -> {
                requireArray(coordinates, "geometry.coordinates");
                for (int i = 0; i < coordinates.size(); i++) {
                    polygons.add(polygon(coordinates.get(i), "geometry.coordinates[" + i + "]"));
                }
            }
            default -> throw ApiException.badRequest(
                    "geometry.type must be Polygon or MultiPolygon, not '" + type + "'");
        }
        try {
            return GeoArea.of(polygons);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("invalid geometry: " + e.getMessage());
        }
    }

    private static List<List<double[]>> polygon(JsonNode rings, String where) {
        requireArray(rings, where);
        List<List<double[]>> out = new ArrayList<>(rings.size());
        for (int r = 0; r < rings.size(); r++) {
            JsonNode ring = rings.get(r);
            requireArray(ring, where + "[" + r + "]");
            List<double[]> positions = new ArrayList<>(ring.size());
            for (int p = 0; p < ring.size(); p++) {
                JsonNode position = ring.get(p);
                if (position == null || !position.isArray() || position.size() < 2 || !position.get(0).isNumber()
                        || !position.get(1).isNumber()) {
                    throw ApiException.badRequest(where + "[" + r + "][" + p + "] must be a [lon, lat] number pair");
                }
                positions.add(new double[] {position.get(0).asDouble(), position.get(1).asDouble()});
            }
            out.add(positions);
        }
        return out;
    }

    private static void requireArray(JsonNode node, String where) {
        if (node == null || !node.isArray() || node.isEmpty()) {
            throw ApiException.badRequest(where + " must be a non-empty array");
        }
    }
}
