package io.divertwatch.sea;

import io.divertwatch.geo.GeoArea;
import io.divertwatch.geo.Geodesy;

/**
 * A port as the maritime rules see it: a point with a radius, or an area (a polygon drawn around its
 * basins and anchorages). A vessel is inside when within the radius or the area; it has left once
 * {@code leaveKm} beyond it, so that a ship swinging at anchor on the edge does not come and go.
 *
 * @param radiusKm the port's radius; for an area, that of a circle about ({@code lat}, {@code lon}) holding it
 * @param id      the watched port's id, or null for a port of the port list
 * @param watched whether every vessel's calls there alert, not only watched vessels'
 */
public record PortSpec(Long id, String name, String country, double lat, double lon, double radiusKm, GeoArea area,
        boolean watched) {

    /** Kilometres outside the port, 0 inside. */
    public double distanceKm(double lat, double lon) {
        if (area != null) {
            return area.contains(lat, lon) ? 0 : area.distanceKm(lat, lon);
        }
        return Math.max(0, Geodesy.distanceKm(this.lat, this.lon, lat, lon) - radiusKm);
    }

    /** "Najin (North Korea)". */
    public String describe() {
        return country == null || country.isBlank() ? name : name + " (" + country + ")";
    }
}
