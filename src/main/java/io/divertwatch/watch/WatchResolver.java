package io.divertwatch.watch;

import io.divertwatch.identity.AircraftIdentity;
import io.divertwatch.identity.Identifiers;
import io.divertwatch.identity.IdentityResolver;
import io.divertwatch.identity.LiveIdentities;
import io.divertwatch.identity.Registers;
import io.divertwatch.identity.Resolution;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Resolves watches by identity through the registers and what the feeds said, and tells the feeds'
 * listener which registrations and types watches name, so that news of them is acted on at once.
 */
@ApplicationScoped
public class WatchResolver {

    private final Registers registers;
    private final LiveIdentities live;

    WatchResolver(Registers registers, LiveIdentities live) {
        this.registers = registers;
        this.live = live;
    }

    /** A resolver over what the registers and the feeds say now. */
    public IdentityResolver now() {
        return new IdentityResolver(registers.current().with(live.asRegister()));
    }

    /** Whether resolving can add to what the watch names outright: it names more than an address or callsign. */
    static boolean needsResolving(Watch w) {
        AircraftIdentity id = w.identity();
        return id.registration() != null || !id.previousRegistrations().isEmpty() || id.serialNumber() != null
                || id.typeCode() != null || id.operator() != null;
    }

    /** Records which registrations and types the active watches name, for the feeds' listener. */
    void watchFor(List<Watch> active) {
        Set<String> registrations = new HashSet<>();
        Set<String> types = new HashSet<>();
        for (Watch w : active) {
            if (w.registration != null) {
                registrations.add(Identifiers.key(w.registration));
            }
            w.previousRegistrations.forEach(r -> registrations.add(Identifiers.key(r)));
            if (w.typeCode != null && w.serialNumber == null) {
                types.add(Identifiers.key(w.typeCode));
            }
        }
        live.watchFor(registrations, types);
    }

    Resolution resolve(IdentityResolver resolver, Watch w) {
        return resolver.resolve(w.identity());
    }
}
