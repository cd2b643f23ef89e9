package io.divertwatch.watch;

import io.divertwatch.alert.AlertSubject;
import io.divertwatch.alert.AlertSubjects;
import io.divertwatch.identity.LiveIdentities;
import io.divertwatch.identity.RegisterEntry;
import io.divertwatch.identity.Registers;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;

/**
 * Who an alert is about: the registers' (or the feeds') registration, type and operator for its
 * address, else what its watch names; and the watchlist entry its watch came from.
 */
@ApplicationScoped
public class WatchSubjects implements AlertSubjects {

    private final Registers registers;
    private final LiveIdentities live;

    WatchSubjects(Registers registers, LiveIdentities live) {
        this.registers = registers;
        this.live = live;
    }

    @Override
    public AlertSubject describe(String icao24, Long watchId) {
        List<RegisterEntry> known = new ArrayList<>(registers.current().byAddress(icao24));
        known.addAll(live.asRegisterOf(icao24).byAddress(icao24));
        record Watched(Watch watch, String listName) {
        }
        Watched watched = watchId == null ? null : QuarkusTransaction.joiningExisting().call(() -> {
            Watch w = Watch.findById(watchId);
            Watchlist list = w == null || w.watchlistId == null ? null : Watchlist.findById(w.watchlistId);
            return new Watched(w, list == null ? null : list.name);
        });
        Watch watch = watched == null ? null : watched.watch();
        String registration = first(known, RegisterEntry::registration);
        String source = known.stream().filter(e -> e.registration() != null).map(RegisterEntry::register).findFirst()
                .orElse(null);
        String type = first(known, RegisterEntry::typeCode);
        String operator = first(known, RegisterEntry::operator);
        if (watch != null) {
            // What the watch names stands in for what no register knows.
            String named = watch.resolvedRegistration != null ? watch.resolvedRegistration : watch.registration;
            if (registration == null && named != null) {
                registration = named;
                source = watch.resolvedRegistration != null ? "the watch's airframe"
                        : watch.watchlistId != null ? "watchlist" : "the watch";
            }
            type = type != null ? type : watch.typeCode;
            operator = operator != null ? operator : watch.operator;
        }
        AlertSubject.ListEntry entry = watch == null || watch.watchlistId == null ? null
                : new AlertSubject.ListEntry(watched.listName(), watch.entityId, watch.program, watch.linkedTo);
        return new AlertSubject(registration, type, operator, source, entry);
    }

    private static String first(List<RegisterEntry> entries, java.util.function.Function<RegisterEntry, String> field) {
        return entries.stream().map(field).filter(v -> v != null).findFirst().orElse(null);
    }
}
