package io.divertwatch.vessel.feed;

import io.divertwatch.ais.AisFormatException;
import io.divertwatch.ais.AisMessage;
import io.divertwatch.ais.AisReader;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

/**
 * NMEA 0183 AIS sentences from a local receiver (AIS-catcher, rtl-ais, a shore station): read from a
 * TCP server the receiver runs ({@code host:port}, reconnected with back-off) or from UDP datagrams it
 * sends to a port this feed listens on. Lines that are not AIS are passed over; sentences that are not
 * well formed are counted and refused, never fatal.
 */
public final class NmeaFeed implements AisFeed {

    /** Longest line a receiver sends: an AIS sentence is at most 82 characters, a tag block adds some. */
    private static final int MAX_LINE = 1024;
    /** A silent TCP stream this long is dead: reconnect. */
    private static final int READ_TIMEOUT_MS = 120_000;

    private final String tcp;
    private final Integer udpPort;
    private final Duration maxBackoff;
    private final FeedCounters counters;
    private volatile boolean running;
    private volatile Socket socket;
    private volatile DatagramSocket datagrams;
    private Thread tcpThread;
    private Thread udpThread;

    public NmeaFeed(String tcp, Integer udpPort, Duration maxBackoff, MeterRegistry registry) {
        this.tcp = tcp;
        this.udpPort = udpPort;
        this.maxBackoff = maxBackoff;
        this.counters = new FeedCounters(name(), registry);
    }

    @Override
    public String name() {
        return "nmea";
    }

    @Override
    public synchronized void start(Sink sink) {
        if (running) {
            return;
        }
        running = true;
        if (tcp != null) {
            tcpThread = new Thread(() -> readTcp(sink), "ais-nmea-tcp");
            tcpThread.setDaemon(true);
            tcpThread.start();
        }
        if (udpPort != null) {
            udpThread = new Thread(() -> readUdp(sink), "ais-nmea-udp");
            udpThread.setDaemon(true);
            udpThread.start();
        }
    }

    @Override
    public synchronized void stop() {
        running = false;
        close(socket);
        if (datagrams != null) {
            datagrams.close();
        }
        counters.connected(false);
    }

    @Override
    public Status status() {
        return counters.status();
    }

    private void readTcp(Sink sink) {
        String[] hostPort = tcp.split(":");
        long backoffMs = 1000;
        while (running) {
            try (Socket s = new Socket()) {
                socket = s;
                s.connect(new InetSocketAddress(hostPort[0], Integer.parseInt(hostPort[1])), 10_000);
                s.setSoTimeout(READ_TIMEOUT_MS);
                counters.connected(true);
                Log.infof("AIS feed nmea: connected to %s", tcp);
                backoffMs = 1000;
                AisReader reader = new AisReader();
                BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII));
                for (String line; running && (line = in.readLine()) != null; ) {
                    handle(reader, line, sink);
                }
                counters.failed("the receiver closed the connection");
            } catch (SocketTimeoutException e) {
                counters.failed("no data for " + READ_TIMEOUT_MS / 1000 + " s");
            } catch (IOException | RuntimeException e) {
                if (running) {
                    counters.failed(e.getClass().getSimpleName() + ": " + e.getMessage());
                }
            }
            if (running) {
                Log.warnf("AIS feed nmea: %s; reconnecting in %d s", counters.status().lastError(), backoffMs / 1000);
                sleep(backoffMs);
                backoffMs = Math.min(maxBackoff.toMillis(), backoffMs * 2);
            }
        }
    }

    private void readUdp(Sink sink) {
        try (DatagramSocket s = new DatagramSocket(udpPort)) {
            datagrams = s;
            counters.connected(true);
            Log.infof("AIS feed nmea: listening on UDP port %d", s.getLocalPort());
            AisReader reader = new AisReader();
            byte[] buffer = new byte[65_536];
            while (running) {
                DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
                s.receive(packet);
                String text = new String(packet.getData(), 0, packet.getLength(), StandardCharsets.US_ASCII);
                for (String line : text.split("\r?\n")) {
                    handle(reader, line, sink);
                }
            }
        } catch (IOException | RuntimeException e) {
            if (running) {
                counters.failed(e.getClass().getSimpleName() + ": " + e.getMessage());
                Log.errorf("AIS feed nmea: UDP port %d failed: %s", udpPort, e.toString());
            }
        }
    }

    /** One line: a message to the sink, a refusal counted, or nothing (a fragment, a GPS sentence). */
    void handle(AisReader reader, String line, Sink sink) {
        if (line.length() > MAX_LINE) {
            counters.refused("longer than " + MAX_LINE + " characters", line);
            return;
        }
        long now = Instant.now().getEpochSecond();
        try {
            AisMessage m = reader.read(line, now);
            if (m != null) {
                counters.decoded();
                sink.message(m, m.receivedAt() > 0 ? m.receivedAt() : now, name());
            }
        } catch (AisFormatException e) {
            counters.refused(e.getMessage(), line);
        }
    }

    /** The UDP port actually bound (the configured one, or the system's choice for 0), for tests. */
    int boundUdpPort() {
        DatagramSocket s = datagrams;
        return s == null ? -1 : s.getLocalPort();
    }

    private static void close(Socket s) {
        if (s != null) {
            try {
                s.close();
            } catch (IOException ignored) {
                // Closing to stop reading: nothing to do if it was closed already.
            }
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
