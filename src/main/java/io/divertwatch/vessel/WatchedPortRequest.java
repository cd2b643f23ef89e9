package io.divertwatch.vessel;

import com.fasterxml.jackson.databind.JsonNode;
import io.divertwatch.common.PlainText;
import io.divertwatch.common.RejectsUnknownFields;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Body of {@code POST /api/v1/watched-ports}: a name and either a point with a radius or a GeoJSON
 * Polygon or MultiPolygon drawn around the port's basins and anchorages.
 */
@RejectsUnknownFields
public record WatchedPortRequest(
        @NotBlank(message = "a port needs a name") @Size(max = 100) @PlainText String name,
        @Size(max = 60) @PlainText String country,
        @DecimalMin(value = "-90", message = "must be a latitude") @DecimalMax(value = "90", message = "must be a latitude") Double lat,
        @DecimalMin(value = "-180", message = "must be a longitude") @DecimalMax(value = "180", message = "must be a longitude") Double lon,
        @DecimalMin(value = "0.2", message = "must be at least 0.2 km") @DecimalMax(value = "50", message = "must be at most 50 km") Double radiusKm,
        JsonNode geometry,
        @Size(max = 500) @PlainText String note) {
}
