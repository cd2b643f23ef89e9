package io.divertwatch.source.opensky;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.divertwatch.source.FeedJson;
import io.divertwatch.source.FeedJson.BadResponse;
import io.divertwatch.track.Icao24;
import io.divertwatch.track.StateVector;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses {@code /states/all} responses defensively (docs/feeds.md): {@code "states": null}, 17- or
 * 18-field rows, null fields anywhere, padded callsigns, wrong types read as unknown. A row that cannot
 * be read is skipped and counted, never fatal; a body that is not the expected object is a
 * {@link BadResponse}.
 * <p>
 * One pass of Jackson's streaming parser straight into state vectors: a global snapshot is 2.4 MB, and
 * a tree of it would allocate several times that before a single vector is made. Fields nothing reads
 * (origin country, sensors, position source, category) are skipped without being materialised: Jackson
 * converts a number or string only when asked to.
 */
public final class OpenSkyStatesParser {

    private static final int MIN_FIELDS = 17;

    public record Parsed(long time, List<StateVector> states, int skippedRows) {
    }

    private OpenSkyStatesParser() {
    }

    public static Parsed parse(byte[] body, String source) throws BadResponse {
        try (JsonParser p = FeedJson.parser(body)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new BadResponse("expected a JSON object with 'time' and 'states'");
            }
            Long time = null;
            List<StateVector> states = List.of();
            int skipped = 0;
            for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if ("time".equals(field)) {
                    time = value.isNumeric() && FeedJson.fitsLong(p) ? p.getValueAsLong() : null;
                } else if ("states".equals(field) && value == JsonToken.START_ARRAY) {
                    states = new ArrayList<>(8192);
                    skipped = rows(p, source, states);
                } else if ("states".equals(field) && value != JsonToken.VALUE_NULL) {
                    throw new BadResponse("'states' is neither an array nor null");
                } else {
                    p.skipChildren();
                }
            }
            if (time == null) {
                throw new BadResponse("missing or non-numeric 'time'");
            }
            return new Parsed(time, states, skipped);
        } catch (IOException e) {
            throw FeedJson.notJson(e);
        }
    }

    /** The rows of {@code "states"}, up to its closing bracket; returns how many were skipped. */
    private static int rows(JsonParser p, String source, List<StateVector> out) throws IOException {
        int skipped = 0;
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            if (t == null) {
                throw new IOException("the body ends inside 'states'");
            }
            StateVector sv = t == JsonToken.START_ARRAY ? row(p, source) : null;
            if (t != JsonToken.START_ARRAY) {
                p.skipChildren();
            }
            if (sv == null) {
                skipped++;
            } else {
                out.add(sv);
            }
        }
        return skipped;
    }

    /** One state row, the parser on its opening bracket; null when it is unusable (no valid icao24, too short). */
    private static StateVector row(JsonParser p, String source) throws IOException {
        String icao24 = null;
        String callsign = null;
        String squawk = null;
        long timePosition = 0;
        long lastContact = 0;
        double lon = Double.NaN;
        double lat = Double.NaN;
        double baro = Double.NaN;
        double velocity = Double.NaN;
        double track = Double.NaN;
        double rate = Double.NaN;
        double geo = Double.NaN;
        Boolean onGround = null;
        int i = 0;
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken(), i++) {
            if (t == null) {
                throw new IOException("the body ends inside a state row");
            }
            switch (i) {
                case 0 -> icao24 = FeedJson.text(p, t);
                case 1 -> callsign = FeedJson.text(p, t);
                case 3 -> timePosition = FeedJson.seconds(p, t);
                case 4 -> lastContact = FeedJson.seconds(p, t);
                case 5 -> lon = FeedJson.number(p, t);
                case 6 -> lat = FeedJson.number(p, t);
                case 7 -> baro = FeedJson.number(p, t);
                case 8 -> onGround = t == JsonToken.VALUE_TRUE ? Boolean.TRUE : t == JsonToken.VALUE_FALSE ? Boolean.FALSE
                        : FeedJson.skipped(p, null);
                case 9 -> velocity = FeedJson.number(p, t);
                case 10 -> track = FeedJson.number(p, t);
                case 11 -> rate = FeedJson.number(p, t);
                case 13 -> geo = FeedJson.number(p, t);
                case 14 -> squawk = FeedJson.text(p, t);
                default -> p.skipChildren();
            }
        }
        String address = i < MIN_FIELDS ? null : Icao24.parse(icao24);
        if (address == null) {
            return null;
        }
        return new StateVector(address, callsign == null || callsign.isBlank() ? null : callsign.trim(), null,
                timePosition, lastContact, lat, lon, baro, onGround, velocity, track, rate, geo, squawk, source);
    }
}
