package io.divertwatch.vessel.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.divertwatch.ais.AisMessage;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.ServerWebSocket;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The aisstream.io websocket against a stand-in server on a real socket: the subscription frame,
 * binary frames in the shape the service really sends (with {@code MMSI_String} as a number), frames
 * that are not messages, an error frame, and a server that hangs up.
 */
class AisStreamFeedTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Vertx vertx;
    private HttpServer server;
    private final List<JsonNode> subscriptions = new CopyOnWriteArrayList<>();
    private volatile Consumer<ServerWebSocket> onSubscribed = ws -> { };
    private AisStreamFeed feed;

    @BeforeEach
    void standIn() throws Exception {
        vertx = Vertx.vertx();
        server = vertx.createHttpServer().requestHandler(request -> request.toWebSocket().onSuccess(ws ->
                ws.textMessageHandler(text -> {
                    try {
                        subscriptions.add(JSON.readTree(text));
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    onSubscribed.accept(ws);
                }))).listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @AfterEach
    void stop() throws Exception {
        if (feed != null) {
            feed.stop();
        }
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    private AisStreamFeed feed(AisStreamFeed.Interest interest) {
        return new AisStreamFeed("ws://127.0.0.1:" + server.actualPort() + "/v0/stream", "test-key-7f3a",
                Duration.ofSeconds(2), () -> interest, JSON, new SimpleMeterRegistry());
    }

    @Test
    void subscribesWithTheKeyAndTheWatchedBoxesThenDecodesBinaryFrames() {
        onSubscribed = ws -> {
            ws.writeBinaryMessage(Buffer.buffer(STATIC_DATA));
            ws.writeBinaryMessage(Buffer.buffer(POSITION_REPORT));
            // A name with a byte that is no UTF-8 loses that character, not the report.
            byte[] badByte = POSITION_REPORT.replace("SIMULATED", "SIMULATE#").getBytes(StandardCharsets.UTF_8);
            badByte[POSITION_REPORT.indexOf("SIMULATED") + 8] = (byte) 0xC3;
            ws.writeBinaryMessage(Buffer.buffer(badByte));
            ws.writeBinaryMessage(Buffer.buffer("{\"not\": \"a message\"}"));
            ws.writeTextMessage("this is not JSON");
        };
        feed = feed(new AisStreamFeed.Interest(List.of(new double[] { 41.8, 129.7, 42.7, 130.9 }), List.of(273_999_001)));
        RecordingSink sink = new RecordingSink();
        feed.start(sink);

        await().atMost(10, TimeUnit.SECONDS).until(() -> sink.messages.size() == 3 && feed.status().refused() == 2);
        JsonNode sub = subscriptions.get(0);
        assertThat(sub.get("APIKey").asText()).isEqualTo("test-key-7f3a");
        assertThat(sub.get("BoundingBoxes").toString()).isEqualTo("[[[41.8,129.7],[42.7,130.9]]]");
        // aisstream.io ANDs its filters: with areas to watch, no MMSI filter narrows them.
        assertThat(sub.has("FiltersShipMMSI")).isFalse();
        assertThat(sub.get("FilterMessageTypes").toString()).contains("PositionReport", "ShipStaticData");

        AisMessage statics = sink.messages.get(0).message();
        assertThat(statics.mmsi()).isEqualTo(273_999_001);
        assertThat(statics.statics().name()).isEqualTo("SIMULATED SHUTTLE");
        assertThat(statics.statics().imo()).isEqualTo(9_161_003);
        AisMessage position = sink.messages.get(1).message();
        assertThat(position.position().lat()).isEqualTo(42.2912);
        assertThat(position.position().lon()).isEqualTo(130.4151);
        assertThat(position.position().speedKn()).isEqualTo(11.2);
        // The time is when the service received it, from the frame's metadata.
        assertThat(sink.messages.get(1).time())
                .isEqualTo(LocalDateTime.of(2026, 12, 7, 9, 15, 42).toEpochSecond(ZoneOffset.UTC));
        assertThat(sink.messages.get(2).message().position()).isEqualTo(position.position());
        assertThat(feed.status().connected()).isTrue();
    }

    @Test
    void withOnlyVesselsWatchedTheWholeWorldIsFilteredToThem() {
        feed = feed(new AisStreamFeed.Interest(List.of(), List.of(273_999_001, 1_234_567)));
        feed.start(new RecordingSink());

        await().atMost(10, TimeUnit.SECONDS).until(() -> !subscriptions.isEmpty());
        JsonNode sub = subscriptions.get(0);
        assertThat(sub.get("BoundingBoxes").toString()).isEqualTo("[[[-90.0,-180.0],[90.0,180.0]]]");
        assertThat(sub.get("FiltersShipMMSI").toString()).isEqualTo("[\"273999001\",\"001234567\"]");
    }

    @Test
    void aServerThatHangsUpIsReconnectedToAndSubscribedAgain() {
        onSubscribed = ws -> {
            ws.writeBinaryMessage(Buffer.buffer(POSITION_REPORT));
            vertx.setTimer(50, t -> ws.close((short) 1011, "overloaded"));
        };
        feed = feed(new AisStreamFeed.Interest(List.of(), List.of()));
        RecordingSink sink = new RecordingSink();
        feed.start(sink);

        await().atMost(15, TimeUnit.SECONDS).until(() -> subscriptions.size() >= 2 && sink.messages.size() >= 2);
        assertThat(feed.status().lastError()).contains("1011");
    }

    @Test
    void anErrorFrameIsShownAndNoKeyIsEverInTheStatus() {
        onSubscribed = ws -> ws.writeTextMessage("{\"error\": \"Api Key Is Not Valid\"}");
        feed = feed(new AisStreamFeed.Interest(List.of(), List.of()));
        feed.start(new RecordingSink());

        await().atMost(10, TimeUnit.SECONDS).until(() -> feed.status().lastError() != null);
        assertThat(feed.status().lastError()).contains("Api Key Is Not Valid").doesNotContain("test-key-7f3a");
    }

    /** As aisstream.io sends them: MMSI_String a number, names space-padded. */
    private static final String STATIC_DATA = """
            {"Message":{"ShipStaticData":{"AisVersion":1,"CallSign":"UBSIM  ","Destination":"VLADIVOSTOK         ",
            "Dimension":{"A":100,"B":40,"C":10,"D":12},"Dte":false,"Eta":{"Day":9,"Hour":6,"Minute":0,"Month":12},
            "FixType":1,"ImoNumber":9161003,"MaximumStaticDraught":7.5,"MessageID":5,"Name":"SIMULATED SHUTTLE   ",
            "RepeatIndicator":0,"Spare":false,"Type":70,"UserID":273999001,"Valid":true}},
            "MessageType":"ShipStaticData","MetaData":{"MMSI":273999001,"MMSI_String":273999001,
            "ShipName":"SIMULATED SHUTTLE   ","latitude":42.2912,"longitude":130.4151,
            "time_utc":"2026-12-07 09:15:40.118412113 +0000 UTC"}}""";

    private static final String POSITION_REPORT = """
            {"Message":{"PositionReport":{"Cog":210.5,"CommunicationState":59916,"Latitude":42.2912,
            "Longitude":130.4151,"MessageID":1,"NavigationalStatus":0,"PositionAccuracy":true,"Raim":false,
            "RateOfTurn":0,"RepeatIndicator":0,"Sog":11.2,"Spare":0,"SpecialManoeuvreIndicator":0,"Timestamp":41,
            "TrueHeading":211,"UserID":273999001,"Valid":true}},"MessageType":"PositionReport",
            "MetaData":{"MMSI":273999001,"MMSI_String":273999001,"ShipName":"SIMULATED SHUTTLE   ",
            "latitude":42.2912,"longitude":130.4151,"time_utc":"2026-12-07 09:15:42.503871234 +0000 UTC"}}""";
}
