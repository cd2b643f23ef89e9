package io.divertwatch.retention;

import io.divertwatch.aircraft.StoredFixes;
import io.divertwatch.poll.PollerLease;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Deletes stored data past its retention, hourly, on the poller replica only (the others would
 * merely repeat the same deletes).
 */
@ApplicationScoped
public class RetentionJob {

    private final RetentionConfig config;
    private final StoredFixes fixes;
    private final PollerLease lease;
    private final EntityManager db;

    RetentionJob(RetentionConfig config, StoredFixes fixes, PollerLease lease, EntityManager db) {
        this.config = config;
        this.fixes = fixes;
        this.lease = lease;
        this.db = db;
    }

    @Scheduled(every = "${divertwatch.retention.interval:1h}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void hourly() {
        if (lease.isHeld()) {
            purge(Instant.now());
        }
    }

    /** Deletes what is past retention at {@code now}; returns the number of rows deleted. */
    @Transactional
    public int purge(Instant now) {
        long fixesBefore = now.minus(config.fixes()).getEpochSecond();
        int deleted = fixes.purgeBefore(fixesBefore);
        // The vessels' fixes are kept as long as the aircraft's.
        deleted += db.createNativeQuery("DELETE FROM vessel_fix WHERE data_time < ?1").setParameter(1, fixesBefore)
                .executeUpdate();
        int deliveries = 0;
        int alerts = 0;
        if (config.deliveries().isPresent()) {
            deliveries = db.createNativeQuery("DELETE FROM webhook_delivery WHERE status <> 'PENDING' AND created_at < ?1")
                    .setParameter(1, now.minus(config.deliveries().get()).atOffset(ZoneOffset.UTC)).executeUpdate();
        }
        if (config.alerts().isPresent()) {
            var cutoff = now.minus(config.alerts().get()).atOffset(ZoneOffset.UTC);
            // An alert still being delivered stays until its deliveries are done.
            deliveries += db.createNativeQuery("DELETE FROM webhook_delivery WHERE status <> 'PENDING' AND alert_id IN "
                    + "(SELECT id FROM alert WHERE data_time < ?1)").setParameter(1, cutoff).executeUpdate();
            alerts = db.createNativeQuery("DELETE FROM alert WHERE data_time < ?1 AND id NOT IN "
                    + "(SELECT alert_id FROM webhook_delivery)").setParameter(1, cutoff).executeUpdate();
        }
        if (deleted + deliveries + alerts > 0) {
            Log.infof("Retention: deleted %d stored fixes, %d webhook deliveries and %d alerts", deleted, deliveries,
                    alerts);
        }
        return deleted + deliveries + alerts;
    }
}
