package io.divertwatch.alert;

import java.util.ArrayList;
import java.util.List;

/**
 * Who an alert is about beyond its address: what the registers (or the feeds) say of the aircraft,
 * and the watchlist entry behind its watch. Any part may be null.
 *
 * @param identitySource the register that named the aircraft ("Plane-Alert", "live feeds")
 * @param listEntry      the list entry the alert's watch came from
 */
public record AlertSubject(String registration, String typeCode, String operator, String identitySource,
        ListEntry listEntry) {

    public static final AlertSubject UNKNOWN = new AlertSubject(null, null, null, null, null);

    /** An entry of a watchlist: "OFAC SDN, RUSSIA-EO14024, linked to JSC 224th Flight Unit". */
    public record ListEntry(String list, String entityId, String program, String linkedTo) {

        /** The entry as a sentence says it. */
        public String describe() {
            List<String> parts = new ArrayList<>(3);
            parts.add(list + (entityId == null ? "" : " entry " + entityId));
            if (program != null) {
                parts.add(program);
            }
            if (linkedTo != null) {
                parts.add("linked to " + linkedTo);
            }
            return String.join(", ", parts);
        }
    }

    /** "RA-76592 (IL76, Russian Air Force)", or null when nothing is known. */
    public String describeAircraft() {
        List<String> about = new ArrayList<>(2);
        if (typeCode != null) {
            about.add(typeCode);
        }
        if (operator != null) {
            about.add(operator);
        }
        if (registration == null) {
            return about.isEmpty() ? null : String.join(", ", about);
        }
        return registration + (about.isEmpty() ? "" : " (" + String.join(", ", about) + ")");
    }
}
