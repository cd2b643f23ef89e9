package io.divertwatch.identity;

import io.divertwatch.identity.Resolution.Basis;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Resolves what a watch names to the addresses it matches, through the registers and what the feeds
 * themselves said. Plain and immutable over one set of registers: made anew when they change.
 */
public final class IdentityResolver {

    private final RegisterSet registers;

    public IdentityResolver(RegisterSet registers) {
        this.registers = registers;
    }

    public Resolution resolve(AircraftIdentity id) {
        List<Resolution.Match> matches = new ArrayList<>();
        if (AircraftIdentity.present(id.icao24())) {
            matches.add(new Resolution.Match(id.icao24(), id.registration(), id.typeCode(), id.operator(),
                    id.serialNumber(), Basis.ADDRESS, "the watch", "address " + id.icao24()));
        }
        if (id.namesAirframe()) {
            if (AircraftIdentity.present(id.registration())) {
                registers.byRegistration(id.registration())
                        .forEach(e -> matches.add(match(e, Basis.REGISTRATION, "registration " + id.registration())));
            }
            for (String previous : id.previousRegistrations()) {
                registers.byRegistration(previous).forEach(e -> matches.add(match(e, Basis.PREVIOUS_REGISTRATION,
                        "previous registration " + previous)));
            }
            if (AircraftIdentity.present(id.serialNumber())) {
                String why = "serial number " + id.serialNumber() + " of "
                        + Objects.requireNonNullElse(id.typeCode(), id.manufacturer());
                registers.bySerial(id.serialNumber()).stream().filter(e -> sameType(id, e))
                        .forEach(e -> matches.add(match(e, Basis.SERIAL_NUMBER, why)));
            }
        } else if (!id.isEmpty()) {
            String why = fleetWhy(id);
            registers.matching(e -> fleet(id, e)).forEach(e -> matches.add(match(e, Basis.FLEET, why)));
        }
        return new Resolution(List.copyOf(matches), matches.isEmpty() ? unresolved(id) : null);
    }

    /** The same airframe type: by designator or model name, or by manufacturer when no type is named. */
    private static boolean sameType(AircraftIdentity id, RegisterEntry e) {
        if (AircraftIdentity.present(id.typeCode())) {
            return Identifiers.typeMatches(id.typeCode(), e.typeCode())
                    || Identifiers.typeMatches(id.typeCode(), e.typeName())
                    || Identifiers.typeMatches(e.typeName(), id.typeCode());
        }
        String maker = Identifiers.key(id.manufacturer());
        return !maker.isEmpty() && (Identifiers.key(e.manufacturer()).contains(maker)
                || Identifiers.key(e.typeName()).contains(maker));
    }

    private static boolean fleet(AircraftIdentity id, RegisterEntry e) {
        boolean type = !AircraftIdentity.present(id.typeCode())
                || Identifiers.key(id.typeCode()).equals(Identifiers.key(e.typeCode()));
        return type && (!AircraftIdentity.present(id.operator())
                || Identifiers.operatorMatches(id.operator(), e.operator(), e.operatorIcao()));
    }

    private static String fleetWhy(AircraftIdentity id) {
        List<String> parts = new ArrayList<>(2);
        if (AircraftIdentity.present(id.typeCode())) {
            parts.add("type " + id.typeCode());
        }
        if (AircraftIdentity.present(id.operator())) {
            parts.add("operator " + id.operator());
        }
        return String.join(", ", parts);
    }

    private static Resolution.Match match(RegisterEntry e, Basis basis, String why) {
        return new Resolution.Match(e.icao24(), e.registration(), e.typeCode(), e.operator(), e.serialNumber(), basis,
                e.register(), why);
    }

    private String unresolved(AircraftIdentity id) {
        if (registers.registers().stream().allMatch(r -> r.name().equals(LiveIdentities.REGISTER_NAME))) {
            return "no aircraft register is loaded yet (divertwatch.registers.sources), and no feed has reported it";
        }
        String asked = registers.registers().stream().map(Register::name).collect(Collectors.joining(", "));
        if (id.namesAirframe()) {
            List<String> names = new ArrayList<>();
            if (AircraftIdentity.present(id.registration())) {
                names.add("registration " + id.registration());
            }
            id.previousRegistrations().forEach(p -> names.add("previous registration " + p));
            if (AircraftIdentity.present(id.serialNumber())) {
                names.add("serial number " + id.serialNumber());
            }
            return "no register or feed knows " + String.join(" or ", names) + " (asked: " + asked + ")";
        }
        return "no aircraft of " + fleetWhy(id) + " in the registers or feeds (asked: " + asked + ")";
    }
}
