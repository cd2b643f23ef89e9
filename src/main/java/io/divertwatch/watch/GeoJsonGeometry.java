package io.divertwatch.watch;

import com.fasterxml.jackson.databind.JsonNode;
import io.divertwatch.common.ApiException;
import io.divertwatch.geo.GeoArea;
import io.divertwatch.geo.Geodesy;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a GeoJSON Polygon or MultiPolygon geometry (RFC 7946) into a {@link GeoArea}; any defect is a
 * 400 that says where it is. Each polygon must be valid as the OGC Simple Features define it, which JTS
 * checks in the plane the area is drawn in: rings that do not cross themselves or each other (no figure
 * eight, no pentagram), holes inside their shell and not nested in each other.
 */
public final class GeoJsonGeometry {

    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private GeoJsonGeometry() {
    }

    public static GeoArea area(JsonNode geometry) {
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
        GeoArea area;
        try {
            area = GeoArea.of(polygons);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("invalid geometry: " + e.getMessage());
        }
        List<List<GeoArea.Ring>> drawn = area.unwrappedPolygons();
        for (int p = 0; p < drawn.size(); p++) {
            TopologyValidationError error = new IsValidOp(jtsPolygon(drawn.get(p))).getValidationError();
            if (error != null) {
                Coordinate at = error.getCoordinate();
                throw ApiException.badRequest("invalid geometry: polygon " + p + ": " + error.getMessage()
                        + (at == null ? "" : String.format(Locale.ROOT, " near [%.5f, %.5f]",
                                Geodesy.normalizeLon(at.x), at.y)));
            }
        }
        return area;
    }

    private static Polygon jtsPolygon(List<GeoArea.Ring> rings) {
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int r = 1; r < rings.size(); r++) {
            holes[r - 1] = ring(rings.get(r));
        }
        return GEOMETRY.createPolygon(ring(rings.get(0)), holes);
    }

    private static LinearRing ring(GeoArea.Ring ring) {
        Coordinate[] coordinates = new Coordinate[ring.lon().length];
        for (int i = 0; i < coordinates.length; i++) {
            coordinates[i] = new Coordinate(ring.lon()[i], ring.lat()[i]);
        }
        return GEOMETRY.createLinearRing(coordinates);
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
