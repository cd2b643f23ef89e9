package io.divertwatch.support;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.IntUnaryOperator;

/**
 * A real HTTP server on loopback that records every webhook request and answers with the status
 * the test chooses for the n-th request (0-based). A 3xx answer redirects to {@code /elsewhere}.
 */
public final class WebhookReceiver implements AutoCloseable {

    public record Received(Map<String, List<String>> headers, String body, int answered, Instant at) {
        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }

        public boolean accepted() {
            return answered >= 200 && answered < 300;
        }
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final List<Instant> redirectsFollowed = new CopyOnWriteArrayList<>();
    private volatile IntUnaryOperator answer;

    public WebhookReceiver() throws IOException {
        this(n -> 204);
    }

    public WebhookReceiver(IntUnaryOperator answer) throws IOException {
        this.answer = answer;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            int status;
            synchronized (this) {
                status = this.answer.applyAsInt(received.size());
                received.add(new Received(Map.copyOf(exchange.getRequestHeaders()), body, status, Instant.now()));
            }
            if (status >= 300 && status < 400) {
                exchange.getResponseHeaders().add("Location", "/elsewhere");
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.createContext("/elsewhere", exchange -> {
            redirectsFollowed.add(Instant.now());
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
    }

    public void answer(IntUnaryOperator answer) {
        this.answer = answer;
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    public List<Received> received() {
        return received;
    }

    public List<Received> accepted() {
        return received.stream().filter(Received::accepted).toList();
    }

    public int redirectsFollowed() {
        return redirectsFollowed.size();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
