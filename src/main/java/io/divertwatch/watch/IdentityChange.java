package io.divertwatch.watch;

/**
 * A watched airframe that a register now gives another registration or address: the watch follows it,
 * and an {@code IDENTITY_CHANGED} alert says from what to what, and who said so.
 *
 * @param fromRegistration what the watch knew the airframe as (null when it knew no registration)
 * @param source           the register that gives the new identity
 * @param why              which of the watch's names led there ("serial number 1023409321 of IL76")
 */
public record IdentityChange(long watchId, String fromRegistration, String toRegistration, String fromIcao24,
        String toIcao24, String typeCode, String source, String why) {

    /** "EP-GOM is now EP-PUS, address 7342b3 (was unknown), per OpenSky aircraft database (serial number …)". */
    public String summary() {
        StringBuilder s = new StringBuilder();
        String from = fromRegistration != null ? fromRegistration : "the airframe";
        if (toRegistration != null && !toRegistration.equals(fromRegistration)) {
            s.append(typeCode == null ? "" : typeCode + " ").append(from).append(" is now ").append(toRegistration)
                    .append(", address ").append(toIcao24);
            s.append(fromIcao24 == null || fromIcao24.equals(toIcao24) ? "" : " (was " + fromIcao24 + ")");
        } else {
            s.append(typeCode == null ? "" : typeCode + " ").append(from).append(" now transmits as ").append(toIcao24)
                    .append(fromIcao24 == null ? "" : " (was " + fromIcao24 + ")");
        }
        return s.append(", per ").append(source).append(" (").append(why).append(")").toString();
    }
}
