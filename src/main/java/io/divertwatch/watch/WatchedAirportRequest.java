package io.divertwatch.watch;

import io.divertwatch.common.PlainText;
import io.divertwatch.common.RejectsUnknownFields;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /api/v1/watched-airports}. */
@RejectsUnknownFields
public record WatchedAirportRequest(
        @NotBlank @Size(max = 16) String icao,
        @DecimalMin(value = "1", message = "must be at least 1 km") @DecimalMax(value = "1000", message = "must be at most 1000 km") Double radiusKm,
        Boolean anyAircraft,
        @Size(max = 500) @PlainText String note) {
}
