package io.divertwatch.source.adsbx;

import io.divertwatch.source.FeedHttp;
import io.divertwatch.source.FeedJson;
import io.divertwatch.source.FlightDataSource;
import io.divertwatch.source.PollTargets;
import io.divertwatch.source.SourceHealth;
import io.divertwatch.source.SourceStatus;
import io.quarkus.logging.Log;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An ADS-B Exchange v2-style API (adsb.lol by default; adsb.fi, airplanes.live, ADS-B Exchange via
 * RapidAPI by URL and key) as a feed. Each round plans one point query per watched place, hex queries
 * for watched aircraft (batched) and callsign queries for watches by callsign; the requests of a round
 * go out one per poll, never closer together than {@code request-spacing}, so the API's rate limit
 * holds whatever else the service does. A 429 pauses the feed for its {@code Retry-After}.
 */
@ApplicationScoped
@Identifier(AdsbxSource.NAME)
public class AdsbxSource implements FlightDataSource {

    public static final String NAME = "adsbx";
    /** The v2 point query's largest radius. */
    static final int MAX_RADIUS_NM = 250;
    private static final int HEX_BATCH = 50;
    private static final long DEFAULT_RETRY_AFTER_SECONDS = 60;

    private final AdsbxConfig config;
    private final FeedHttp http;
    private final SourceHealth health = new SourceHealth(NAME);
    private final Deque<String> pending = new ArrayDeque<>();
    private volatile PollTargets targets = PollTargets.NONE;
    private volatile List<String> lastRound = List.of();
    private long nextRoundAt;
    private long nextRequestAt;

    AdsbxSource(AdsbxConfig config) {
        this.config = config;
        this.http = new FeedHttp(config.timeout());
        Log.infof("ADS-B Exchange v2 feed: %s%s, one request per %d s at most", config.url(),
                config.apiKey().isPresent() ? " with API key" : "", Math.max(1, config.requestSpacing().toSeconds()));
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void plan(PollTargets targets) {
        this.targets = targets;
    }

    @Override
    public synchronized PollResult poll(long now) {
        if (pending.isEmpty()) {
            if (now < nextRoundAt) {
                return PollResult.notDue();
            }
            List<String> round = paths(targets);
            lastRound = round;
            pending.addAll(round);
            nextRoundAt = now + Math.max(1, config.interval().toSeconds());
        }
        if (pending.isEmpty() || now < nextRequestAt) {
            return PollResult.notDue();
        }
        String path = pending.peekFirst();
        nextRequestAt = now + Math.max(1, config.requestSpacing().toSeconds());
        FeedHttp.Answer answer = http.get(URI.create(config.url().replaceAll("/+$", "") + path), headers());
        if (answer.outcome() == Outcome.RATE_LIMITED) {
            nextRequestAt = now + answer.retryAfterSeconds().orElse(DEFAULT_RETRY_AFTER_SECONDS);
            return health.failure(answer.outcome(), answer.error() + " on " + path + "; paused until "
                    + Instant.ofEpochSecond(nextRequestAt));
        }
        pending.pollFirst();
        if (answer.outcome() != Outcome.SUCCESS) {
            return health.failure(answer.outcome(), answer.error() + " on " + path);
        }
        try {
            AdsbxParser.Parsed parsed = AdsbxParser.parse(answer.body(), NAME);
            if (parsed.skipped() > 0) {
                Log.debugf("adsbx: skipped %d unreadable aircraft on %s", parsed.skipped(), path);
            }
            health.success(Instant.ofEpochSecond(now));
            return PollResult.success(parsed.states(), parsed.time(), parsed.identities());
        } catch (FeedJson.BadResponse e) {
            return health.failure(Outcome.BAD_RESPONSE, e.getMessage() + " on " + path);
        }
    }

    private Map<String, String> headers() {
        return config.apiKey().filter(k -> !k.isBlank()).map(k -> Map.of(config.apiKeyHeader(), k)).orElse(Map.of());
    }

    /** The request paths of one round, below the base URL. */
    static List<String> paths(PollTargets targets) {
        List<String> paths = new ArrayList<>();
        for (PollTargets.Place place : targets.places()) {
            int nm = (int) Math.min(MAX_RADIUS_NM, Math.ceil(place.radiusKm() * 1.2 / 1.852));
            paths.add(String.format(Locale.ROOT, "/point/%.4f/%.4f/%d", place.position().lat(),
                    place.position().lon(), nm));
        }
        List<String> hexes = targets.aircraft().stream().filter(a -> a.icao24() != null).map(a -> a.icao24())
                .distinct().toList();
        for (int i = 0; i < hexes.size(); i += HEX_BATCH) {
            paths.add("/hex/" + String.join(",", hexes.subList(i, Math.min(hexes.size(), i + HEX_BATCH))));
        }
        targets.aircraft().stream().filter(a -> a.icao24() == null && a.callsign() != null)
                .map(a -> "/callsign/" + URLEncoder.encode(a.callsign().trim(), StandardCharsets.UTF_8).replace("+", "%20")).distinct()
                .forEach(paths::add);
        return paths;
    }

    @Override
    public SourceStatus status() {
        long interval = Math.max(1, config.interval().toSeconds());
        return new SourceStatus(NAME, lastRound, null, interval, null, health.lastSuccess(), health.lastError(),
                health.lastErrorAt(), nextRoundAt == 0 ? null : Instant.ofEpochSecond(nextRoundAt));
    }
}
