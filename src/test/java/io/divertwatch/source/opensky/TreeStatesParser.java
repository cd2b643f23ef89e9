package io.divertwatch.source.opensky;

import static io.divertwatch.source.FeedJson.number;
import static io.divertwatch.source.FeedJson.text;

import com.fasterxml.jackson.databind.JsonNode;
import io.divertwatch.source.FeedJson;
import io.divertwatch.source.FeedJson.BadResponse;
import io.divertwatch.track.Icao24;
import io.divertwatch.track.StateVector;

import java.util.ArrayList;
import java.util.List;

/**
 * The tree-model parser the streaming {@link OpenSkyStatesParser} replaced, kept as its oracle: both must
 * read every body alike (the same states, the same rows skipped, the same bodies refused).
 */
final class TreeStatesParser {

    private static final int MIN_FIELDS = 17;

    record Parsed(long time, List<StateVector> states, int skippedRows) {
    }

    private TreeStatesParser() {
    }

    public static Parsed parse(byte[] body, String source) throws BadResponse {
        JsonNode root = FeedJson.object(body, "'time' and 'states'");
        JsonNode timeNode = root.get("time");
        if (timeNode == null || !timeNode.canConvertToLong()) {
            throw new BadResponse("missing or non-numeric 'time'");
        }
        JsonNode states = root.get("states");
        if (states == null || states.isNull()) {
            return new Parsed(timeNode.asLong(), List.of(), 0);
        }
        if (!states.isArray()) {
            throw new BadResponse("'states' is neither an array nor null");
        }
        List<StateVector> out = new ArrayList<>(states.size());
        int skipped = 0;
        for (JsonNode row : states) {
            StateVector sv = row(row, source);
            if (sv == null) {
                skipped++;
            } else {
                out.add(sv);
            }
        }
        return new Parsed(timeNode.asLong(), out, skipped);
    }

    /** One state row, or null when it is unusable (no valid icao24, too short, wrong types). */
    static StateVector row(JsonNode row, String source) {
        if (row == null || !row.isArray() || row.size() < MIN_FIELDS) {
            return null;
        }
        String icao24 = Icao24.parse(text(row.get(0)));
        if (icao24 == null) {
            return null;
        }
        String callsign = text(row.get(1));
        callsign = callsign == null || callsign.isBlank() ? null : callsign.trim();
        JsonNode ground = row.get(8);
        Boolean onGround = ground != null && ground.isBoolean() ? ground.asBoolean() : null;
        return new StateVector(icao24, callsign, text(row.get(2)),
                integer(row.get(3)), integer(row.get(4)), number(row.get(6)), number(row.get(5)), number(row.get(7)),
                onGround, number(row.get(9)), number(row.get(10)), number(row.get(11)), number(row.get(13)),
                text(row.get(14)), source);
    }

    private static long integer(JsonNode n) {
        return n == null || !n.isNumber() ? 0 : Math.max(0, n.asLong());
    }
}
