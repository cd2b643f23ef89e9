package io.divertwatch.vessel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.divertwatch.common.ApiException;
import io.divertwatch.common.Page;
import io.divertwatch.common.PageParams;
import io.divertwatch.geo.GeoArea;
import io.divertwatch.geo.Geodesy;
import io.divertwatch.sea.PortSpec;
import io.divertwatch.watch.GeoJsonGeometry;
import io.quarkus.logging.Log;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;

/** Watched ports: validation, storage, and their shape for the maritime rules. */
@ApplicationScoped
public class WatchedPortService {

    /** A port given by a point and no radius: a harbour and its approaches. */
    static final double DEFAULT_RADIUS_KM = 5.0;

    private final ObjectMapper json;
    private final Event<VesselWatchesChanged> changed;

    WatchedPortService(ObjectMapper json, Event<VesselWatchesChanged> changed) {
        this.json = json;
        this.changed = changed;
    }

    public Page<WatchedPort> page(PageParams page) {
        return Page.of(WatchedPort.<WatchedPort>find("id > ?1", Sort.by("id"), page.afterId()).range(0, page.limit())
                .list(), page.limit(), p -> String.valueOf(p.id));
    }

    public WatchedPort get(long id) {
        WatchedPort p = WatchedPort.findById(id);
        if (p == null) {
            throw ApiException.notFound("no watched port with id " + id);
        }
        return p;
    }

    @Transactional
    public WatchedPort create(WatchedPortRequest request) {
        if (request == null) {
            throw ApiException.badRequest("a JSON body is required");
        }
        WatchedPort p = new WatchedPort();
        p.name = request.name().trim();
        p.country = request.country() == null || request.country().isBlank() ? null : request.country().trim();
        p.note = request.note();
        if (request.geometry() != null && !request.geometry().isNull()) {
            GeoArea area = GeoJsonGeometry.area(request.geometry());
            double[] circle = enclosingCircle(area);
            p.lat = circle[0];
            p.lon = circle[1];
            p.radiusKm = circle[2];
            p.geometry = write(request.geometry());
        } else {
            if (request.lat() == null || request.lon() == null) {
                throw ApiException.badRequest("give lat and lon (and radiusKm), or a GeoJSON geometry");
            }
            p.lat = request.lat();
            p.lon = request.lon();
            p.radiusKm = request.radiusKm() == null ? DEFAULT_RADIUS_KM : request.radiusKm();
        }
        p.createdAt = Instant.now();
        p.persist();
        changed.fire(new VesselWatchesChanged());
        Log.infof("Watched port %d saved: %s", p.id, io.divertwatch.common.Text.forLog(p.name));
        return p;
    }

    @Transactional
    public void delete(long id) {
        get(id).delete();
        changed.fire(new VesselWatchesChanged());
        Log.infof("Watched port %d removed", id);
    }

    /** The watched ports as the rules see them. */
    public List<PortSpec> specs() {
        return WatchedPort.<WatchedPort>listAll(Sort.by("id")).stream().map(this::spec).toList();
    }

    PortSpec spec(WatchedPort p) {
        GeoArea area = p.geometry == null ? null : GeoJsonGeometry.area(read(p.geometry));
        return new PortSpec(p.id, p.name, p.country, p.lat, p.lon, p.radiusKm, area, true);
    }

    public JsonNode geometry(WatchedPort p) {
        return p.geometry == null ? null : read(p.geometry);
    }

    /** A centre (the vertices' mean) and the radius that holds every vertex, as {lat, lon, km}. */
    private static double[] enclosingCircle(GeoArea area) {
        double lat = 0;
        double lon = 0;
        int n = 0;
        for (List<GeoArea.Ring> polygon : area.unwrappedPolygons()) {
            GeoArea.Ring outer = polygon.get(0);
            for (int i = 0; i < outer.lat().length; i++) {
                lat += outer.lat()[i];
                lon += outer.lon()[i];
                n++;
            }
        }
        lat /= n;
        lon = Geodesy.normalizeLon(lon / n);
        double km = 0;
        for (List<GeoArea.Ring> polygon : area.unwrappedPolygons()) {
            GeoArea.Ring outer = polygon.get(0);
            for (int i = 0; i < outer.lat().length; i++) {
                km = Math.max(km, Geodesy.distanceKm(lat, lon, outer.lat()[i], outer.lon()[i]));
            }
        }
        if (km > 100) {
            throw ApiException.badRequest("geometry: a port's area must fit in 100 km of its centre; watch a larger "
                    + "area as a geofence");
        }
        return new double[] { lat, lon, km };
    }

    private String write(JsonNode node) {
        try {
            return json.writeValueAsString(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonNode read(String text) {
        try {
            return json.readTree(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
