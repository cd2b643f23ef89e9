package io.divertwatch.vessel;

import io.divertwatch.detect.GeofenceSpec;
import io.divertwatch.geo.GeoArea;
import io.divertwatch.sea.PortSpec;
import io.divertwatch.sea.SeaContext;
import io.divertwatch.vessel.feed.AisStreamFeed.Interest;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * What a filtering feed is asked for: a box around each watched port (reaching as far as a vessel near
 * it is judged, for its gaps) and around each watched area, and the vessels watched by MMSI.
 */
final class AisInterest {

    private AisInterest() {
    }

    static Interest of(SeaContext context, double nearKm) {
        List<double[]> boxes = new ArrayList<>();
        for (PortSpec port : context.ports()) {
            if (port.watched()) {
                boxes.add(around(port.lat(), port.lon(), port.radiusKm() + nearKm));
            }
        }
        for (GeofenceSpec area : context.areas()) {
            boxes.add(box(area.area(), nearKm));
        }
        TreeSet<Integer> mmsis = new TreeSet<>();
        context.watches().forEach(w -> mmsis.addAll(w.mmsis()));
        return new Interest(boxes, List.copyOf(mmsis));
    }

    /** {south, west, north, east} of a circle, widened to whole longitudes near the poles. */
    static double[] around(double lat, double lon, double radiusKm) {
        double dLat = radiusKm / 111.2;
        double cos = Math.cos(Math.toRadians(Math.min(89, Math.abs(lat) + dLat)));
        double dLon = Math.min(180, radiusKm / (111.2 * cos));
        return new double[] { Math.max(-90, lat - dLat), Math.max(-180, lon - dLon), Math.min(90, lat + dLat),
                Math.min(180, lon + dLon) };
    }

    private static double[] box(GeoArea area, double marginKm) {
        double south = 90;
        double north = -90;
        double west = Double.POSITIVE_INFINITY;
        double east = Double.NEGATIVE_INFINITY;
        for (List<GeoArea.Ring> polygon : area.unwrappedPolygons()) {
            GeoArea.Ring outer = polygon.get(0);
            for (int i = 0; i < outer.lat().length; i++) {
                south = Math.min(south, outer.lat()[i]);
                north = Math.max(north, outer.lat()[i]);
                west = Math.min(west, outer.lon()[i]);
                east = Math.max(east, outer.lon()[i]);
            }
        }
        double dLat = marginKm / 111.2;
        double dLon = marginKm / (111.2 * Math.cos(Math.toRadians(Math.min(89, Math.max(Math.abs(south),
                Math.abs(north)) + dLat))));
        south = Math.max(-90, south - dLat);
        north = Math.min(90, north + dLat);
        west -= dLon;
        east += dLon;
        if (west < -180 || east > 180) {
            // Across the antimeridian: the whole band of latitudes rather than a box that misses half.
            return new double[] { south, -180, north, 180 };
        }
        return new double[] { south, west, north, east };
    }
}
