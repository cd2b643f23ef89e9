package io.divertwatch.watch;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.divertwatch.common.PlainText;
import io.divertwatch.common.RejectsUnknownFields;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * Body of {@code POST /api/v1/watches} and {@code PUT /api/v1/watches/{id}}. An aircraft is named by
 * any of {@code icao24}, {@code callsign}, {@code registration}, or {@code serialNumber} with
 * {@code typeCode} or {@code manufacturer}; a fleet by {@code typeCode} and/or {@code operator}.
 */
@RejectsUnknownFields
@JsonIgnoreProperties({ "id", "previousRegistrations", "list", "retiredAt", "airframe", "resolution", "createdAt",
        "updatedAt" })
public record WatchRequest(
        @Pattern(regexp = "[0-9a-fA-F]{6}", message = "must be 6 hex digits") String icao24,
        @Pattern(regexp = "[A-Za-z0-9]{1,8}", message = "must be 1 to 8 letters or digits") String callsign,
        @Size(max = 200) @PlainText String label,
        @Valid RouteRequest route,
        @DecimalMin(value = "5", message = "must be at least 5 km") @DecimalMax(value = "2000", message = "must be at most 2000 km") Double corridorKm,
        @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9 -]{0,18}[A-Za-z0-9]|[A-Za-z0-9]", message = "must be a registration such as RA-76592")
        String registration,
        @Pattern(regexp = "[A-Za-z0-9]{2,4}", message = "must be an ICAO type designator such as IL76") String typeCode,
        @Size(max = 200) @PlainText String operator,
        @Size(max = 40) @PlainText String serialNumber,
        @Size(max = 100) @PlainText String manufacturer) {

    /** A watch of an address or callsign with its route, as the demo and tests make them. */
    public WatchRequest(String icao24, String callsign, String label, RouteRequest route, Double corridorKm) {
        this(icao24, callsign, label, route, corridorKm, null, null, null, null, null);
    }

    @RejectsUnknownFields
    public record RouteRequest(
            @Size(max = 16) String origin,
            @Size(max = 16) String destination,
            @Size(max = 10, message = "at most 10 via points") List<@Size(max = 16) String> via) {
    }
}
