package io.divertwatch.poll;

import io.divertwatch.common.Outage;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Exactly one replica polls the feeds: the one holding the database lease. The holder renews it on
 * every tick; when it dies, the lease runs out after {@code divertwatch.poll.lease} and the next
 * replica to tick takes it. A conditional UPDATE is the whole protocol, so it works unchanged on
 * H2 and PostgreSQL.
 */
@ApplicationScoped
public class PollerLease {

    private static final String POLLER = "poller";

    private final EntityManager db;
    private final PollConfig config;
    private final String holder;
    private final AtomicInteger active = new AtomicInteger();
    /** Set once the lease is handed on at shutdown: a tick still running then must not take it back. */
    private volatile boolean stopping;

    PollerLease(EntityManager db, PollConfig config, MeterRegistry registry) {
        this.db = db;
        this.config = config;
        this.holder = hostname() + "/" + UUID.randomUUID().toString().substring(0, 8);
        registry.gauge("divertwatch.poller.active", active);
    }

    /**
     * {@link #hold()}, with a database that fails answered false: without it nobody can be sure to be
     * the only poller. Where such an outage begins, the log says what pauses ({@code pausing}), and
     * where it ends, that the lease is reachable again.
     */
    public boolean holdOrPause(Outage outage, String pausing) {
        try {
            boolean held = hold();
            if (outage.ended()) {
                Log.info("Poller lease reachable again");
            }
            return held;
        } catch (RuntimeException e) {
            if (outage.began()) {
                Log.warnf("Poller lease unavailable, %s until the database answers: %s", pausing, e.getMessage());
            }
            return false;
        }
    }

    /** Takes or renews the lease; true while this replica holds it, false from shutdown on. */
    @Transactional
    public boolean hold() {
        if (stopping) {
            return false;
        }
        Instant now = Instant.now();
        int updated = db.createNativeQuery("UPDATE job_lease SET holder = ?1, expires_at = ?2 "
                + "WHERE name = ?3 AND (holder = ?1 OR expires_at < ?4)")
                .setParameter(1, holder).setParameter(2, at(now.plus(config.lease()))).setParameter(3, POLLER)
                .setParameter(4, at(now)).executeUpdate();
        boolean held = updated == 1;
        if (held != (active.getAndSet(held ? 1 : 0) == 1)) {
            Log.infof(held ? "This replica (%s) is now the poller" : "This replica (%s) is no longer the poller", holder);
        }
        return held;
    }

    /** Whether this replica held the lease at its last tick. */
    public boolean isHeld() {
        return active.get() == 1;
    }

    /** Hands the lease on at once when shutting down cleanly, instead of letting it run out. */
    @Transactional
    void release(@Observes ShutdownEvent stop) {
        stopping = true;
        if (active.get() == 1) {
            db.createNativeQuery("UPDATE job_lease SET expires_at = ?1 WHERE name = ?2 AND holder = ?3")
                    .setParameter(1, at(Instant.EPOCH)).setParameter(2, POLLER).setParameter(3, holder).executeUpdate();
            active.set(0);
            Log.infof("Poller lease released by %s", holder);
        }
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static String hostname() {
        String fromEnv = System.getenv("HOSTNAME");
        if (fromEnv != null && !fromEnv.isBlank()) {
            return fromEnv;
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown-host";
        }
    }
}
