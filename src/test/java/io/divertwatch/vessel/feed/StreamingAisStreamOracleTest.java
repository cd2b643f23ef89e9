package io.divertwatch.vessel.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.divertwatch.ais.AisMessage;
import io.divertwatch.support.Corruptions;

import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * The streaming aisstream reader reads every frame as the tree-model reader it replaced did: one frame
 * of each message type it decodes (in the shape the service sends, {@code Message} before
 * {@code MessageType}), another type, an error frame, values of the wrong kind, and tens of thousands of
 * seeded corruptions of them all.
 */
class StreamingAisStreamOracleTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long RECEIVED = 1_765_000_000L;

    private static final List<String> FRAMES = List.of("""
            {"Message":{"PositionReport":{"Cog":210.5,"CommunicationState":59916,"Latitude":42.2912,\
            "Longitude":130.4151,"MessageID":1,"NavigationalStatus":0,"PositionAccuracy":true,"Raim":false,\
            "RateOfTurn":0,"RepeatIndicator":0,"Sog":11.2,"Spare":0,"SpecialManoeuvreIndicator":0,"Timestamp":41,\
            "TrueHeading":211,"UserID":273999001,"Valid":true}},"MessageType":"PositionReport",\
            "MetaData":{"MMSI":273999001,"MMSI_String":273999001,"ShipName":"SIMULATED SHUTTLE   ",\
            "latitude":42.2912,"longitude":130.4151,"time_utc":"2026-12-07 09:15:42.503871234 +0000 UTC"}}""", """
            {"Message":{"ShipStaticData":{"AisVersion":1,"CallSign":"UBSIM  ","Destination":"VLADIVOSTOK@@@@@",\
            "Dimension":{"A":100,"B":40,"C":10,"D":12},"Dte":false,"Eta":{"Day":9,"Hour":6,"Minute":0,"Month":12},\
            "FixType":1,"ImoNumber":9161003,"MaximumStaticDraught":7.5,"MessageID":5,"Name":"SIMULATED SHUTTLE   ",\
            "RepeatIndicator":0,"Spare":false,"Type":70,"UserID":273999001,"Valid":true}},\
            "MessageType":"ShipStaticData","MetaData":{"MMSI":273999001,"MMSI_String":273999001,\
            "time_utc":"2026-12-07 09:15:40.118412113 +0000 UTC"}}""", """
            {"Message":{"StandardClassBPositionReport":{"Cog":360,"Latitude":35.1,"Longitude":129.0,"MessageID":18,\
            "PositionAccuracy":false,"Raim":true,"Sog":102.3,"Timestamp":60,"TrueHeading":511,"UserID":440123456}},\
            "MessageType":"StandardClassBPositionReport","MetaData":{"MMSI_String":"440123456"}}""", """
            {"Message":{"ExtendedClassBPositionReport":{"Cog":12.5,"Dimension":{"A":5,"B":"7","C":2,"D":2},\
            "Latitude":"35.2","Longitude":129.1,"MessageID":19,"Name":"SEA BREEZE@@","Sog":"8","Type":37,\
            "UserID":440654321}},"MessageType":"ExtendedClassBPositionReport","MetaData":{"MMSI":440654321}}""", """
            {"MessageType":"LongRangeAisBroadcastMessage","Message":{"LongRangeAisBroadcastMessage":{"Cog":511,\
            "Latitude":42.5,"Longitude":131.0,"MessageID":27,"NavigationalStatus":5,"PositionAccuracy":1,"Raim":"true",\
            "Sog":63,"UserID":273456789}},"MetaData":{"time_utc":"not a time"}}""", """
            {"Message":{"StaticDataReport":{"MessageID":24,"PartNumber":true,"ReportA":{"Name":"IGNORED"},\
            "ReportB":{"CallSign":"DSAB7","Dimension":{"A":10,"B":5,"C":3,"D":3},"ShipType":30},\
            "UserID":440111222}},"MessageType":"StaticDataReport","MetaData":{"MMSI":440111222}}""", """
            {"Message":{"StaticDataReport":{"MessageID":24,"PartNumber":false,"ReportA":{"Name":"PART A NAME"},\
            "UserID":null}},"MessageType":"StaticDataReport","MetaData":{"MMSI":null,"MMSI_String":440111333}}""", """
            {"Message":{"AidsToNavigationReport":{"MessageID":21,"UserID":992731001,"Name":"BUOY"}},\
            "MessageType":"AidsToNavigationReport","MetaData":{"MMSI":992731001}}""", """
            {"error": "Api Key Is Not Valid"}""", """
            {"Message":{"PositionReport":{"UserID":0}},"MessageType":"PositionReport","MetaData":{"MMSI":-5}}""");

    @Test
    void everyFrameReadsAsTheTreeReaderReadsIt() {
        int messages = 0;
        for (String frame : FRAMES) {
            assertThat(assertSame(frame)).as(frame).isNotEqualTo(Outcome.NOT_JSON);
            AisStreamJson.Frame read = readStreaming(frame);
            messages += read != null && read.message() != null ? 1 : 0;
        }
        assertThat(messages).as("frames that carry a message").isEqualTo(8);
    }

    @Test
    void seededCorruptionsReadAsTheTreeReaderReadsThem() {
        Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);
        for (int i = 0; i < FRAMES.size(); i++) {
            Corruptions.of(FRAMES.get(i), 40 + i, 6_000, damaged -> outcomes.merge(assertSame(damaged), 1, Integer::sum));
        }
        // Enough of both for the comparison to mean something.
        assertThat(outcomes.get(Outcome.MESSAGE)).isGreaterThan(5_000);
        assertThat(outcomes.get(Outcome.NOT_JSON)).isGreaterThan(5_000);
    }

    /** Times read by position agree with the formatter they replaced: real, impossible and damaged dates. */
    @Test
    void receiveTimesReadAsTheFormatterReadsThem() {
        Random random = new Random(20261207);
        String chars = "0123456789 -:T.+x";
        int valid = 0;
        for (int i = 0; i < 100_000; i++) {
            StringBuilder utc = new StringBuilder(String.format(Locale.ROOT, "%04d-%02d-%02d %02d:%02d:%02d.%06d +0000 UTC",
                    random.nextInt(10_000), random.nextInt(14), random.nextInt(33), random.nextInt(26),
                    random.nextInt(62), random.nextInt(62), random.nextInt(1_000_000)));
            for (int k = random.nextInt(3); k > 0; k--) {
                utc.setCharAt(random.nextInt(utc.length()), chars.charAt(random.nextInt(chars.length())));
            }
            String text = random.nextInt(20) == 0 ? utc.substring(0, random.nextInt(utc.length())) : utc.toString();
            long expected = TreeAisStreamJson.time(text, -1);
            assertThat(AisStreamJson.time(text, -1)).as(text).isEqualTo(expected);
            valid += expected == -1 ? 0 : 1;
        }
        assertThat(valid).as("real dates among them").isGreaterThan(20_000);
    }

    private enum Outcome { NOT_JSON, ERROR, MESSAGE, NOTHING }

    /** Both read the frame alike, from its text and from its bytes; returns what they made of it. */
    private static Outcome assertSame(String frame) {
        JsonNode tree;
        try {
            tree = JSON.readTree(frame);
        } catch (Exception e) {
            tree = null;
        }
        AisStreamJson.Frame streamed = readStreaming(frame);
        AisStreamJson.Frame fromBytes;
        try {
            fromBytes = AisStreamJson.read(frame.getBytes(StandardCharsets.UTF_8), RECEIVED);
        } catch (java.io.IOException e) {
            fromBytes = null;
        }
        assertThat(fromBytes).as("from bytes: %s", frame).isEqualTo(streamed);
        if (tree == null) {
            assertThat(streamed).as("refused only by the tree reader: %s", frame).isNull();
            return Outcome.NOT_JSON;
        }
        assertThat(streamed).as("refused only by the streaming reader: %s", frame).isNotNull();
        if (tree.has("error")) {
            assertThat(streamed.error()).as(frame).isEqualTo(tree.get("error").asText());
            assertThat(streamed.message()).as(frame).isNull();
            return Outcome.ERROR;
        }
        assertThat(streamed.error()).as(frame).isNull();
        AisMessage expected = TreeAisStreamJson.message(tree, RECEIVED);
        assertThat(streamed.message()).as(frame).isEqualTo(expected);
        return expected == null ? Outcome.NOTHING : Outcome.MESSAGE;
    }

    private static AisStreamJson.Frame readStreaming(String frame) {
        try {
            return AisStreamJson.read(frame, RECEIVED);
        } catch (java.io.IOException e) {
            return null;
        }
    }
}
