package io.divertwatch.vessel;

import io.divertwatch.alert.AlertSubject;
import io.divertwatch.alert.VesselSubjects;
import io.divertwatch.sea.VesselStatics;
import io.divertwatch.watch.Watchlist;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;

/** Who a maritime alert is about: what the vessel transmitted, else what its watch names; and its list entry. */
@ApplicationScoped
public class VesselWatchSubjects implements VesselSubjects {

    private final VesselIdentities identities;

    VesselWatchSubjects(VesselIdentities identities) {
        this.identities = identities;
    }

    @Override
    public VesselSubject describe(int mmsi, Long vesselWatchId) {
        VesselStatics said = identities.of(mmsi);
        record Watched(VesselWatch watch, String listName) {
        }
        Watched watched = vesselWatchId == null ? null : QuarkusTransaction.joiningExisting().call(() -> {
            VesselWatch w = VesselWatch.findById(vesselWatchId);
            Watchlist list = w == null || w.watchlistId == null ? null : Watchlist.findById(w.watchlistId);
            return new Watched(w, list == null ? null : list.name);
        });
        VesselWatch w = watched == null ? null : watched.watch();
        Integer imo = said.imo() > 0 ? Integer.valueOf(said.imo()) : w == null ? null : w.imo;
        String name = said.name() != null ? said.name() : w == null ? null : w.name;
        AlertSubject.ListEntry entry = w == null || w.watchlistId == null ? null
                : new AlertSubject.ListEntry(watched.listName(), w.entityId, w.program, w.linkedTo);
        return new VesselSubject(imo, name, entry);
    }
}
