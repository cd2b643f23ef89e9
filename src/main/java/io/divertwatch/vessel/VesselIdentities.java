package io.divertwatch.vessel;

import io.divertwatch.sea.VesselStatics;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What vessels say of themselves (AIS types 5, 19, 24; a track file's columns), by MMSI: what resolves
 * a watch by IMO number, name or call sign to the MMSIs it applies to. Kept in memory, written to the
 * database every few seconds (every replica resolves watches alike, and a restart keeps them).
 * When a vessel transmits an IMO number, name or call sign a watch names, that is announced at once.
 */
@ApplicationScoped
public class VesselIdentities {

    private final EntityManager db;
    private final Event<VesselIdentitiesLearned> learned;
    private final Map<Integer, VesselStatics> byMmsi = new ConcurrentHashMap<>();
    private final Map<Integer, VesselStatics> unsaved = new ConcurrentHashMap<>();
    private volatile Set<Integer> wantedImos = Set.of();
    private volatile Set<String> wantedNames = Set.of();
    private volatile Set<String> wantedCallSigns = Set.of();

    VesselIdentities(EntityManager db, Event<VesselIdentitiesLearned> learned) {
        this.db = db;
        this.learned = learned;
    }

    void load(@Observes StartupEvent start) {
        QuarkusTransaction.requiringNew().run(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = db.createNativeQuery("SELECT mmsi, imo, name, call_sign, ship_type, length_m, beam_m, "
                    + "draught_m, destination, eta FROM vessel_identity").getResultList();
            for (Object[] r : rows) {
                byMmsi.put(((Number) r[0]).intValue(), new VesselStatics(number(r[1]), (String) r[2], (String) r[3],
                        number(r[4]), number(r[5]), number(r[6]), r[7] == null ? Double.NaN : ((Number) r[7]).doubleValue(),
                        (String) r[8], (String) r[9]));
            }
        });
        if (!byMmsi.isEmpty()) {
            Log.infof("Vessel identities: %d vessels known from earlier runs", byMmsi.size());
        }
    }

    /** What a vessel said of itself, as it changed (called by the live engine). */
    public void learned(int mmsi, VesselStatics statics) {
        VesselStatics before = byMmsi.put(mmsi, statics);
        unsaved.put(mmsi, statics);
        boolean news = statics.imo() > 0 && wantedImos.contains(statics.imo())
                && (before == null || before.imo() != statics.imo())
                || statics.name() != null && wantedNames.contains(key(statics.name()))
                        && (before == null || !key(statics.name()).equals(key(before.name())))
                || statics.callSign() != null && wantedCallSigns.contains(key(statics.callSign()))
                        && (before == null || !key(statics.callSign()).equals(key(before.callSign())));
        if (news) {
            learned.fire(new VesselIdentitiesLearned());
        }
    }

    public VesselStatics of(int mmsi) {
        return byMmsi.getOrDefault(mmsi, VesselStatics.NONE);
    }

    /** The IMO numbers, names and call sign keys that watches name: news of those is acted on at once. */
    void watchFor(Set<Integer> imos, Set<String> names, Set<String> callSigns) {
        wantedImos = Set.copyOf(imos);
        wantedNames = Set.copyOf(names);
        wantedCallSigns = Set.copyOf(callSigns);
    }

    /** The MMSIs whose vessels transmitted this IMO number, name or call sign, with which of them matched. */
    Map<Integer, String> matching(Integer imo, String name, String callSign) {
        Map<Integer, String> out = new HashMap<>();
        String nameKey = name == null ? null : key(name);
        String callKey = callSign == null ? null : key(callSign);
        byMmsi.forEach((mmsi, s) -> {
            if (imo != null && s.imo() == imo) {
                out.put(mmsi, "IMO " + imo);
            } else if (callKey != null && s.callSign() != null && callKey.equals(key(s.callSign()))) {
                out.put(mmsi, "call sign " + callSign);
            } else if (nameKey != null && s.name() != null && nameKey.equals(key(s.name()))) {
                out.put(mmsi, "name " + name);
            }
        });
        return out;
    }

    /** Writes what changed since the last time. */
    @Scheduled(every = "10s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void save() {
        if (unsaved.isEmpty()) {
            return;
        }
        Map<Integer, VesselStatics> batch = new HashMap<>(unsaved);
        batch.forEach(unsaved::remove);
        Timestamp now = Timestamp.from(Instant.now());
        try {
            QuarkusTransaction.requiringNew().run(() -> db.unwrap(Session.class).doWork(connection -> {
                try (PreparedStatement update = connection.prepareStatement("UPDATE vessel_identity SET imo = ?, "
                        + "name = ?, call_sign = ?, ship_type = ?, length_m = ?, beam_m = ?, draught_m = ?, "
                        + "destination = ?, eta = ?, updated_at = ? WHERE mmsi = ?");
                        PreparedStatement insert = connection.prepareStatement("INSERT INTO vessel_identity (imo, name, "
                                + "call_sign, ship_type, length_m, beam_m, draught_m, destination, eta, updated_at, mmsi) "
                                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                    for (Map.Entry<Integer, VesselStatics> e : batch.entrySet()) {
                        bind(update, e.getKey(), e.getValue(), now);
                        if (update.executeUpdate() == 0) {
                            bind(insert, e.getKey(), e.getValue(), now);
                            insert.executeUpdate();
                        }
                    }
                }
            }));
        } catch (RuntimeException e) {
            batch.forEach(unsaved::putIfAbsent);
            Log.warnf("Vessel identities: could not save %d, trying again: %s", batch.size(), e.toString());
        }
    }

    private static void bind(PreparedStatement s, int mmsi, VesselStatics v, Timestamp now) throws SQLException {
        positive(s, 1, v.imo());
        s.setString(2, cut(v.name(), 40));
        s.setString(3, cut(v.callSign(), 20));
        positive(s, 4, v.shipType());
        positive(s, 5, v.lengthM());
        positive(s, 6, v.beamM());
        if (Double.isNaN(v.draughtM())) {
            s.setNull(7, Types.DOUBLE);
        } else {
            s.setDouble(7, v.draughtM());
        }
        s.setString(8, cut(v.destination(), 40));
        s.setString(9, cut(v.eta(), 20));
        s.setTimestamp(10, now);
        s.setInt(11, mmsi);
    }

    private static void positive(PreparedStatement s, int at, int value) throws SQLException {
        if (value > 0) {
            s.setInt(at, value);
        } else {
            s.setNull(at, Types.INTEGER);
        }
    }

    private static int number(Object value) {
        return value == null ? 0 : ((Number) value).intValue();
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    /** Letters and digits, upper case: "LADY R" is "lady-r". */
    static String key(String value) {
        return value == null ? "" : value.toUpperCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    /** The keys of a set of names. */
    static Set<String> keys(Iterable<String> values) {
        Set<String> out = new LinkedHashSet<>();
        values.forEach(v -> out.add(key(v)));
        return out;
    }
}
