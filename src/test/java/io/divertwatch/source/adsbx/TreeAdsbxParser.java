package io.divertwatch.source.adsbx;

import static io.divertwatch.source.FeedJson.number;
import static io.divertwatch.source.FeedJson.text;

import com.fasterxml.jackson.databind.JsonNode;
import io.divertwatch.source.FeedJson;
import io.divertwatch.source.FeedJson.BadResponse;
import io.divertwatch.source.FlightDataSource.FeedIdentity;
import io.divertwatch.track.Icao24;
import io.divertwatch.track.StateVector;

import java.util.ArrayList;
import java.util.List;

/**
 * The tree-model parser the streaming {@link AdsbxParser} replaced, kept as its oracle: both must read
 * every body alike.
 */
final class TreeAdsbxParser {

    private static final double FEET = 0.3048;
    private static final double KNOTS = 1852.0 / 3600.0;
    private static final double FEET_PER_MINUTE = 0.3048 / 60.0;
    /** Unix time in ms has 13 digits today, in seconds 10: anything above this is milliseconds. */
    private static final double MILLISECONDS_THRESHOLD = 1e11;

    record Parsed(long time, List<StateVector> states, int skipped, List<FeedIdentity> identities) {
    }

    private TreeAdsbxParser() {
    }

    public static Parsed parse(byte[] body, String source) throws BadResponse {
        JsonNode root = FeedJson.object(body, "'now' and 'ac' (or 'aircraft')");
        JsonNode nowNode = root.get("now");
        if (nowNode == null || !nowNode.isNumber()) {
            throw new BadResponse("missing or non-numeric 'now'");
        }
        double now = nowNode.asDouble();
        double nowSeconds = now > MILLISECONDS_THRESHOLD ? now / 1000.0 : now;
        JsonNode list = root.has("ac") ? root.get("ac") : root.get("aircraft");
        if (list == null || list.isNull()) {
            return new Parsed((long) nowSeconds, List.of(), 0, List.of());
        }
        if (!list.isArray()) {
            throw new BadResponse("'ac' is not an array");
        }
        List<StateVector> states = new ArrayList<>(list.size());
        int skipped = 0;
        List<FeedIdentity> identities = new ArrayList<>();
        for (JsonNode aircraft : list) {
            StateVector sv = aircraft(aircraft, nowSeconds, source);
            if (sv == null) {
                skipped++;
                continue;
            }
            states.add(sv);
            String registration = text(aircraft.get("r"));
            String type = text(aircraft.get("t"));
            if (registration != null || type != null) {
                identities.add(new FeedIdentity(sv.icao24(), registration, type, sv.time()));
            }
        }
        return new Parsed((long) nowSeconds, states, skipped, identities);
    }

    static StateVector aircraft(JsonNode a, double nowSeconds, String source) {
        if (a == null || !a.isObject()) {
            return null;
        }
        String hex = Icao24.parse(text(a.get("hex")));
        if (hex == null) {
            return null;
        }
        String flight = text(a.get("flight"));
        JsonNode altBaro = a.get("alt_baro");
        boolean onGroundText = altBaro != null && altBaro.isTextual() && "ground".equalsIgnoreCase(altBaro.asText());
        double baro = onGroundText ? Double.NaN : number(altBaro) * FEET;
        double seenPos = number(a.get("seen_pos"));
        double seen = number(a.get("seen"));
        long lastContact = (long) Math.floor(nowSeconds - (Double.isNaN(seen) ? 0 : Math.max(0, seen)));
        long timePosition = Double.isNaN(seenPos) ? 0 : (long) Math.floor(nowSeconds - Math.max(0, seenPos));
        Boolean onGround = onGroundText ? Boolean.TRUE : Double.isNaN(baro) ? null : Boolean.FALSE;
        return new StateVector(hex, flight == null || flight.isBlank() ? null : flight.trim(), null, timePosition,
                lastContact, number(a.get("lat")), number(a.get("lon")), baro, onGround, number(a.get("gs")) * KNOTS,
                number(a.get("track")), number(a.get("baro_rate")) * FEET_PER_MINUTE, number(a.get("alt_geom")) * FEET,
                text(a.get("squawk")), source);
    }
}
