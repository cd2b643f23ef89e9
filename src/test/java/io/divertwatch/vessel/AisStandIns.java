package io.divertwatch.vessel;

import io.divertwatch.support.SharedData;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * Stand-ins for what the service connects to at sea, on real sockets: a receiver serving NMEA over
 * TCP (a real receiver log), and an aisstream.io websocket that, once subscribed to, sends a vessel
 * lying stopped inside Najin for a quarter of an hour, in binary frames as aisstream.io does.
 */
public class AisStandIns implements QuarkusTestResourceLifecycleManager {

    /** A made-up MMSI (Sierra Leone's range, as flags of convenience go) for the vessel at Najin. */
    static final int AT_NAJIN = 667_001_234;
    static final List<String> SUBSCRIPTIONS = new CopyOnWriteArrayList<>();

    private static final DateTimeFormatter AISSTREAM_TIME = DateTimeFormatter
            .ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSSSSS '+0000 UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private Vertx vertx;
    private ServerSocket nmea;

    @Override
    public Map<String, String> start() {
        try {
            return Map.of("divertwatch.maritime.feeds", "replay,nmea,aisstream",
                    "divertwatch.maritime.replay.speed", "200000",
                    "divertwatch.maritime.nmea.tcp", "127.0.0.1:" + startNmea(),
                    "divertwatch.maritime.aisstream.url", "ws://127.0.0.1:" + startAisstream() + "/v0/stream",
                    "divertwatch.maritime.aisstream.api-key", "stand-in-key-51c9");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private int startNmea() throws IOException {
        List<String> log = SharedData.present("maritime/nmea/gpsd_ais-nmea_lemmer_20200407.log")
                ? Files.readAllLines(SharedData.root().resolve("maritime/nmea/gpsd_ais-nmea_lemmer_20200407.log"),
                        StandardCharsets.UTF_8)
                : List.of("!AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0*4A");
        nmea = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
        Thread server = new Thread(() -> {
            while (!nmea.isClosed()) {
                try (Socket s = nmea.accept(); OutputStream out = s.getOutputStream()) {
                    for (String line : log) {
                        out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
                    }
                    out.flush();
                    // A receiver keeps the connection open between messages.
                    Thread.sleep(120_000);
                } catch (IOException | InterruptedException e) {
                    return;
                }
            }
        }, "nmea-stand-in");
        server.setDaemon(true);
        server.start();
        return nmea.getLocalPort();
    }

    private int startAisstream() throws Exception {
        vertx = Vertx.vertx();
        // Every request is upgraded, as aisstream.io's endpoint does (a request handler, not Vert.x's
        // web socket handler alone, which leaves requests it does not match unanswered).
        HttpServer server = vertx.createHttpServer().requestHandler(request -> request.toWebSocket().onSuccess(ws ->
                ws.textMessageHandler(subscription -> {
                    SUBSCRIPTIONS.add(subscription);
                    long now = Instant.now().getEpochSecond();
                    ws.writeBinaryMessage(Buffer.buffer(staticData(now - 900)));
                    for (long t = now - 900; t <= now; t += 90) {
                        ws.writeBinaryMessage(Buffer.buffer(position(t)));
                    }
                }))).listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        return server.actualPort();
    }

    private static String staticData(long time) {
        return """
                {"Message":{"ShipStaticData":{"CallSign":"9LY2027","Destination":"VOSTOCHNY           ",
                "Dimension":{"A":90,"B":20,"C":8,"D":10},"ImoNumber":9179842,"MaximumStaticDraught":6.8,
                "MessageID":5,"Name":"STAND-IN CARGO      ","Type":70,"UserID":%d,"Valid":true}},
                "MessageType":"ShipStaticData","MetaData":{"MMSI":%d,"MMSI_String":%d,"ShipName":"STAND-IN CARGO",
                "latitude":42.2290,"longitude":130.3010,"time_utc":"%s"}}"""
                .formatted(AT_NAJIN, AT_NAJIN, AT_NAJIN, AISSTREAM_TIME.format(Instant.ofEpochSecond(time)));
    }

    private static String position(long time) {
        return """
                {"Message":{"PositionReport":{"Cog":0,"Latitude":42.2290,"Longitude":130.3010,"MessageID":1,
                "NavigationalStatus":5,"PositionAccuracy":true,"Sog":0.1,"TrueHeading":95,"UserID":%d,"Valid":true}},
                "MessageType":"PositionReport","MetaData":{"MMSI":%d,"MMSI_String":%d,"ShipName":"STAND-IN CARGO",
                "latitude":42.2290,"longitude":130.3010,"time_utc":"%s"}}"""
                .formatted(AT_NAJIN, AT_NAJIN, AT_NAJIN, AISSTREAM_TIME.format(Instant.ofEpochSecond(time)));
    }

    @Override
    public void stop() {
        try {
            if (nmea != null) {
                nmea.close();
            }
            if (vertx != null) {
                vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            // Shutting down: nothing more to do.
        }
    }
}
