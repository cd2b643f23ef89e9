package io.divertwatch.identity;

import io.divertwatch.common.Text;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import org.jboss.logging.Logger;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the feeds themselves say of aircraft: ADS-B Exchange v2 APIs and local receivers send the
 * registration ({@code r}) and type ({@code t}) they know with each position. Kept per address, in
 * memory, for the last day; offered to resolution as one more register ("live feeds"). When a feed
 * and a register disagree on an address's registration, that is counted, and logged (at INFO when a
 * watch names either registration).
 */
@ApplicationScoped
public class LiveIdentities {

    /** A day of aircraft seen, and no more than this many: a global feed sees tens of thousands. */
    private static final int MAX_AIRCRAFT = 200_000;
    private static final long KEEP_SECONDS = 24 * 3600;
    public static final String REGISTER_NAME = "live feeds";

    private record Seen(String registration, String typeCode, String feed, long time) {
    }

    private final Map<String, Seen> byAddress = new ConcurrentHashMap<>();
    private final Registers registers;
    private final Event<IdentitiesLearned> learned;
    private final Counter disagreements;
    /** What the feeds said, as a register, rebuilt at most this often unless news of a watched aircraft came. */
    private static final long REBUILD_NANOS = 10_000_000_000L;
    private volatile Register built = Register.builder(REGISTER_NAME).build();
    private volatile long builtAt = System.nanoTime() - REBUILD_NANOS;
    private volatile boolean changedSinceBuilt;
    private volatile boolean newsSinceBuilt;
    private static final long FLEET_NEWS_NANOS = 30_000_000_000L;
    private volatile boolean fleetNewsPending;
    private volatile long fleetNewsAt = System.nanoTime() - FLEET_NEWS_NANOS;
    /** When aircraft older than a day were last forgotten (data time), when the map was full. */
    private volatile long forgottenAt;
    /** The registrations (as keys) and types that watches name: only news of those matters at once. */
    private volatile Set<String> wantedRegistrations = Set.of();
    private volatile Set<String> wantedTypes = Set.of();

    LiveIdentities(Registers registers, Event<IdentitiesLearned> learned, MeterRegistry meters) {
        this.registers = registers;
        this.learned = learned;
        this.disagreements = Counter.builder("divertwatch.identity.disagreements")
                .description("Registrations a feed reported that a register gives otherwise").register(meters);
    }

    /** The registrations and types watches name now, so that a feed reporting one is acted on at once. */
    public void watchFor(Set<String> registrationKeys, Set<String> typeCodes) {
        this.wantedRegistrations = Set.copyOf(registrationKeys);
        this.wantedTypes = Set.copyOf(typeCodes);
    }

    /**
     * Records what a feed reported with a position. Returns whether it announced news a watch may
     * resolve by (a registration or type a watch names, on an address not known with it before).
     */
    public boolean seen(String icao24, String registration, String typeCode, String feed, long time) {
        String reg = plain(registration);
        String type = plain(typeCode);
        if (icao24 == null || reg == null && type == null) {
            return false;
        }
        Seen before = byAddress.get(icao24);
        if (before != null && time - before.time < 600 && Objects.equals(before.registration, reg)
                && Objects.equals(before.typeCode, type)) {
            return announceFleetNews(false);
        }
        if (byAddress.size() >= MAX_AIRCRAFT && before == null) {
            if (time - forgottenAt >= 3600) {
                forgottenAt = time;
                byAddress.values().removeIf(seen -> seen.time < time - KEEP_SECONDS);
            }
            if (byAddress.size() >= MAX_AIRCRAFT) {
                return false;
            }
        }
        byAddress.put(icao24, new Seen(reg, type, feed, time));
        changedSinceBuilt = true;
        boolean changed = before == null || !Objects.equals(before.registration, reg)
                || !Objects.equals(before.typeCode, type);
        if (changed && reg != null) {
            checkAgainstRegisters(icao24, reg, feed);
        }
        if (changed && reg != null && wantedRegistrations.contains(Identifiers.key(reg))) {
            announce();
            return true;
        }
        return announceFleetNews(changed && type != null && wantedTypes.contains(Identifiers.key(type)));
    }

    /**
     * A type a fleet watch names, seen on a new address: a global feed sees such news every poll, and
     * each makes every watch resolve again, so it is announced at most every half minute (a fleet's
     * aircraft are found by coverage anyway). Returns whether it announced.
     */
    private boolean announceFleetNews(boolean news) {
        fleetNewsPending |= news;
        long now = System.nanoTime();
        if (!fleetNewsPending || now - fleetNewsAt < FLEET_NEWS_NANOS) {
            return false;
        }
        fleetNewsPending = false;
        fleetNewsAt = now;
        announce();
        return true;
    }

    private void announce() {
        newsSinceBuilt = true;
        learned.fire(new IdentitiesLearned());
    }

    /**
     * What the feeds said, as a register asked after the configured ones. A global feed reports new
     * aircraft every poll, so it is rebuilt every few seconds at most; at once after news of a watched one.
     */
    public synchronized Register asRegister() {
        if (newsSinceBuilt || changedSinceBuilt && System.nanoTime() - builtAt >= REBUILD_NANOS) {
            newsSinceBuilt = false;
            changedSinceBuilt = false;
            builtAt = System.nanoTime();
            Register.Builder register = Register.builder(REGISTER_NAME);
            byAddress.forEach((icao24, seen) -> register.add(icao24, seen.registration, seen.typeCode, null, null,
                    null, null, null));
            built = register.build();
        }
        return built;
    }

    /** What the feeds said of one address, as a register of at most one row. */
    public Register asRegisterOf(String icao24) {
        Register.Builder register = Register.builder(REGISTER_NAME);
        Seen seen = icao24 == null ? null : byAddress.get(icao24);
        if (seen != null) {
            register.add(icao24, seen.registration, seen.typeCode, null, null, null, null, null);
        }
        return register.build();
    }

    private void checkAgainstRegisters(String icao24, String registration, String feed) {
        for (RegisterEntry entry : registers.current().byAddress(icao24)) {
            if (entry.registration() != null
                    && !Identifiers.key(entry.registration()).equals(Identifiers.key(registration))) {
                disagreements.increment();
                // Registers and feeds disagree on many aircraft of a global feed: a watched one is news.
                boolean watched = wantedRegistrations.contains(Identifiers.key(registration))
                        || wantedRegistrations.contains(Identifiers.key(entry.registration()));
                Log.logf(watched ? Logger.Level.INFO : Logger.Level.DEBUG, "Identity: feed %s reports %s as %s; %s says %s",
                        feed, icao24, Text.forLog(registration), entry.register(), Text.forLog(entry.registration()));
            }
        }
    }

    /** A feed's value if it is plain text of sensible length; feeds are strangers too. */
    private static String plain(String value) {
        if (value == null) {
            return null;
        }
        String v = value.trim();
        return v.isEmpty() || v.length() > 20 || !Text.isPlain(v) ? null : v;
    }
}
