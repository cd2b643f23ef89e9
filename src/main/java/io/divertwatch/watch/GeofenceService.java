package io.divertwatch.watch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.divertwatch.common.ApiException;
import io.divertwatch.common.Page;
import io.divertwatch.common.PageParams;
import io.divertwatch.common.Text;
import io.divertwatch.detect.GeofenceSpec;
import io.quarkus.logging.Log;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Geofences: validation of the GeoJSON Feature, storage, and the specs the engine runs on. */
@ApplicationScoped
public class GeofenceService {

    static final int MAX_NAME_LENGTH = 200;
    static final int MAX_NOTE_LENGTH = 500;

    private final ObjectMapper json;
    private final Event<WatchesChanged> changed;

    GeofenceService(ObjectMapper json, Event<WatchesChanged> changed) {
        this.json = json;
        this.changed = changed;
    }

    public List<Geofence> list() {
        return Geofence.listAll(Sort.by("id"));
    }

    /** Geofences by id, a page at a time. */
    public Page<Geofence> page(PageParams page) {
        return Page.of(Geofence.<Geofence>find("id > ?1", Sort.by("id"), page.afterId()).range(0, page.limit())
                .list(), page.limit(), g -> String.valueOf(g.id));
    }

    public Geofence get(long id) {
        Geofence g = Geofence.findById(id);
        if (g == null) {
            throw ApiException.notFound("no geofence with id " + id);
        }
        return g;
    }

    /** Stores a GeoJSON Feature with a Polygon or MultiPolygon geometry and {@code properties.name}. */
    @Transactional
    public Geofence create(JsonNode feature) {
        if (feature == null || !feature.isObject() || !"Feature".equals(feature.path("type").asText())) {
            throw ApiException.badRequest("the body must be a GeoJSON Feature ({\"type\": \"Feature\", ...})");
        }
        JsonNode properties = feature.path("properties");
        if (!properties.isObject()) {
            throw ApiException.badRequest("properties must be an object with a name");
        }
        JsonNode nameNode = properties.path("name");
        String name = nameNode.isTextual() ? Text.requirePlain(nameNode.asText(), "properties.name").trim() : "";
        if (name.isEmpty() || name.length() > MAX_NAME_LENGTH) {
            throw ApiException.badRequest("properties.name is required: text of 1 to " + MAX_NAME_LENGTH
                    + " characters");
        }
        JsonNode anyAircraft = properties.get("anyAircraft");
        if (anyAircraft != null && !anyAircraft.isBoolean() && !anyAircraft.isNull()) {
            throw ApiException.badRequest("properties.anyAircraft must be true or false");
        }
        JsonNode noteNode = properties.get("note");
        if (noteNode != null && !noteNode.isTextual() && !noteNode.isNull()) {
            throw ApiException.badRequest("properties.note must be text");
        }
        String note = noteNode != null && noteNode.isTextual() ? Text.requirePlain(noteNode.asText(), "properties.note")
                : null;
        if (note != null && note.length() > MAX_NOTE_LENGTH) {
            throw ApiException.badRequest("properties.note may have at most " + MAX_NOTE_LENGTH + " characters");
        }
        JsonNode geometry = feature.get("geometry");
        GeoJsonGeometry.area(geometry);
        Geofence g = new Geofence();
        g.name = name;
        g.geometry = geometry.toString();
        g.anyAircraft = anyAircraft == null || anyAircraft.isNull() || anyAircraft.asBoolean();
        g.note = note;
        g.createdAt = Instant.now();
        g.persist();
        changed.fire(new WatchesChanged());
        Log.infof("Geofence %d %s created (any aircraft: %s)", g.id, Text.forLog(g.name), g.anyAircraft);
        return g;
    }

    @Transactional
    public void delete(long id) {
        Geofence g = get(id);
        g.delete();
        changed.fire(new WatchesChanged());
        Log.infof("Geofence %d %s deleted", id, Text.forLog(g.name));
    }

    public JsonNode geometry(Geofence g) {
        try {
            return json.readTree(g.geometry);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Transactional
    public List<GeofenceSpec> specs() {
        List<GeofenceSpec> specs = new ArrayList<>();
        for (Geofence g : list()) {
            try {
                specs.add(new GeofenceSpec(g.id, g.name, GeoJsonGeometry.area(geometry(g)), g.anyAircraft));
            } catch (ApiException | UncheckedIOException e) {
                Log.warnf("Geofence %d %s has an unreadable geometry and is ignored: %s", g.id, Text.forLog(g.name),
                        e.getMessage());
            }
        }
        return specs;
    }
}
