package io.divertwatch.vessel.feed;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;

/**
 * One member of an aisstream frame's {@code Message}: the fields {@link AisStreamJson} turns into a
 * message, read as the type the member's name gives, each with the default its absence means. A member
 * that is not an object has all defaults; a field given twice counts as its last.
 */
final class AisStreamBody {

    private static final String LONG_RANGE = "LongRangeAisBroadcastMessage";

    final String name;
    long userId = JsonAs.ABSENT;
    int messageId;
    int navigationalStatus = 15;
    /** Knots and degrees as most reports give them; NaN when absent. */
    double sog = Double.NaN;
    double cog = Double.NaN;
    /** Whole knots and degrees as the long-range broadcast gives them (63 and 511: not available). */
    int sogWhole = 63;
    int cogWhole = 511;
    int trueHeading = 511;
    boolean positionAccuracy;
    double longitude = Double.NaN;
    double latitude = Double.NaN;
    int timestamp = 60;
    boolean raim;
    String shipName;
    String callSign;
    String destination;
    /** "Type" of ship static data and extended class B reports; class B static data part B says "ShipType". */
    int type;
    int shipType;
    int imo;
    double draught = Double.NaN;
    /** A, B, C, D in metres; null when absent. */
    int[] dimension;
    /** Month, day, hour, minute, with AIS's "not available" where absent. */
    int[] eta = ETA_ABSENT;
    boolean partNumber;
    private AisStreamBody reportA;
    private AisStreamBody reportB;

    private static final int[] DIMENSION_ABSENT = new int[4];
    private static final int[] ETA_ABSENT = {0, 0, 24, 60};

    private AisStreamBody(String name) {
        this.name = name;
    }

    /** Part A of class B static data (all defaults when absent). */
    AisStreamBody reportA() {
        return reportA != null ? reportA : new AisStreamBody("ReportA");
    }

    AisStreamBody reportB() {
        return reportB != null ? reportB : new AisStreamBody("ReportB");
    }

    /** Reads the member {@code name} (a message type) whose value starts at {@code value}. */
    static AisStreamBody read(String name, JsonParser p, JsonToken value) throws IOException {
        AisStreamBody body = new AisStreamBody(name);
        if (value != JsonToken.START_OBJECT) {
            p.skipChildren();
            return body;
        }
        boolean longRange = LONG_RANGE.equals(name);
        for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
            String field = p.currentName();
            JsonToken v = p.nextToken();
            switch (field) {
                case "UserID" -> body.userId = JsonAs.intOrAbsent(p, v);
                case "MessageID" -> body.messageId = JsonAs.asInt(p, v, 0);
                case "NavigationalStatus" -> body.navigationalStatus = JsonAs.asInt(p, v, 15);
                case "Sog" -> {
                    if (longRange) {
                        body.sogWhole = JsonAs.asInt(p, v, 63);
                    } else {
                        body.sog = JsonAs.asDouble(p, v, Double.NaN);
                    }
                }
                case "Cog" -> {
                    if (longRange) {
                        body.cogWhole = JsonAs.asInt(p, v, 511);
                    } else {
                        body.cog = JsonAs.asDouble(p, v, Double.NaN);
                    }
                }
                case "TrueHeading" -> body.trueHeading = JsonAs.asInt(p, v, 511);
                case "PositionAccuracy" -> body.positionAccuracy = JsonAs.asBoolean(p, v, false);
                case "Longitude" -> body.longitude = JsonAs.asDouble(p, v, Double.NaN);
                case "Latitude" -> body.latitude = JsonAs.asDouble(p, v, Double.NaN);
                case "Timestamp" -> body.timestamp = JsonAs.asInt(p, v, 60);
                case "Raim" -> body.raim = JsonAs.asBoolean(p, v, false);
                case "Name" -> body.shipName = JsonAs.asText(p, v, null);
                case "CallSign" -> body.callSign = JsonAs.asText(p, v, null);
                case "Destination" -> body.destination = JsonAs.asText(p, v, null);
                case "Type" -> body.type = JsonAs.asInt(p, v, 0);
                case "ShipType" -> body.shipType = JsonAs.asInt(p, v, 0);
                case "ImoNumber" -> body.imo = JsonAs.asInt(p, v, 0);
                case "MaximumStaticDraught" -> body.draught = JsonAs.asDouble(p, v, Double.NaN);
                case "Dimension" -> body.dimension = ints(p, v, DIMENSION_ABSENT, "A", "B", "C", "D");
                case "Eta" -> body.eta = ints(p, v, ETA_ABSENT, "Month", "Day", "Hour", "Minute");
                case "PartNumber" -> body.partNumber = JsonAs.asBoolean(p, v, false);
                case "ReportA" -> body.reportA = read("ReportA", p, v);
                case "ReportB" -> body.reportB = read("ReportB", p, v);
                default -> p.skipChildren();
            }
        }
        return body;
    }

    /** An object's whole-number members {@code names}, each {@code defaults}' value where absent. */
    private static int[] ints(JsonParser p, JsonToken value, int[] defaults, String... names) throws IOException {
        int[] values = defaults.clone();
        if (value != JsonToken.START_OBJECT) {
            p.skipChildren();
            return values;
        }
        for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
            String field = p.currentName();
            JsonToken v = p.nextToken();
            int k = indexOf(names, field);
            if (k < 0) {
                p.skipChildren();
            } else {
                values[k] = JsonAs.asInt(p, v, defaults[k]);
            }
        }
        return values;
    }

    private static int indexOf(String[] names, String name) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }
}
