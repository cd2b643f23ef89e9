package io.divertwatch.identity;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The addresses an identity resolves to, each with what said so; or, when there are none yet, why.
 *
 * @param unresolved why nothing matched (null when something did)
 */
public record Resolution(List<Match> matches, String unresolved) {

    /** Which of an identity's names a match came by. */
    public enum Basis {
        ADDRESS, REGISTRATION, PREVIOUS_REGISTRATION, SERIAL_NUMBER, FLEET;

        /** Whether it names one airframe (rather than a fleet's member). */
        public boolean airframe() {
            return this != FLEET;
        }
    }

    /**
     * One address an identity resolved to, with what the register says of it.
     *
     * @param source the register (or live feed) that said so, or "the watch" for an address it names
     * @param why    which of the identity's names matched ("registration RA-76592")
     */
    public record Match(String icao24, String registration, String typeCode, String operator, String serialNumber,
            Basis basis, String source, String why) {
    }

    public Set<String> addresses() {
        Set<String> out = new LinkedHashSet<>();
        matches.forEach(m -> out.add(m.icao24()));
        return out;
    }

    /** The matches that came by one basis, in the order found. */
    public List<Match> by(Basis basis) {
        return matches.stream().filter(m -> m.basis() == basis).toList();
    }
}
