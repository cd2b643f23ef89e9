package io.divertwatch.vessel.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.divertwatch.support.SharedData;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import java.io.IOException;
import java.io.OutputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A local receiver over real sockets: a TCP server that serves a real receiver log and then hangs up
 * (the feed must reconnect and go on), and UDP datagrams as AIS-catcher sends them.
 */
class NmeaFeedTest {

    private NmeaFeed feed;

    @AfterEach
    void stop() {
        if (feed != null) {
            feed.stop();
        }
    }

    @Test
    void aTcpReceiverIsReadWholeAndReconnectedToWhenItHangsUp() throws Exception {
        List<String> lemmer = Files.readAllLines(SharedData.require("maritime/nmea/gpsd_ais-nmea_lemmer_20200407.log"),
                StandardCharsets.UTF_8);
        List<String> tagged = Files.readAllLines(
                SharedData.require("maritime/nmea/aisdb_test_data_20211101_tagblocks.nm4"), StandardCharsets.UTF_8)
                .subList(0, 40);
        CountDownLatch secondServed = new CountDownLatch(1);
        try (ServerSocket server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            Thread receiver = new Thread(() -> {
                try {
                    try (Socket first = server.accept(); OutputStream out = first.getOutputStream()) {
                        // A damaged sentence among real ones: refused, counted, the stream goes on.
                        out.write("!AIVDM,1,1,,A,13u?etPv2;0n:dDPwUM1U1Cb069D,0*FF\r\n".getBytes(StandardCharsets.US_ASCII));
                        write(out, lemmer);
                    }
                    try (Socket second = server.accept(); OutputStream out = second.getOutputStream()) {
                        write(out, tagged);
                        secondServed.countDown();
                        Thread.sleep(30_000);
                    }
                } catch (IOException | InterruptedException ignored) {
                    // The test is over.
                }
            });
            receiver.setDaemon(true);
            receiver.start();
            feed = new NmeaFeed("127.0.0.1:" + server.getLocalPort(), null, Duration.ofSeconds(2),
                    new SimpleMeterRegistry());
            RecordingSink sink = new RecordingSink();
            feed.start(sink);

            // The README counts 30 vessels reporting where they are in the Lemmer log.
            await().atMost(10, TimeUnit.SECONDS).until(() -> sink.locatedVessels().size() >= 30);
            assertThat(sink.locatedVessels()).hasSize(30);
            assertThat(feed.status().refused()).isEqualTo(1);

            // Hung up on: the feed reconnects after a second and reads on; tag-block times are the data time.
            assertThat(secondServed.await(15, TimeUnit.SECONDS)).isTrue();
            await().atMost(10, TimeUnit.SECONDS).until(() -> sink.messages.stream()
                    .anyMatch(r -> r.time() >= 1_635_731_000L && r.time() <= 1_635_740_000L));
            assertThat(feed.status().lastError()).contains("closed");
            await().atMost(5, TimeUnit.SECONDS).until(() -> feed.status().connected());
            assertThat(sink.messages).allSatisfy(r -> assertThat(r.feed()).isEqualTo("nmea"));
        }
    }

    @Test
    void aReceiverThatIsNotThereIsRetriedWithoutCrashing() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        feed = new NmeaFeed("127.0.0.1:" + port, null, Duration.ofSeconds(1), new SimpleMeterRegistry());
        feed.start(new RecordingSink());

        await().atMost(5, TimeUnit.SECONDS).until(() -> feed.status().lastError() != null);
        assertThat(feed.status().connected()).isFalse();
        assertThat(feed.status().lastError()).containsIgnoringCase("refused");

        // It comes up later: the feed finds it on a later attempt.
        try (ServerSocket late = new ServerSocket(port, 5, InetAddress.getLoopbackAddress())) {
            try (Socket s = late.accept(); OutputStream out = s.getOutputStream()) {
                write(out, List.of("!AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0*4A"));
                await().atMost(5, TimeUnit.SECONDS).until(() -> feed.status().messages() == 1);
            }
        }
    }

    @Test
    void udpDatagramsAreDecodedAndATwoPartMessageIsPutBackTogetherAcrossThem() throws Exception {
        feed = new NmeaFeed(null, 0, Duration.ofSeconds(1), new SimpleMeterRegistry());
        RecordingSink sink = new RecordingSink();
        feed.start(sink);
        await().atMost(5, TimeUnit.SECONDS).until(() -> feed.boundUdpPort() > 0);

        try (DatagramSocket out = new DatagramSocket()) {
            // gpsd's sample: a type 1 report, then a type 5 in two sentences sent in separate datagrams.
            send(out, "!AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0*4A\r\n");
            send(out, "!AIVDM,2,1,1,A,55?MbV02;H;s<HtKR20EHE:0@T4@Dn2222222216L961O5Gf0NSQEp6ClRp8,0*1C\r\n");
            send(out, "!AIVDM,2,2,1,A,88888888880,2*25\r\n");
        }

        await().atMost(5, TimeUnit.SECONDS).until(() -> sink.messages.size() == 2);
        assertThat(sink.messages.get(0).message().mmsi()).isEqualTo(371798000);
        assertThat(sink.messages.get(1).message().type()).isEqualTo(5);
        assertThat(sink.messages.get(1).message().statics().name()).isEqualTo("EVER DIADEM");
        assertThat(feed.status().connected()).isTrue();
    }

    private void send(DatagramSocket out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
        out.send(new DatagramPacket(bytes, bytes.length, InetAddress.getLoopbackAddress(), feed.boundUdpPort()));
    }

    private static void write(OutputStream out, List<String> lines) throws IOException {
        for (String line : lines) {
            out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
        }
        out.flush();
    }
}
