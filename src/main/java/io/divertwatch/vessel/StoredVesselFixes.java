package io.divertwatch.vessel;

import io.divertwatch.sea.VesselFix;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

/** The fixes of the vessels that matter, kept in the database: written in batches, read by any replica. */
@ApplicationScoped
public class StoredVesselFixes {

    /** One fix of one vessel, as stored. */
    public record StoredVesselFix(int mmsi, VesselFix fix) {
    }

    private final EntityManager db;

    StoredVesselFixes(EntityManager db) {
        this.db = db;
    }

    @Transactional
    public void save(List<StoredVesselFix> fixes) {
        if (fixes.isEmpty()) {
            return;
        }
        db.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO vessel_fix (mmsi, data_time, lat, "
                    + "lon, speed_kn, course_deg, source) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                for (StoredVesselFix s : fixes) {
                    VesselFix f = s.fix();
                    insert.setInt(1, s.mmsi());
                    insert.setLong(2, f.time());
                    insert.setDouble(3, f.lat());
                    insert.setDouble(4, f.lon());
                    setDouble(insert, 5, f.speedKn());
                    setDouble(insert, 6, f.courseDeg());
                    insert.setString(7, f.source());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }

    /** One vessel's fixes since {@code since} (data time), oldest first. */
    @Transactional
    public List<VesselFix> since(int mmsi, long since) {
        return query("SELECT mmsi, data_time, lat, lon, speed_kn, course_deg, source FROM vessel_fix WHERE mmsi = ? "
                + "AND data_time >= ? ORDER BY data_time", mmsi, since).stream().map(StoredVesselFix::fix).toList();
    }

    /** Every stored fix since {@code since} (data time), oldest first: to rebuild the tracks that matter. */
    @Transactional
    public List<StoredVesselFix> allSince(long since) {
        return query("SELECT mmsi, data_time, lat, lon, speed_kn, course_deg, source FROM vessel_fix "
                + "WHERE data_time >= ? AND mmsi >= ? ORDER BY data_time, mmsi", since, 0);
    }

    /**
     * The newest fix of each vessel seen since {@code since}, ordered by MMSI after {@code afterMmsi}, at
     * most {@code limit}: a page of the vessels that matter.
     */
    @Transactional
    public List<StoredVesselFix> latestSince(long since, int afterMmsi, int limit) {
        List<StoredVesselFix> out = new ArrayList<>();
        for (StoredVesselFix s : query("SELECT f.mmsi, f.data_time, f.lat, f.lon, f.speed_kn, f.course_deg, f.source "
                + "FROM vessel_fix f JOIN (SELECT mmsi, MAX(data_time) AS newest FROM vessel_fix WHERE data_time >= ? "
                + "AND mmsi > ? GROUP BY mmsi) n ON f.mmsi = n.mmsi AND f.data_time = n.newest ORDER BY f.mmsi", since,
                afterMmsi)) {
            if (out.isEmpty() || out.get(out.size() - 1).mmsi() != s.mmsi()) {
                out.add(s);
            }
            if (out.size() == limit) {
                break;
            }
        }
        return out;
    }

    private List<StoredVesselFix> query(String sql, long first, long second) {
        List<StoredVesselFix> out = new ArrayList<>();
        db.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                select.setLong(1, first);
                select.setLong(2, second);
                try (ResultSet r = select.executeQuery()) {
                    while (r.next()) {
                        out.add(new StoredVesselFix(r.getInt(1), new VesselFix(r.getLong(2), r.getDouble(3), r.getDouble(4),
                                nullable(r, 5), nullable(r, 6), r.getString(7))));
                    }
                }
            }
        });
        return out;
    }

    private static void setDouble(PreparedStatement s, int at, double value) throws java.sql.SQLException {
        if (Double.isNaN(value)) {
            s.setNull(at, Types.DOUBLE);
        } else {
            s.setDouble(at, value);
        }
    }

    private static double nullable(ResultSet r, int at) throws java.sql.SQLException {
        double v = r.getDouble(at);
        return r.wasNull() ? Double.NaN : v;
    }
}
