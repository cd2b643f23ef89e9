package io.divertwatch.source.adsbx;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.divertwatch.source.FeedJson;
import io.divertwatch.source.FeedJson.BadResponse;
import io.divertwatch.source.FlightDataSource.FeedIdentity;
import io.divertwatch.track.Icao24;
import io.divertwatch.track.StateVector;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the ADS-B Exchange v2 JSON shape shared by adsb.lol, adsb.fi, airplanes.live, ADS-B Exchange
 * and local readsb / tar1090 receivers (docs/feeds.md) into SI state vectors.
 * <ul>
 * <li>list under {@code ac} (APIs) or {@code aircraft} (local {@code aircraft.json});</li>
 * <li>{@code now} in milliseconds (APIs) or seconds (local file): told apart by magnitude;</li>
 * <li>{@code alt_baro} in feet or the string {@code "ground"}, {@code gs} in knots, {@code baro_rate}
 * in ft/min;</li>
 * <li>times are {@code now} minus {@code seen_pos} (position) and {@code seen} (any message);</li>
 * <li>a {@code hex} starting with {@code ~} is a non-ICAO address and keeps its {@code ~}, so it never
 * merges with the ICAO aircraft of the same digits.</li>
 * </ul>
 * An unreadable aircraft object is skipped and counted; a body that is not the expected object is a
 * {@link BadResponse}. One pass of the streaming parser: the APIs put {@code now} after the list, so
 * each aircraft is read into its raw values and made a state vector once {@code now} is known.
 */
public final class AdsbxParser {

    private static final double FEET = 0.3048;
    private static final double KNOTS = 1852.0 / 3600.0;
    private static final double FEET_PER_MINUTE = 0.3048 / 60.0;
    /** Unix time in ms has 13 digits today, in seconds 10: anything above this is milliseconds. */
    private static final double MILLISECONDS_THRESHOLD = 1e11;
    /** A list field that was neither an array nor null: refused only if it is the list read. */
    private static final List<Raw> NOT_AN_ARRAY = List.of();

    public record Parsed(long time, List<StateVector> states, int skipped, List<FeedIdentity> identities) {
    }

    /** One aircraft object's values as sent, before {@code now} turns its ages into times. */
    private static final class Raw {
        String hex;
        String flight;
        String squawk;
        String registration;
        String type;
        boolean onGroundText;
        double altBaroFeet = Double.NaN;
        double seenPos = Double.NaN;
        double seen = Double.NaN;
        double lat = Double.NaN;
        double lon = Double.NaN;
        double gs = Double.NaN;
        double track = Double.NaN;
        double baroRate = Double.NaN;
        double altGeom = Double.NaN;
    }

    private AdsbxParser() {
    }

    public static Parsed parse(byte[] body, String source) throws BadResponse {
        try (JsonParser p = FeedJson.parser(body)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new BadResponse("expected a JSON object with 'now' and 'ac' (or 'aircraft')");
            }
            Double now = null;
            List<Raw> ac = null;
            List<Raw> aircraft = null;
            boolean acSeen = false;
            for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                switch (field) {
                    case "now" -> now = value.isNumeric() ? p.getDoubleValue() : FeedJson.skipped(p, null);
                    case "ac" -> {
                        acSeen = true;
                        ac = list(p, value);
                    }
                    case "aircraft" -> aircraft = list(p, value);
                    default -> p.skipChildren();
                }
            }
            if (now == null) {
                throw new BadResponse("missing or non-numeric 'now'");
            }
            double nowSeconds = now > MILLISECONDS_THRESHOLD ? now / 1000.0 : now;
            List<Raw> raws = acSeen ? ac : aircraft;
            if (raws == NOT_AN_ARRAY) {
                throw new BadResponse("'ac' is not an array");
            }
            if (raws == null) {
                return new Parsed((long) nowSeconds, List.of(), 0, List.of());
            }
            List<StateVector> states = new ArrayList<>(raws.size());
            List<FeedIdentity> identities = new ArrayList<>();
            int skipped = 0;
            for (Raw raw : raws) {
                StateVector sv = raw == null ? null : state(raw, nowSeconds, source);
                if (sv == null) {
                    skipped++;
                    continue;
                }
                states.add(sv);
                if (raw.registration != null || raw.type != null) {
                    identities.add(new FeedIdentity(sv.icao24(), raw.registration, raw.type, sv.time()));
                }
            }
            return new Parsed((long) nowSeconds, states, skipped, identities);
        } catch (IOException e) {
            throw FeedJson.notJson(e);
        }
    }

    /** The aircraft of a list (null entries for what is not an object); null for a null list, {@link #NOT_AN_ARRAY}. */
    private static List<Raw> list(JsonParser p, JsonToken value) throws IOException {
        if (value == JsonToken.VALUE_NULL) {
            return null;
        }
        if (value != JsonToken.START_ARRAY) {
            return FeedJson.skipped(p, NOT_AN_ARRAY);
        }
        List<Raw> out = new ArrayList<>(1024);
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            if (t == null) {
                throw new IOException("the body ends inside the aircraft list");
            }
            out.add(t == JsonToken.START_OBJECT ? raw(p) : FeedJson.skipped(p, null));
        }
        return out;
    }

    /** One aircraft object, the parser on its opening brace; the last of a repeated field wins. */
    private static Raw raw(JsonParser p) throws IOException {
        Raw a = new Raw();
        for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
            String field = p.currentName();
            JsonToken v = p.nextToken();
            switch (field) {
                case "hex" -> a.hex = FeedJson.text(p, v);
                case "flight" -> a.flight = FeedJson.text(p, v);
                case "squawk" -> a.squawk = FeedJson.text(p, v);
                case "r" -> a.registration = FeedJson.text(p, v);
                case "t" -> a.type = FeedJson.text(p, v);
                case "alt_baro" -> {
                    a.onGroundText = v == JsonToken.VALUE_STRING && "ground".equalsIgnoreCase(p.getText());
                    a.altBaroFeet = FeedJson.number(p, v);
                }
                case "seen_pos" -> a.seenPos = FeedJson.number(p, v);
                case "seen" -> a.seen = FeedJson.number(p, v);
                case "lat" -> a.lat = FeedJson.number(p, v);
                case "lon" -> a.lon = FeedJson.number(p, v);
                case "gs" -> a.gs = FeedJson.number(p, v);
                case "track" -> a.track = FeedJson.number(p, v);
                case "baro_rate" -> a.baroRate = FeedJson.number(p, v);
                case "alt_geom" -> a.altGeom = FeedJson.number(p, v);
                default -> p.skipChildren();
            }
        }
        return a;
    }

    private static StateVector state(Raw a, double nowSeconds, String source) {
        String hex = Icao24.parse(a.hex);
        if (hex == null) {
            return null;
        }
        double baro = a.onGroundText ? Double.NaN : a.altBaroFeet * FEET;
        long lastContact = (long) Math.floor(nowSeconds - (Double.isNaN(a.seen) ? 0 : Math.max(0, a.seen)));
        long timePosition = Double.isNaN(a.seenPos) ? 0 : (long) Math.floor(nowSeconds - Math.max(0, a.seenPos));
        Boolean onGround = a.onGroundText ? Boolean.TRUE : Double.isNaN(baro) ? null : Boolean.FALSE;
        return new StateVector(hex, a.flight == null || a.flight.isBlank() ? null : a.flight.trim(), null, timePosition,
                lastContact, a.lat, a.lon, baro, onGround, a.gs * KNOTS, a.track, a.baroRate * FEET_PER_MINUTE,
                a.altGeom * FEET, a.squawk, source);
    }
}
