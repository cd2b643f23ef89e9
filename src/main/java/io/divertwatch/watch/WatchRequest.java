package io.divertwatch.watch;

import io.divertwatch.common.PlainText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/** Body of {@code POST /api/v1/watches} and {@code PUT /api/v1/watches/{id}}. */
public record WatchRequest(
        @Pattern(regexp = "[0-9a-fA-F]{6}", message = "must be 6 hex digits") String icao24,
        @Pattern(regexp = "[A-Za-z0-9]{1,8}", message = "must be 1 to 8 letters or digits") String callsign,
        @Size(max = 200) @PlainText String label,
        @Valid RouteRequest route,
        @DecimalMin(value = "5", message = "must be at least 5 km") @DecimalMax(value = "2000", message = "must be at most 2000 km") Double corridorKm) {

    public record RouteRequest(
            @Size(max = 16) String origin,
            @Size(max = 16) String destination,
            @Size(max = 10, message = "at most 10 via points") List<@Size(max = 16) String> via) {
    }
}
