package io.divertwatch.source.adsbx;

import io.divertwatch.source.FeedHttp;
import io.divertwatch.source.FeedJson;
import io.divertwatch.source.FlightDataSource;
import io.divertwatch.source.SourceHealth;
import io.divertwatch.source.SourceStatus;
import io.quarkus.logging.Log;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A local receiver's {@code aircraft.json} (readsb, dump1090-fa, tar1090), read from a URL or a file:
 * the feed of a user with their own antenna. Everything it sees is reported; the engine decides what
 * matters.
 */
@ApplicationScoped
@Identifier(ReadsbSource.NAME)
public class ReadsbSource implements FlightDataSource {

    public static final String NAME = "readsb";

    private final ReadsbConfig config;
    private final FeedHttp http;
    private final SourceHealth health = new SourceHealth(NAME);
    private long nextPollAt;

    ReadsbSource(ReadsbConfig config) {
        this.config = config;
        this.http = new FeedHttp(config.timeout());
        Log.infof("Local receiver feed: %s every %d s", config.url().orElse("(divertwatch.readsb.url not set)"),
                config.interval().toSeconds());
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public synchronized PollResult poll(long now) {
        if (now < nextPollAt) {
            return PollResult.notDue();
        }
        nextPollAt = now + Math.max(1, config.interval().toSeconds());
        String location = config.url().filter(u -> !u.isBlank()).orElse(null);
        if (location == null) {
            return health.failure(Outcome.CLIENT_ERROR, "divertwatch.readsb.url is not set");
        }
        byte[] body;
        if (location.startsWith("http://") || location.startsWith("https://")) {
            FeedHttp.Answer answer = http.get(URI.create(location), Map.of());
            if (answer.outcome() != Outcome.SUCCESS) {
                return health.failure(answer.outcome(), answer.error());
            }
            body = answer.body();
        } else {
            try {
                body = Files.readAllBytes(Path.of(location));
            } catch (IOException e) {
                return health.failure(Outcome.IO_ERROR, "cannot read " + location + ": " + e);
            }
        }
        try {
            AdsbxParser.Parsed parsed = AdsbxParser.parse(body, NAME);
            health.success(Instant.ofEpochSecond(now));
            return PollResult.success(parsed.states(), parsed.time(), parsed.identities());
        } catch (FeedJson.BadResponse e) {
            return health.failure(Outcome.BAD_RESPONSE, e.getMessage());
        }
    }

    @Override
    public SourceStatus status() {
        return new SourceStatus(NAME, List.of(config.url().orElse("not configured")), null,
                config.interval().toSeconds(), null, health.lastSuccess(), health.lastError(), health.lastErrorAt(),
                nextPollAt == 0 ? null : Instant.ofEpochSecond(nextPollAt));
    }
}
