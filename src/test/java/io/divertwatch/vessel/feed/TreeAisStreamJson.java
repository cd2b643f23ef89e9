package io.divertwatch.vessel.feed;

import com.fasterxml.jackson.databind.JsonNode;
import io.divertwatch.ais.AisMessage;
import io.divertwatch.ais.AisMessage.Position;
import io.divertwatch.ais.AisMessage.Statics;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * The tree-model reader that {@link AisStreamJson} replaced, kept as its oracle: aisstream.io's JSON
 * messages as decoded AIS: position reports (classes A and B, long range) and
 * static data (ship static data, class B static data parts A and B). Real frames differ from the
 * published schema: {@code MetaData.MMSI_String} arrives as a number, names are space-padded; both are
 * taken as they come. Other message types are kept with their type and sender.
 */
final class TreeAisStreamJson {

    private TreeAisStreamJson() {
    }

    /** The message a frame carries, or null when it carries none (an error frame, an unknown shape). */
    static AisMessage message(JsonNode frame, long receivedAt) {
        String type = frame.path("MessageType").asText("");
        JsonNode body = frame.path("Message").path(type);
        JsonNode meta = frame.path("MetaData");
        int mmsi = body.path("UserID").asInt(meta.path("MMSI").asInt(meta.path("MMSI_String").asInt(0)));
        if (mmsi <= 0 || body.isMissingNode()) {
            return null;
        }
        long time = time(meta.path("time_utc").asText(null), receivedAt);
        int id = body.path("MessageID").asInt(0);
        return switch (type) {
            case "PositionReport" -> new AisMessage(id, mmsi, position(body, body.path("NavigationalStatus").asInt(15)),
                    null, time);
            case "StandardClassBPositionReport" -> new AisMessage(id, mmsi, position(body, -1), null, time);
            case "ExtendedClassBPositionReport" -> new AisMessage(id, mmsi, position(body, -1),
                    statics((char) 0, 0, null, body.path("Name").asText(null), body.path("Type").asInt(0),
                            body.path("Dimension"), Double.NaN, null, null), time);
            case "LongRangeAisBroadcastMessage" -> new AisMessage(id, mmsi, longRange(body), null, time);
            case "ShipStaticData" -> new AisMessage(id, mmsi, null, statics((char) 0, body.path("ImoNumber").asInt(0),
                    body.path("CallSign").asText(null), body.path("Name").asText(null), body.path("Type").asInt(0),
                    body.path("Dimension"), body.path("MaximumStaticDraught").asDouble(Double.NaN),
                    body.path("Destination").asText(null), eta(body.path("Eta"))), time);
            case "StaticDataReport" -> body.path("PartNumber").asBoolean(false)
                    ? new AisMessage(id, mmsi, null, statics('B', 0, body.path("ReportB").path("CallSign").asText(null),
                            null, body.path("ReportB").path("ShipType").asInt(0), body.path("ReportB").path("Dimension"),
                            Double.NaN, null, null), time)
                    : new AisMessage(id, mmsi, null, statics('A', 0, null, body.path("ReportA").path("Name").asText(null),
                            0, null, Double.NaN, null, null), time);
            default -> new AisMessage(id, mmsi, null, null, time);
        };
    }

    private static Position position(JsonNode b, int status) {
        double sog = b.path("Sog").asDouble(Double.NaN);
        double cog = b.path("Cog").asDouble(Double.NaN);
        int heading = b.path("TrueHeading").asInt(511);
        return new Position(status, sog >= 102.2 ? Double.NaN : sog, b.path("PositionAccuracy").asBoolean(false),
                coordinate(b.path("Longitude").asDouble(Double.NaN), 180), coordinate(b.path("Latitude").asDouble(Double.NaN), 90),
                cog >= 360 ? Double.NaN : cog, heading >= 360 ? AisMessage.NO_HEADING : heading,
                b.path("Timestamp").asInt(60), b.path("Raim").asBoolean(false));
    }

    private static Position longRange(JsonNode b) {
        int sog = b.path("Sog").asInt(63);
        int cog = b.path("Cog").asInt(511);
        return new Position(b.path("NavigationalStatus").asInt(15), sog == 63 ? Double.NaN : sog,
                b.path("PositionAccuracy").asBoolean(false), coordinate(b.path("Longitude").asDouble(Double.NaN), 180),
                coordinate(b.path("Latitude").asDouble(Double.NaN), 90), cog == 511 ? Double.NaN : cog,
                AisMessage.NO_HEADING, 60, b.path("Raim").asBoolean(false));
    }

    private static Statics statics(char part, int imo, String callSign, String name, int type, JsonNode dimension,
            double draught, String destination, String eta) {
        JsonNode d = dimension == null ? com.fasterxml.jackson.databind.node.MissingNode.getInstance() : dimension;
        return new Statics(part, imo, trim(callSign), trim(name), type, d.path("A").asInt(0), d.path("B").asInt(0),
                d.path("C").asInt(0), d.path("D").asInt(0), draught, trim(destination), eta, null, 0, 0, 0);
    }

    private static String eta(JsonNode eta) {
        int month = eta.path("Month").asInt(0);
        int day = eta.path("Day").asInt(0);
        return month == 0 && day == 0 ? null : String.format("%02d-%02dT%02d:%02dZ", month, day,
                eta.path("Hour").asInt(24), eta.path("Minute").asInt(60));
    }

    private static double coordinate(double value, double limit) {
        return Math.abs(value) > limit ? Double.NaN : value;
    }

    private static String trim(String text) {
        if (text == null) {
            return null;
        }
        String t = text.replace('@', ' ').trim();
        return t.isEmpty() ? null : t;
    }

    /** "2022-12-29 18:22:32.318353 +0000 UTC": the second it was received, or {@code otherwise}. */
    static long time(String utc, long otherwise) {
        if (utc == null || utc.length() < 19) {
            return otherwise;
        }
        try {
            return LocalDateTime.parse(utc.substring(0, 19).replace(' ', 'T')).toEpochSecond(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return otherwise;
        }
    }
}
