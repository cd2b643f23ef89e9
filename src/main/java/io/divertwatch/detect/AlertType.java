package io.divertwatch.detect;

import java.util.Locale;

/** The alert types of the public contract (docs/contract.md), aircraft and maritime. */
public enum AlertType {
    ROUTE_DEVIATION,
    DIVERSION_SUSPECTED,
    DIVERTED,
    WATCHED_AIRPORT_APPROACH,
    WATCHED_AIRPORT_LANDING,
    GEOFENCE_ENTRY,
    SIGNAL_LOST,
    POSSIBLE_UNDECLARED_STOP,
    EMERGENCY_SQUAWK,
    /** Not a rule's: a watched airframe's register entry now gives another registration or address. */
    IDENTITY_CHANGED,
    /** A vessel arrived at or left a port (docs/maritime.md). */
    PORT_CALL,
    /** A vessel that matters fell silent. */
    AIS_GAP,
    /** A vessel reappeared after a silence long enough for a call at a watched port within reach. */
    POSSIBLE_UNDECLARED_PORT_CALL,
    /** Two vessels lay side by side, slow, at sea, for hours: a possible ship-to-ship transfer. */
    ENCOUNTER,
    /** A watched vessel slow for hours at sea. */
    LOITERING,
    /** A vessel's declared destination changed at sea. */
    DESTINATION_CHANGED,
    /** A vessel has not headed for its declared destination for hours. */
    DESTINATION_MISMATCH,
    /** A vessel reported a position no hull could have reached: refused, and reported. */
    POSITION_IMPLAUSIBLE;

    /** The type named, case and blanks around it ignored; null for none. */
    public static AlertType parse(String name) {
        if (name == null) {
            return null;
        }
        String upper = name.trim().toUpperCase(Locale.ROOT);
        for (AlertType type : values()) {
            if (type.name().equals(upper)) {
                return type;
            }
        }
        return null;
    }
}
