package io.divertwatch.vessel;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.divertwatch.common.PlainText;
import io.divertwatch.common.RejectsUnknownFields;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Body of {@code POST /api/v1/vessel-watches} and {@code PUT …/{id}}: a vessel named by any of its
 * MMSI, IMO number, name or call sign.
 */
@RejectsUnknownFields
@JsonIgnoreProperties({ "id", "watchlistId", "listEntityId", "listEntityName", "program", "linkedTo", "retiredAt",
        "createdAt", "updatedAt", "resolvedTo" })
public record VesselWatchRequest(
        @Min(value = 1, message = "must be an MMSI of 1 to 9 digits") @Max(value = 999_999_999, message = "must be an MMSI of 1 to 9 digits") Integer mmsi,
        @Min(value = 1_000_000, message = "must be a 7-digit IMO number") @Max(value = 9_999_999, message = "must be a 7-digit IMO number") Integer imo,
        @Size(max = 40) @PlainText String name,
        @Pattern(regexp = "[A-Za-z0-9]{1,12}", message = "must be 1 to 12 letters or digits") String callSign,
        @Size(max = 200) @PlainText String label) {
}
