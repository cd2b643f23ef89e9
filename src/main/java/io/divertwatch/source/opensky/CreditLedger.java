package io.divertwatch.source.opensky;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.List;

/**
 * The credits each OpenSky poll cost, in the database: shared by every replica, so that whichever
 * polls next paces from what was really spent (docs/feeds.md). Rows older than two days go.
 */
@ApplicationScoped
public class CreditLedger {

    private static final long KEEP_SECONDS = 2 * 86_400;
    private static final long PURGE_EVERY_SECONDS = 3600;

    private final EntityManager db;
    private long lastPurge = Long.MIN_VALUE;

    CreditLedger(EntityManager db) {
        this.db = db;
    }

    @Transactional
    public void record(String source, long time, int cost) {
        db.createNativeQuery("INSERT INTO credit_spend (source, spent_at, cost) VALUES (?1, ?2, ?3)")
                .setParameter(1, source).setParameter(2, time).setParameter(3, cost).executeUpdate();
        if (lastPurge == Long.MIN_VALUE || time - lastPurge >= PURGE_EVERY_SECONDS) {
            lastPurge = time;
            db.createNativeQuery("DELETE FROM credit_spend WHERE source = ?1 AND spent_at < ?2")
                    .setParameter(1, source).setParameter(2, time - KEEP_SECONDS).executeUpdate();
        }
    }

    /** The spends of {@code source} at or after {@code since}, oldest first. */
    @Transactional
    public List<CreditPlanner.Spend> since(String source, long since) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = db.createNativeQuery("SELECT spent_at, cost FROM credit_spend WHERE source = ?1 "
                + "AND spent_at >= ?2 ORDER BY spent_at").setParameter(1, source).setParameter(2, since).getResultList();
        return rows.stream().map(r -> new CreditPlanner.Spend(((Number) r[0]).longValue(), ((Number) r[1]).intValue()))
                .toList();
    }
}
