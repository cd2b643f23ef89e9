package io.divertwatch.watchlist;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.divertwatch.identity.AircraftIdentity;
import io.divertwatch.track.Icao24;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * FollowTheMoney entities as JSON lines, the shape of OpenSanctions exports: one {@code {"id", "schema",
 * "properties": {name: [values]}}} per line. {@code Airplane} entities become aircraft (registration,
 * serial number, type designator, model, manufacturer, operator); {@code Vessel} ones are kept for the
 * maritime watch; other schemas are passed over. A nested entity (an operator as an object) counts by
 * its caption or name, one named by its id by that entity's name in the file. OpenSanctions puts OFAC's Mode S codes into {@code registrationNumber} too: a
 * value that is six hex digits and not a registration shape is taken as the address.
 */
final class FtmJsonLines {

    private FtmJsonLines() {
    }

    static ListedEntity.Parsed parse(BufferedReader in, ObjectMapper json) throws IOException {
        List<ListedEntity> entities = new ArrayList<>();
        List<ListedEntity.Rejected> rejected = new ArrayList<>();
        // Exports refer to an operator or owner by its id, an entity of its own anywhere in the file.
        Map<String, String> names = new HashMap<>();
        List<JsonNode> read = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        int line = 0;
        for (String text; (text = in.readLine()) != null; ) {
            line++;
            if (text.isBlank()) {
                continue;
            }
            JsonNode entity;
            try {
                entity = json.readTree(text);
            } catch (JsonProcessingException e) {
                rejected.add(new ListedEntity.Rejected(line, "is not a JSON object: " + e.getOriginalMessage()));
                continue;
            }
            if (!entity.path("id").isTextual() || !entity.path("properties").isObject()) {
                rejected.add(new ListedEntity.Rejected(line, "has no id or no properties"));
                continue;
            }
            String name = first(entity.get("properties"), "name", entity.path("caption").asText(null));
            if (name != null) {
                names.put(entity.get("id").asText(), name);
            }
            read.add(entity);
            lines.add(line);
        }
        for (int i = 0; i < read.size(); i++) {
            JsonNode entity = read.get(i);
            String id = entity.get("id").asText();
            JsonNode props = entity.get("properties");
            String schema = entity.path("schema").asText("");
            String name = names.getOrDefault(id, id);
            String program = joined(props, "programId", joined(props, "program", null, Map.of()), Map.of());
            String linkedTo = joined(props, "operator", joined(props, "owner", null, names), names);
            if (schema.equals("Airplane")) {
                entities.add(ListedEntity.aircraft(id, name, aircraft(props, names), program, linkedTo, lines.get(i)));
            } else if (schema.equals("Vessel")) {
                entities.add(ListedEntity.vessel(id, name, new ListedEntity.Vessel(
                        first(props, "imoNumber", null), first(props, "mmsi", null), first(props, "callSign", null),
                        first(props, "flag", null)), program, linkedTo, lines.get(i)));
            }
        }
        return new ListedEntity.Parsed(entities, rejected);
    }

    private static AircraftIdentity aircraft(JsonNode props, Map<String, String> names) {
        String address = null;
        String registration = null;
        List<String> previous = new ArrayList<>();
        for (String value : values(props, "registrationNumber")) {
            String hex = value.matches("[0-9A-Fa-f]{6}") && !value.matches(".*[G-Zg-z-].*") ? Icao24.parse(value) : null;
            if (hex != null && address == null) {
                address = hex;
            } else if (registration == null) {
                registration = value;
            } else {
                previous.add(value);
            }
        }
        String type = first(props, "icaoCode", first(props, "model", first(props, "type", null)));
        List<String> operators = values(props, "operator");
        return new AircraftIdentity(address, registration, previous, type,
                operators.isEmpty() ? null : names.getOrDefault(operators.get(0), operators.get(0)),
                first(props, "serialNumber", null), first(props, "manufacturer", null));
    }

    private static List<String> values(JsonNode props, String property) {
        List<String> out = new ArrayList<>();
        for (JsonNode v : props.path(property)) {
            String text = v.isTextual() ? v.asText()
                    : v.isObject() ? v.path("caption").asText(v.path("properties").path("name").path(0).asText(null))
                    : null;
            if (text != null && !text.isBlank()) {
                out.add(text.trim());
            }
        }
        return out;
    }

    private static String first(JsonNode props, String property, String otherwise) {
        List<String> v = values(props, property);
        return v.isEmpty() ? otherwise : v.get(0);
    }

    /** The property's values joined, each entity id replaced by that entity's name. */
    private static String joined(JsonNode props, String property, String otherwise, Map<String, String> names) {
        List<String> v = values(props, property);
        return v.isEmpty() ? otherwise
                : String.join("; ", v.stream().map(value -> names.getOrDefault(value, value)).toList());
    }
}
