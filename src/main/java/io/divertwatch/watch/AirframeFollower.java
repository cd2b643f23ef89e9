package io.divertwatch.watch;

import io.divertwatch.alert.AlertService;
import io.divertwatch.detect.AlertType;
import io.divertwatch.detect.Detection;
import io.divertwatch.detect.Severity;
import io.divertwatch.identity.Identifiers;
import io.divertwatch.identity.IdentitiesLearned;
import io.divertwatch.identity.IdentityResolver;
import io.divertwatch.identity.RegistersLoaded;
import io.divertwatch.identity.Resolution;
import io.divertwatch.identity.Resolution.Basis;
import io.divertwatch.identity.Resolution.Match;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Keeps each watch on its airframe. A tail number changes on re-registration, and a new registration
 * country brings a new address; the manufacturer's serial number with the type stays. When the
 * registers give a watched airframe another registration or address than the one the watch last knew,
 * the watch follows (it resolves to the new address) and the change is reported, with the register
 * that said so.
 */
@ApplicationScoped
public class AirframeFollower {

    private final WatchResolver resolver;
    private final AlertService alerts;
    private final Event<WatchesChanged> changed;
    /** Whether registers, feeds or watches changed since the airframes were last followed. */
    private volatile boolean stale = true;

    AirframeFollower(WatchResolver resolver, AlertService alerts, Event<WatchesChanged> changed) {
        this.resolver = resolver;
        this.alerts = alerts;
        this.changed = changed;
    }

    void registersLoaded(@Observes RegistersLoaded event) {
        stale = true;
    }

    void identitiesLearned(@Observes IdentitiesLearned event) {
        stale = true;
    }

    void watchesChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) WatchesChanged event) {
        stale = true;
    }

    /**
     * Follows the airframes when something changed, apart from the thread that changed it (a register
     * load, a poll), and raises an {@code IDENTITY_CHANGED} alert for each change.
     */
    @Scheduled(every = "${divertwatch.registers.follow-every:5s}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void followIfStale() {
        if (!stale) {
            return;
        }
        stale = false;
        try {
            // The watches' new identities and their alerts commit together: no change is lost.
            QuarkusTransaction.requiringNew().run(() -> {
                List<IdentityChange> changes = follow();
                if (!changes.isEmpty()) {
                    alerts.record(changes.stream().map(AirframeFollower::detection).toList());
                }
            });
        } catch (RuntimeException e) {
            stale = true;
            Log.errorf(e, "Following watched airframes failed; trying again shortly");
        }
    }

    /** The alert for a change: it has no position of its own, and the time is when the register said so. */
    static Detection detection(IdentityChange change) {
        String key = AlertType.IDENTITY_CHANGED + ":" + change.watchId() + ":" + change.toRegistration() + ":"
                + change.toIcao24();
        return new Detection(key, AlertType.IDENTITY_CHANGED, Severity.WARNING, Instant.now().getEpochSecond(),
                change.toIcao24(), null, change.watchId(), null, List.of(), null, null, null, change.summary(),
                List.of(), null, null, null);
    }

    /** Compares every active airframe watch with what the registers and feeds say now; returns what changed. */
    @Transactional
    public List<IdentityChange> follow() {
        List<IdentityChange> changes = new ArrayList<>();
        IdentityResolver now = null;
        boolean updated = false;
        for (Watch w : Watch.<Watch>list("retiredAt is null order by id")) {
            if (!WatchResolver.needsResolving(w) || !w.identity().namesAirframe()) {
                continue;
            }
            now = now != null ? now : resolver.now();
            Resolution resolution = resolver.resolve(now, w);
            if (learnAirframe(w, resolution)) {
                resolution = resolver.resolve(now, w);
                updated = true;
            }
            Optional<IdentityChange> change = follow(w, resolution, Instant.now());
            if (change.isPresent()) {
                changes.add(change.get());
                updated = true;
                Log.infof("Watch %d: %s", w.id, change.get().summary());
            }
        }
        if (updated) {
            changed.fire(new WatchesChanged());
        }
        return changes;
    }

    /**
     * Remembers the serial number and type a register gives the watched registration, when the watch
     * names none and the registers agree on one: from then on the watch finds the airframe under any
     * registration. Returns whether it learned something.
     */
    static boolean learnAirframe(Watch w, Resolution resolution) {
        if (w.serialNumber != null || w.resolvedSerial != null) {
            return false;
        }
        Set<String> airframes = new LinkedHashSet<>();
        Match known = null;
        for (Match m : resolution.by(Basis.REGISTRATION)) {
            if (m.serialNumber() != null && m.typeCode() != null) {
                airframes.add(Identifiers.key(m.serialNumber()) + "/" + Identifiers.key(m.typeCode()));
                known = m;
            }
        }
        if (airframes.size() != 1) {
            return false;
        }
        w.resolvedSerial = known.serialNumber();
        w.resolvedType = known.typeCode();
        return true;
    }

    /**
     * The change, if the airframe's registration or address is not the one the watch last knew; the
     * watch then knows the new ones. The first resolution only records them, unless it shows the airframe
     * under another registration than the one the watch names. Registers that disagree
     * change nothing while any of them still gives the known one, so answers never flip back and forth.
     */
    static Optional<IdentityChange> follow(Watch w, Resolution resolution, Instant now) {
        List<Match> airframe = airframeMatches(resolution);
        if (airframe.isEmpty()) {
            return Optional.empty();
        }
        String fromRegistration = w.resolvedRegistration != null ? w.resolvedRegistration : w.registration;
        // An address the watch names is the analyst's, not a register's: only one a register gave before
        // can change. A registration the watch names is the list's, and a register may show it changed.
        String fromAddress = w.resolvedIcao24;
        Match registered = airframe.stream().filter(m -> m.registration() != null).findFirst().orElse(null);
        boolean newRegistration = fromRegistration != null && registered != null
                && airframe.stream().noneMatch(m -> sameRegistration(m.registration(), fromRegistration));
        boolean newAddress = fromAddress != null && airframe.stream().noneMatch(m -> m.icao24().equals(fromAddress));
        boolean first = w.resolvedAt == null;
        Match to = newRegistration ? registered : airframe.stream()
                .filter(m -> fromAddress != null && m.icao24().equals(fromAddress)).findFirst()
                .orElse(registered != null ? registered : airframe.get(0));
        if (!first && !newRegistration && !newAddress) {
            return Optional.empty();
        }
        w.resolvedRegistration = to.registration() != null ? to.registration() : w.resolvedRegistration;
        w.resolvedIcao24 = to.icao24();
        w.resolvedAt = now;
        if (!newRegistration && !newAddress) {
            return Optional.empty();
        }
        return Optional.of(new IdentityChange(w.id, fromRegistration, to.registration(), fromAddress, to.icao24(),
                to.typeCode() != null ? to.typeCode() : w.typeCode, to.source(), to.why()));
    }

    /** The matches that name the airframe itself: by serial number above all, since it outlives registrations. */
    private static List<Match> airframeMatches(Resolution resolution) {
        for (Basis basis : new Basis[] { Basis.SERIAL_NUMBER, Basis.REGISTRATION, Basis.PREVIOUS_REGISTRATION }) {
            List<Match> matches = resolution.by(basis);
            if (!matches.isEmpty()) {
                return matches;
            }
        }
        return List.of();
    }

    private static boolean sameRegistration(String a, String b) {
        return a != null && Identifiers.key(a).equals(Identifiers.key(b));
    }
}
