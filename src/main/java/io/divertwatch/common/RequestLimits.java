package io.divertwatch.common;

import io.netty.handler.codec.http.HttpResponseStatus;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Guards the HTTP layer before any endpoint runs, so that what a stranger sends cannot tie the
 * service up and every refusal is problem+json: a request line or headers beyond their limits (414,
 * 431), a declared body beyond the body limit (413), more uploads at once than the service buffers
 * (503), and a body that does not arrive in time (408: a slow or stalled upload holds no worker
 * thread while it trickles, because bodies are buffered on the event loop, and not its connection
 * either once the time is up). The network layer's own limits are set higher than these, so that
 * these answer first.
 */
@ApplicationScoped
public class RequestLimits {

    /** Before authentication and every route. */
    private static final int PRIORITY = 10_000;

    private final HttpLimitsConfig config;
    private final Vertx vertx;
    private final long maxBodyBytes;
    /** Requests with a body that have not been answered yet. */
    private final AtomicInteger uploads = new AtomicInteger();

    RequestLimits(HttpLimitsConfig config, Vertx vertx,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize) {
        this.config = config;
        this.vertx = vertx;
        this.maxBodyBytes = maxBodySize.asLongValue();
    }

    void install(@Observes Filters filters) {
        filters.register(this::check, PRIORITY);
        // Bodies are read whole here, on the event loop, before any endpoint runs: the endpoints then read
        // the buffered body instead of blocking a worker thread on the network.
        BodyHandler bodies = BodyHandler.create(false).setBodyLimit(maxBodyBytes).setPreallocateBodyBuffer(false);
        filters.register(rc -> {
            if (bodyToCome(rc.request())) {
                bodies.handle(rc);
            } else {
                rc.next();
            }
        }, PRIORITY - 1);
    }

    /**
     * Failures of the HTTP layer itself (a chunked body that grows past the limit, a request it cannot
     * read) end as problem documents too, not as the framework's error page; no detail of the failure
     * reaches the client.
     */
    void failures(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(rc -> {
            if (rc.response().ended() || rc.response().headWritten()) {
                rc.next();
                return;
            }
            if (rc.failure() instanceof HttpClosedException) {
                // The client went away mid-request: nobody to answer, and no server error.
                rc.response().setStatusCode(400).end();
                return;
            }
            int status = rc.statusCode() >= 400 && rc.statusCode() < 600 ? rc.statusCode() : 500;
            HttpResponseStatus known = HttpResponseStatus.valueOf(status);
            String detail = status == 413 ? "the body may have at most " + maxBodyBytes + " bytes"
                    : status >= 500 ? "internal error; see the service log" : known.reasonPhrase();
            refuse(rc, status, known.reasonPhrase(), detail);
        });
    }

    private void check(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        if (request.uri().length() > config.maxUriLength()) {
            refuse(rc, 414, "URI Too Long", "the request target may have at most " + config.maxUriLength()
                    + " characters");
            return;
        }
        if (headerBytes(request) > config.maxHeaderBytes()) {
            refuse(rc, 431, "Request Header Fields Too Large", "request headers may have at most "
                    + config.maxHeaderBytes() + " bytes");
            return;
        }
        String length = request.getHeader("Content-Length");
        if (length != null && declaredLength(length) > maxBodyBytes) {
            refuse(rc, 413, "Content Too Large", "the body may have at most " + maxBodyBytes + " bytes");
            return;
        }
        if (bodyToCome(request)) {
            if (uploads.incrementAndGet() > config.maxUploads()) {
                uploads.decrementAndGet();
                refuse(rc, 503, "Service Unavailable", "more than " + config.maxUploads()
                        + " uploads are in progress; try again shortly");
                return;
            }
            long timer = vertx.setTimer(config.bodyTimeout().toMillis(), id -> {
                if (!request.isEnded() && !rc.response().ended()) {
                    refuse(rc, 408, "Request Timeout", "the body did not arrive within "
                            + config.bodyTimeout().toSeconds() + " s");
                }
            });
            rc.addEndHandler(done -> {
                vertx.cancelTimer(timer);
                uploads.decrementAndGet();
            });
        }
        rc.next();
    }

    /** A write whose body has not all arrived yet. */
    private static boolean bodyToCome(HttpServerRequest request) {
        HttpMethod method = request.method();
        return (method == HttpMethod.POST || method == HttpMethod.PUT || method == HttpMethod.PATCH)
                && !request.isEnded() && !"0".equals(request.getHeader("Content-Length"));
    }

    private static long declaredLength(String header) {
        try {
            return Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static long headerBytes(HttpServerRequest request) {
        long bytes = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            bytes += header.getKey().length() + header.getValue().length() + 4;
        }
        return bytes;
    }

    /** Answers with a problem document and closes the connection: the rest of the request is not read. */
    private static void refuse(RoutingContext rc, int status, String title, String detail) {
        rc.response().setStatusCode(status).putHeader("Content-Type", Problem.MEDIA_TYPE)
                .putHeader("Connection", "close").end(Json.encode(Problem.of(status, title, detail)))
                .onComplete(done -> rc.request().connection().close());
    }
}
