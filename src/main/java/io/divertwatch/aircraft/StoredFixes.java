package io.divertwatch.aircraft;

import io.divertwatch.track.Fix;
import io.divertwatch.track.StateVector;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The fixes that matter, kept in the database: written in batches by the poller, read by any replica. */
@ApplicationScoped
public class StoredFixes {

    /**
     * One fix of one aircraft, as stored.
     *
     * @param receivedAt when this service received it (wall time); null for fixes stored before it was kept
     */
    public record StoredFix(String icao24, String callsign, Fix fix, Instant receivedAt) {
    }

    private final EntityManager db;

    StoredFixes(EntityManager db) {
        this.db = db;
    }

    @Transactional
    public void save(List<StoredFix> fixes) {
        if (fixes.isEmpty()) {
            return;
        }
        db.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO track_fix (icao24, callsign, "
                    + "data_time, lat, lon, altitude_m, on_ground, ground_speed_mps, track_deg, vertical_rate_mps, squawk, "
                    + "source, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (StoredFix s : fixes) {
                    Fix f = s.fix();
                    insert.setString(1, s.icao24());
                    insert.setString(2, s.callsign() == null ? null : s.callsign().trim());
                    insert.setLong(3, f.time());
                    insert.setDouble(4, f.lat());
                    insert.setDouble(5, f.lon());
                    setNumber(insert, 6, f.altitudeM());
                    if (f.onGround() == null) {
                        insert.setNull(7, Types.BOOLEAN);
                    } else {
                        insert.setBoolean(7, f.onGround());
                    }
                    setNumber(insert, 8, f.groundSpeedMps());
                    setNumber(insert, 9, f.trackDeg());
                    setNumber(insert, 10, f.verticalRateMps());
                    insert.setString(11, f.squawk());
                    insert.setString(12, f.source());
                    if (s.receivedAt() == null) {
                        insert.setNull(13, Types.BIGINT);
                    } else {
                        insert.setLong(13, s.receivedAt().toEpochMilli());
                    }
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }

    /** Fixes with data time at or after {@code since}, oldest first; of one aircraft, or of all when null. */
    @Transactional
    public List<StoredFix> since(long since, String icao24) {
        return between(since, Long.MAX_VALUE, icao24);
    }

    /** Fixes with data time from {@code from} to {@code to} inclusive, oldest first; of one aircraft, or all (null). */
    @Transactional
    public List<StoredFix> between(long from, long to, String icao24) {
        List<StoredFix> out = new ArrayList<>();
        db.unwrap(Session.class).doWork(connection -> {
            String sql = "SELECT icao24, callsign, data_time, lat, lon, altitude_m, on_ground, ground_speed_mps, "
                    + "track_deg, vertical_rate_mps, squawk, source, received_at FROM track_fix WHERE data_time >= ?"
                    + " AND data_time <= ?" + (icao24 == null ? "" : " AND icao24 = ?") + " ORDER BY data_time, id";
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                select.setLong(1, from);
                select.setLong(2, to);
                if (icao24 != null) {
                    select.setString(3, icao24);
                }
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        out.add(read(rows));
                    }
                }
            }
        });
        return out;
    }

    /** The newest stored fix of each aircraft seen at or after {@code since}. */
    @Transactional
    /**
     * The newest fix of each aircraft seen at or after {@code since}, by address after {@code after}
     * ("" for the first), at most {@code limit} aircraft.
     */
    public List<StoredFix> latestSince(long since, String after, int limit) {
        Map<String, StoredFix> latest = new LinkedHashMap<>();
        db.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT f.icao24, f.callsign, f.data_time, f.lat, "
                    + "f.lon, f.altitude_m, f.on_ground, f.ground_speed_mps, f.track_deg, f.vertical_rate_mps, f.squawk, "
                    + "f.source, f.received_at FROM track_fix f JOIN (SELECT icao24, MAX(data_time) AS newest FROM track_fix "
                    + "WHERE data_time >= ? AND icao24 > ? GROUP BY icao24) m ON f.icao24 = m.icao24 "
                    + "AND f.data_time = m.newest ORDER BY f.icao24 FETCH FIRST ? ROWS ONLY")) {
                select.setLong(1, since);
                select.setString(2, after);
                select.setInt(3, limit);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        StoredFix fix = read(rows);
                        latest.put(fix.icao24(), fix);
                    }
                }
            }
        });
        return List.copyOf(latest.values());
    }

    /** Deletes fixes older than {@code before} (data time); returns how many. */
    @Transactional
    public int purgeBefore(long before) {
        return db.createNativeQuery("DELETE FROM track_fix WHERE data_time < ?1").setParameter(1, before).executeUpdate();
    }

    /** A stored fix as the state vector a feed would have delivered, for replaying it into an engine. */
    public static StateVector asState(StoredFix s) {
        Fix f = s.fix();
        return new StateVector(s.icao24(), s.callsign(), null, f.time(), f.time(), f.lat(), f.lon(), f.altitudeM(),
                f.onGround(), f.groundSpeedMps(), f.trackDeg(), f.verticalRateMps(), Double.NaN, f.squawk(), f.source());
    }

    /** One row of the thirteen stored columns, in table order. */
    private static StoredFix read(ResultSet rows) throws java.sql.SQLException {
        Boolean onGround = rows.getBoolean(7);
        if (rows.wasNull()) {
            onGround = null;
        }
        return new StoredFix(rows.getString(1), rows.getString(2), new Fix(rows.getLong(3), rows.getDouble(4),
                rows.getDouble(5), number(rows, 6), onGround, number(rows, 8), number(rows, 9), number(rows, 10),
                rows.getString(11), rows.getString(12)), receivedAt(rows.getLong(13), rows.wasNull()));
    }

    private static Instant receivedAt(long millis, boolean none) {
        return none ? null : Instant.ofEpochMilli(millis);
    }

    private static void setNumber(PreparedStatement statement, int index, double value) throws java.sql.SQLException {
        if (Double.isNaN(value)) {
            statement.setNull(index, Types.DOUBLE);
        } else {
            statement.setDouble(index, value);
        }
    }

    private static double number(ResultSet rows, int index) throws java.sql.SQLException {
        double value = rows.getDouble(index);
        return rows.wasNull() ? Double.NaN : value;
    }
}
