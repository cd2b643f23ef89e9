package io.divertwatch.vessel.feed;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A feed's counts and last fault, for its status and the metrics: messages decoded and refused. A
 * refused sentence is logged (with the reason, escaped) at most once a minute, so a receiver sending
 * garbage cannot flood the log.
 */
final class FeedCounters {

    private final String feed;
    private final Counter decoded;
    private final Counter refusedCounter;
    private final AtomicLong messages = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();
    private volatile boolean connected;
    private volatile Instant lastMessageAt;
    private volatile String lastError;
    private volatile Instant lastErrorAt;
    private volatile long lastRefusalLogged;

    FeedCounters(String feed, MeterRegistry registry) {
        this.feed = feed;
        this.decoded = Counter.builder("divertwatch.ais.messages").tag("source", feed).tag("outcome", "decoded")
                .description("AIS messages received, by outcome").register(registry);
        this.refusedCounter = Counter.builder("divertwatch.ais.messages").tag("source", feed).tag("outcome", "refused")
                .description("AIS messages received, by outcome").register(registry);
        registry.gauge("divertwatch.ais.feed.connected", java.util.List.of(io.micrometer.core.instrument.Tag.of("source", feed)),
                this, c -> c.connected ? 1 : 0);
    }

    void decoded() {
        messages.incrementAndGet();
        decoded.increment();
        lastMessageAt = Instant.now();
    }

    void refused(String reason, String line) {
        refused.incrementAndGet();
        refusedCounter.increment();
        long now = System.currentTimeMillis();
        if (now - lastRefusalLogged > 60_000) {
            lastRefusalLogged = now;
            Log.infof("AIS feed %s: refused a sentence (%s): %s (further refusals this minute are only counted)", feed,
                    reason, io.divertwatch.common.Text.forLog(line.length() > 120 ? line.substring(0, 120) : line));
        }
    }

    void connected(boolean now) {
        connected = now;
    }

    void failed(String error) {
        lastError = error;
        lastErrorAt = Instant.now();
        connected = false;
    }

    AisFeed.Status status() {
        return new AisFeed.Status(feed, connected, messages.get(), refused.get(), lastMessageAt, lastError, lastErrorAt);
    }
}
