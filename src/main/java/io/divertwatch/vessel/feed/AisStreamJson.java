package io.divertwatch.vessel.feed;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import io.divertwatch.ais.AisMessage;
import io.divertwatch.ais.AisMessage.Position;
import io.divertwatch.ais.AisMessage.Statics;

import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * aisstream.io's JSON messages as decoded AIS, read in one streaming pass: position reports (classes A
 * and B, long range) and static data (ship static data, class B static data parts A and B). Real frames
 * differ from the published schema: {@code MetaData.MMSI_String} arrives as a number, names are
 * space-padded; both are taken as they come. Other message types are kept with their type and sender.
 * Values are read as leniently as Jackson's tree model reads them ({@link JsonAs}), which this replaced.
 */
final class AisStreamJson {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER).build();

    /** What a frame said: aisstream's error (then no message), the message it carries, or neither. */
    record Frame(String error, AisMessage message) {
    }

    private AisStreamJson() {
    }

    /** Reads one frame; an IOException when it is not JSON. */
    static Frame read(byte[] frame, long receivedAt) throws IOException {
        try (JsonParser p = FACTORY.createParser(frame)) {
            return read(p, receivedAt);
        }
    }

    static Frame read(String frame, long receivedAt) throws IOException {
        try (JsonParser p = FACTORY.createParser(frame)) {
            return read(p, receivedAt);
        }
    }

    private static Frame read(JsonParser p, long receivedAt) throws IOException {
        JsonToken root = p.nextToken();
        if (root != JsonToken.START_OBJECT) {
            if (root != null) {
                p.skipChildren();
            }
            return new Frame(null, null);
        }
        String type = "";
        String error = null;
        MetaData meta = new MetaData();
        List<AisStreamBody> bodies = List.of();
        for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            switch (field) {
                case "MessageType" -> type = JsonAs.asText(p, value, "");
                case "error" -> error = value == JsonToken.VALUE_NULL ? "null" : JsonAs.asText(p, value, "");
                case "MetaData" -> meta = MetaData.read(p, value);
                case "Message" -> bodies = bodies(p, value);
                default -> p.skipChildren();
            }
        }
        if (error != null) {
            return new Frame(error, null);
        }
        AisStreamBody body = null;
        for (AisStreamBody b : bodies) {
            if (b.name.equals(type)) {
                body = b;
            }
        }
        return new Frame(null, body == null ? null : message(type, body, meta, receivedAt));
    }

    /** The message object's members, each read as the message type its name gives. */
    private static List<AisStreamBody> bodies(JsonParser p, JsonToken value) throws IOException {
        if (value != JsonToken.START_OBJECT) {
            p.skipChildren();
            return List.of();
        }
        List<AisStreamBody> bodies = new ArrayList<>(1);
        for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
            String type = p.currentName();
            bodies.add(AisStreamBody.read(type, p, p.nextToken()));
        }
        return bodies;
    }

    private static AisMessage message(String type, AisStreamBody b, MetaData meta, long receivedAt) {
        long sender = b.userId != JsonAs.ABSENT ? b.userId : meta.mmsi != JsonAs.ABSENT ? meta.mmsi
                : meta.mmsiString != JsonAs.ABSENT ? meta.mmsiString : 0;
        int mmsi = (int) sender;
        if (mmsi <= 0) {
            return null;
        }
        long time = time(meta.timeUtc, receivedAt);
        int id = b.messageId;
        return switch (type) {
            case "PositionReport" -> new AisMessage(id, mmsi, position(b, b.navigationalStatus), null, time);
            case "StandardClassBPositionReport" -> new AisMessage(id, mmsi, position(b, -1), null, time);
            case "ExtendedClassBPositionReport" -> new AisMessage(id, mmsi, position(b, -1),
                    statics((char) 0, 0, null, b.shipName, b.type, b.dimension, Double.NaN, null, null), time);
            case "LongRangeAisBroadcastMessage" -> new AisMessage(id, mmsi, longRange(b), null, time);
            case "ShipStaticData" -> new AisMessage(id, mmsi, null, statics((char) 0, b.imo, b.callSign, b.shipName,
                    b.type, b.dimension, b.draught, b.destination, eta(b.eta)), time);
            case "StaticDataReport" -> b.partNumber
                    ? new AisMessage(id, mmsi, null, statics('B', 0, b.reportB().callSign, null, b.reportB().shipType,
                            b.reportB().dimension, Double.NaN, null, null), time)
                    : new AisMessage(id, mmsi, null, statics('A', 0, null, b.reportA().shipName, 0, null, Double.NaN, null,
                            null), time);
            default -> new AisMessage(id, mmsi, null, null, time);
        };
    }

    private static Position position(AisStreamBody b, int status) {
        double sog = b.sog;
        double cog = b.cog;
        int heading = b.trueHeading;
        return new Position(status, sog >= 102.2 ? Double.NaN : sog, b.positionAccuracy,
                coordinate(b.longitude, 180), coordinate(b.latitude, 90), cog >= 360 ? Double.NaN : cog,
                heading >= 360 ? AisMessage.NO_HEADING : heading, b.timestamp, b.raim);
    }

    private static Position longRange(AisStreamBody b) {
        int sog = b.sogWhole;
        int cog = b.cogWhole;
        return new Position(b.navigationalStatus, sog == 63 ? Double.NaN : sog, b.positionAccuracy,
                coordinate(b.longitude, 180), coordinate(b.latitude, 90), cog == 511 ? Double.NaN : cog,
                AisMessage.NO_HEADING, 60, b.raim);
    }

    private static Statics statics(char part, int imo, String callSign, String name, int type, int[] dimension,
            double draught, String destination, String eta) {
        int[] d = dimension == null ? new int[4] : dimension;
        return new Statics(part, imo, trim(callSign), trim(name), type, d[0], d[1], d[2], d[3], draught,
                trim(destination), eta, null, 0, 0, 0);
    }

    private static String eta(int[] eta) {
        int month = eta[0];
        int day = eta[1];
        return month == 0 && day == 0 ? null : String.format("%02d-%02dT%02d:%02dZ", month, day, eta[2], eta[3]);
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

    /**
     * "2022-12-29 18:22:32.318353 +0000 UTC": the second it was received, or {@code otherwise}. Read by
     * position rather than with a formatter, which cost as much as the rest of the frame; as strict as
     * ISO's local date and time (a real date, hours to 23, minutes and seconds to 59).
     */
    static long time(String utc, long otherwise) {
        if (utc == null || utc.length() < 19 || utc.charAt(4) != '-' || utc.charAt(7) != '-'
                || utc.charAt(10) != ' ' && utc.charAt(10) != 'T' || utc.charAt(13) != ':' || utc.charAt(16) != ':') {
            return otherwise;
        }
        int year = digits(utc, 0, 4);
        int month = digits(utc, 5, 2);
        int day = digits(utc, 8, 2);
        int hour = digits(utc, 11, 2);
        int minute = digits(utc, 14, 2);
        int second = digits(utc, 17, 2);
        if (year < 0 || month < 0 || day < 0 || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0
                || second > 59) {
            return otherwise;
        }
        try {
            return LocalDate.of(year, month, day).toEpochDay() * 86_400 + hour * 3_600L + minute * 60L + second;
        } catch (DateTimeException e) {
            return otherwise;
        }
    }

    /** The number the {@code count} ASCII digits at {@code from} write; -1 when one is not a digit. */
    private static int digits(String text, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /** The frame's metadata: who sent it (two ways) and when aisstream received it. */
    private static final class MetaData {
        long mmsi = JsonAs.ABSENT;
        long mmsiString = JsonAs.ABSENT;
        String timeUtc;

        static MetaData read(JsonParser p, JsonToken value) throws IOException {
            MetaData meta = new MetaData();
            if (value != JsonToken.START_OBJECT) {
                p.skipChildren();
                return meta;
            }
            for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                String field = p.currentName();
                JsonToken v = p.nextToken();
                switch (field) {
                    case "MMSI" -> meta.mmsi = JsonAs.intOrAbsent(p, v);
                    case "MMSI_String" -> meta.mmsiString = JsonAs.intOrAbsent(p, v);
                    case "time_utc" -> meta.timeUtc = JsonAs.asText(p, v, null);
                    default -> p.skipChildren();
                }
            }
            return meta;
        }
    }
}
