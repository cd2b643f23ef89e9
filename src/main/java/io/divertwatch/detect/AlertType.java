package io.divertwatch.detect;

/** The alert types of the public contract (DESIGN §5). */
public enum AlertType {
    ROUTE_DEVIATION,
    DIVERSION_SUSPECTED,
    DIVERTED,
    WATCHED_AIRPORT_APPROACH,
    WATCHED_AIRPORT_LANDING,
    GEOFENCE_ENTRY,
    SIGNAL_LOST,
    POSSIBLE_UNDECLARED_STOP,
    EMERGENCY_SQUAWK
}
