package io.divertwatch.vessel.feed;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.divertwatch.ais.AisMessage;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The aisstream.io websocket: a subscription frame (the API key, the bounding boxes around what is
 * watched, the message types used) is sent on connecting and again when the boxes change; JSON
 * messages come back as text or binary frames. A closed or failed connection is retried with back-off
 * doubling from one second. The API key is never logged.
 */
public final class AisStreamFeed implements AisFeed {

    static final List<String> MESSAGE_TYPES = List.of("PositionReport", "StandardClassBPositionReport",
            "ExtendedClassBPositionReport", "LongRangeAisBroadcastMessage", "ShipStaticData", "StaticDataReport");
    /** How often the boxes are compared with what was subscribed. */
    private static final long RESUBSCRIBE_CHECK_SECONDS = 30;

    private final URI url;
    private final String apiKey;
    private final Duration maxBackoff;
    private final Supplier<Interest> interest;
    private final ObjectMapper json;
    private final FeedCounters counters;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(15)).build();
    private ScheduledExecutorService timer;
    private volatile boolean running;
    private volatile WebSocket socket;
    private volatile String subscribed;
    private long backoffMs = 1000;

    /**
     * What to subscribe to. aisstream.io combines its filters with AND, so one subscription cannot ask
     * for "these areas, and these vessels anywhere": with areas, the areas are asked for; with vessels
     * only (at most {@value #MAX_MMSI_FILTER}), the whole world filtered to them; with neither, the world.
     *
     * @param boxes each {south, west, north, east} in degrees
     */
    public record Interest(List<double[]> boxes, List<Integer> mmsis) {
    }

    /** aisstream.io's limit on the MMSI filter. */
    static final int MAX_MMSI_FILTER = 50;

    public AisStreamFeed(String url, String apiKey, Duration maxBackoff, Supplier<Interest> interest,
            ObjectMapper json, MeterRegistry registry) {
        this.url = URI.create(url);
        this.apiKey = apiKey;
        this.maxBackoff = maxBackoff;
        this.interest = interest;
        this.json = json;
        this.counters = new FeedCounters(name(), registry);
    }

    @Override
    public String name() {
        return "aisstream";
    }

    @Override
    public synchronized void start(Sink sink) {
        if (running) {
            return;
        }
        running = true;
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "ais-aisstream");
            t.setDaemon(true);
            return t;
        });
        timer.execute(() -> connect(sink));
        timer.scheduleWithFixedDelay(this::resubscribeIfChanged, RESUBSCRIBE_CHECK_SECONDS, RESUBSCRIBE_CHECK_SECONDS,
                TimeUnit.SECONDS);
    }

    @Override
    public synchronized void stop() {
        running = false;
        WebSocket s = socket;
        if (s != null) {
            s.abort();
        }
        if (timer != null) {
            timer.shutdownNow();
        }
        counters.connected(false);
    }

    @Override
    public Status status() {
        return counters.status();
    }

    private void connect(Sink sink) {
        if (!running) {
            return;
        }
        http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(15)).buildAsync(url, new Listener(sink))
                .whenComplete((ws, error) -> {
                    if (error != null) {
                        retry(sink, "could not connect: " + rootMessage(error));
                        return;
                    }
                    socket = ws;
                    subscribe(ws);
                });
    }

    private void subscribe(WebSocket ws) {
        String frame = subscription();
        subscribed = frame;
        ws.sendText(frame, true);
    }

    private void resubscribeIfChanged() {
        WebSocket ws = socket;
        if (ws != null && running && !subscription().equals(subscribed)) {
            Log.info("AIS feed aisstream: the watched areas changed; subscribing again");
            subscribe(ws);
        }
    }

    /** {"APIKey", "BoundingBoxes": [[[south, west], [north, east]], …], "FiltersShipMMSI", "FilterMessageTypes"}. */
    String subscription() {
        ObjectNode frame = json.createObjectNode();
        frame.put("APIKey", apiKey);
        ArrayNode list = frame.putArray("BoundingBoxes");
        Interest wanted = interest.get();
        List<double[]> areas = wanted.boxes();
        if (areas.isEmpty() && !wanted.mmsis().isEmpty() && wanted.mmsis().size() <= MAX_MMSI_FILTER) {
            ArrayNode mmsis = frame.putArray("FiltersShipMMSI");
            // aisstream.io documents the filter as strings of nine digits.
            wanted.mmsis().forEach(m -> mmsis.add(String.format("%09d", m)));
        }
        for (double[] b : areas.isEmpty() ? List.of(new double[] { -90, -180, 90, 180 }) : areas) {
            ArrayNode box = list.addArray();
            box.addArray().add(b[0]).add(b[1]);
            box.addArray().add(b[2]).add(b[3]);
        }
        ArrayNode types = frame.putArray("FilterMessageTypes");
        MESSAGE_TYPES.forEach(types::add);
        return frame.toString();
    }

    private void retry(Sink sink, String why) {
        counters.failed(why);
        socket = null;
        if (!running) {
            return;
        }
        long wait = backoffMs;
        backoffMs = Math.min(maxBackoff.toMillis(), backoffMs * 2);
        Log.warnf("AIS feed aisstream: %s; reconnecting in %d s", why, wait / 1000);
        try {
            timer.schedule(() -> connect(sink), wait, TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.RejectedExecutionException stopped) {
            // Stopped meanwhile: nothing to reconnect.
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
    }

    @FunctionalInterface
    private interface FrameReader {
        AisStreamJson.Frame read(long receivedAt) throws java.io.IOException;
    }

    /** Gathers frames (a message may come in parts) and hands each whole message on. */
    private final class Listener implements WebSocket.Listener {

        private final Sink sink;
        private final StringBuilder text = new StringBuilder();
        private final java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();

        Listener(Sink sink) {
            this.sink = sink;
        }

        @Override
        public void onOpen(WebSocket webSocket) {
            counters.connected(true);
            backoffMs = 1000;
            Log.infof("AIS feed aisstream: connected to %s", url.getHost());
            webSocket.request(1);
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
                handle(text.toString());
                text.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
            byte[] chunk = new byte[data.remaining()];
            data.get(chunk);
            bytes.writeBytes(chunk);
            if (last) {
                handle(bytes.toByteArray());
                bytes.reset();
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            retry(sink, "the server closed the stream (" + statusCode + (reason.isBlank() ? "" : ", " + reason) + ")");
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            retry(sink, rootMessage(error));
        }

        private void handle(String frame) {
            handle(now -> AisStreamJson.read(frame, now), () -> frame);
        }

        private void handle(byte[] frame) {
            handle(now -> {
                try {
                    return AisStreamJson.read(frame, now);
                } catch (java.io.IOException e) {
                    // A byte that is no UTF-8 fails the whole frame read as bytes; decoded as text it is
                    // one replacement character in a name, and the position still counts.
                    return AisStreamJson.read(new String(frame, StandardCharsets.UTF_8), now);
                }
            }, () -> new String(frame, StandardCharsets.UTF_8));
        }

        /** Reads a frame; its text is made only to be shown when it is refused. */
        private void handle(FrameReader reader, Supplier<String> text) {
            AisStreamJson.Frame read;
            try {
                read = reader.read(Instant.now().getEpochSecond());
            } catch (java.io.IOException e) {
                counters.refused("not JSON", text.get());
                return;
            }
            if (read.error() != null) {
                counters.failed("aisstream says: " + read.error());
                return;
            }
            AisMessage m = read.message();
            if (m == null) {
                counters.refused("no AIS message in it", text.get());
                return;
            }
            counters.decoded();
            try {
                sink.message(m, m.receivedAt(), name());
            } catch (RuntimeException e) {
                Log.errorf(e, "AIS feed aisstream: a message could not be processed");
            }
        }
    }
}
