package io.divertwatch.identity;

import java.util.List;

/**
 * What an analyst names an aircraft, or a fleet, by. An airframe is named by its address, its
 * registration (and the ones it had before) or its manufacturer's serial number with its type or
 * manufacturer, since a serial number alone is not unique; any of them identifies it. A fleet is named
 * by a type designator, an operator, or both (then both must hold).
 */
public record AircraftIdentity(String icao24, String registration, List<String> previousRegistrations,
        String typeCode, String operator, String serialNumber, String manufacturer) {

    public AircraftIdentity {
        previousRegistrations = previousRegistrations == null ? List.of() : List.copyOf(previousRegistrations);
    }

    public static AircraftIdentity ofAddress(String icao24) {
        return new AircraftIdentity(icao24, null, List.of(), null, null, null, null);
    }

    /** Whether it names one airframe (by address, registration or serial number) rather than a fleet. */
    public boolean namesAirframe() {
        return present(icao24) || present(registration) || !previousRegistrations.isEmpty() || present(serialNumber);
    }

    /** Whether it names anything a register can resolve. */
    public boolean isEmpty() {
        return !namesAirframe() && !present(typeCode) && !present(operator);
    }

    static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
