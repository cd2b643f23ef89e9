package io.divertwatch.evidence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.divertwatch.alert.AlertView;

import java.io.UncheckedIOException;
import java.util.List;

/**
 * The bundle as one GeoJSON FeatureCollection (RFC 7946, [lon, lat, altitude]): the track as a LineString,
 * every fix as a Point with its values, the alert's position, the expected route and the watched places.
 * Each feature's {@code properties.role} says which it is.
 */
final class FixesGeoJson {

    private FixesGeoJson() {
    }

    static String render(ObjectMapper json, String title, List<EvidenceFix> fixes, AlertView alert,
            ExpectedRoute route, List<Place> places) {
        ObjectNode collection = json.createObjectNode().put("type", "FeatureCollection");
        collection.putObject("properties").put("title", title);
        ArrayNode features = collection.putArray("features");
        if (fixes.size() >= 2) {
            ObjectNode line = feature(features, "track");
            ArrayNode coordinates = geometry(line, "LineString").putArray("coordinates");
            fixes.forEach(f -> position(coordinates.addArray(), f.lon(), f.lat(), f.altitudeM()));
            line.withObject("properties").put("subject", fixes.get(0).subject()).put("from", fixes.get(0).instant().toString())
                    .put("to", fixes.get(fixes.size() - 1).instant().toString()).put("fixes", fixes.size());
        }
        for (EvidenceFix f : fixes) {
            ObjectNode point = feature(features, "fix");
            position(geometry(point, "Point").putArray("coordinates"), f.lon(), f.lat(), f.altitudeM());
            ObjectNode p = point.withObject("properties").put("time", f.instant().toString()).put("source", f.source());
            putNumber(p, "altitudeM", f.altitudeM());
            putNumber(p, "groundSpeedMps", f.groundSpeedMps());
            putNumber(p, "trackDeg", f.trackDeg());
            putNumber(p, "verticalRateMps", f.verticalRateMps());
            if (f.receivedAt() != null) {
                p.put("receivedAt", f.receivedAt().toString());
            }
        }
        if (alert != null && alert.position() != null) {
            ObjectNode point = feature(features, "alert");
            position(geometry(point, "Point").putArray("coordinates"), alert.position().lon(), alert.position().lat(),
                    alert.position().altitudeM() == null ? Double.NaN : alert.position().altitudeM());
            point.withObject("properties").put("id", alert.id()).put("type", alert.type()).put("time", alert.time().toString())
                    .put("summary", alert.summary());
        }
        if (route != null && route.points().size() >= 2) {
            ObjectNode line = feature(features, "expected-route");
            ArrayNode coordinates = geometry(line, "LineString").putArray("coordinates");
            route.points().forEach(p -> position(coordinates.addArray(), p.lon(), p.lat(), Double.NaN));
            line.withObject("properties").put("corridorKm", route.corridorKm()).put("filedBy", route.filedBy())
                    .put("via", String.join(" ", route.points().stream().map(ExpectedRoute.Point::ident).toList()));
        }
        for (Place place : places) {
            ObjectNode feature = feature(features, place.kind());
            if (place.geometry() != null) {
                feature.set("geometry", place.geometry());
            } else {
                position(geometry(feature, "Point").putArray("coordinates"), place.lon(), place.lat(), Double.NaN);
                feature.withObject("properties").put("radiusKm", place.radiusKm());
            }
            feature.withObject("properties").put("name", place.name()).put("ident", place.ident()).put("why", place.why());
        }
        try {
            return json.writerWithDefaultPrettyPrinter().writeValueAsString(collection);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode feature(ArrayNode features, String role) {
        ObjectNode feature = features.addObject().put("type", "Feature");
        feature.putObject("properties").put("role", role);
        return feature;
    }

    private static ObjectNode geometry(ObjectNode feature, String type) {
        return feature.putObject("geometry").put("type", type);
    }

    private static void position(ArrayNode at, double lon, double lat, double altitudeM) {
        at.add(round(lon, 6)).add(round(lat, 6));
        if (!Double.isNaN(altitudeM)) {
            at.add(round(altitudeM, 1));
        }
    }

    private static void putNumber(ObjectNode node, String name, double value) {
        if (!Double.isNaN(value)) {
            node.put(name, value);
        }
    }

    private static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }
}
