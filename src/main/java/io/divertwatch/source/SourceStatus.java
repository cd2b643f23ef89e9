package io.divertwatch.source;

import java.time.Instant;
import java.util.List;

/** A feed's plan and health as {@code GET /api/v1/sources} shows it. */
public record SourceStatus(String name, List<String> queriesPlanned, Integer creditCost, Long intervalSeconds,
        Integer creditsLeft, Instant lastSuccess, String lastError, Instant lastErrorAt, Instant nextPollAt) {
}
