package io.divertwatch.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** The registers in force, asked together; every answer names the register it came from. Immutable. */
public final class RegisterSet {

    public static final RegisterSet EMPTY = new RegisterSet(List.of());

    private final List<Register> registers;

    public RegisterSet(List<Register> registers) {
        this.registers = List.copyOf(registers);
    }

    public List<Register> registers() {
        return registers;
    }

    /** The set with {@code register} added, or replacing the one of the same name. */
    public RegisterSet with(Register register) {
        List<Register> next = new ArrayList<>(registers);
        next.removeIf(r -> r.name().equals(register.name()));
        next.add(register);
        return new RegisterSet(next);
    }

    public List<RegisterEntry> byAddress(String icao24) {
        return all(r -> r.byAddress(icao24));
    }

    public List<RegisterEntry> byRegistration(String registration) {
        return all(r -> r.byRegistration(registration));
    }

    public List<RegisterEntry> bySerial(String serial) {
        return all(r -> r.bySerial(serial));
    }

    public List<RegisterEntry> matching(java.util.function.Predicate<RegisterEntry> test) {
        return all(r -> r.matching(test));
    }

    private List<RegisterEntry> all(Function<Register, List<RegisterEntry>> ask) {
        List<RegisterEntry> out = new ArrayList<>();
        for (Register r : registers) {
            out.addAll(ask.apply(r));
        }
        return out;
    }
}
