package io.divertwatch.alert;

import io.divertwatch.common.Outage;
import io.divertwatch.detect.Clearance;
import io.divertwatch.detect.Detection;
import io.divertwatch.sea.VesselDetection;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Stores what the engines find, alerts and their resolutions, in the order found, and keeps what the
 * database could not take (an outage, a fail-over) to store it when the database answers again: an
 * alert found during an outage is late, not lost. The engines mark an incident alerted when they find
 * it, so nothing would find it a second time.
 * <p>
 * Callers may add under their own locks and store after releasing them ({@link #addVessels} then
 * {@link #store}): a slow database then holds up no feed. What waits is held in memory: a replica
 * that stops with a backlog loses it, and says so.
 */
@ApplicationScoped
public class AlertRecorder {

    /** Batches kept at most; beyond, the oldest is given up (an outage of many hours in a busy sky). */
    static final int MAX_BACKLOG = 10_000;
    /** A batch the database refuses this many times while answering otherwise can never be stored. */
    static final int MAX_REFUSALS = 3;

    /** One write: detections or clearances found together, stored in one transaction. */
    private static final class Batch {
        final Runnable write;
        final String what;
        int refusals;

        Batch(Runnable write, String what) {
            this.write = write;
            this.what = what;
        }
    }

    private final AlertService alerts;
    private final EntityManager em;
    private final Deque<Batch> backlog = new ArrayDeque<>();
    private final ReentrantLock storing = new ReentrantLock();
    private final Outage outage = new Outage();

    AlertRecorder(AlertService alerts, EntityManager em, MeterRegistry registry) {
        this.alerts = alerts;
        this.em = em;
        Gauge.builder("divertwatch.alert.backlog", this, AlertRecorder::waiting)
                .description("Batches of alerts and resolutions waiting for the database").register(registry);
    }

    /** Stores the detections now, after anything still waiting; keeps them when the database fails. */
    public void record(List<Detection> detections) {
        if (!detections.isEmpty()) {
            enqueue(() -> alerts.record(detections), detections.size() + " alert(s) of " + detections.get(0).icao24());
            store();
        }
    }

    /** Stores the clearances now, after anything still waiting; keeps them when the database fails. */
    public void resolve(List<Clearance> clearances) {
        addClearances(clearances);
        store();
    }

    /** Queues maritime detections for the next {@link #store}. */
    public void addVessels(List<VesselDetection> detections) {
        if (!detections.isEmpty()) {
            enqueue(() -> alerts.recordVessels(detections),
                    detections.size() + " alert(s) of MMSI " + detections.get(0).mmsi());
        }
    }

    /** Queues clearances for the next {@link #store}. */
    public void addClearances(List<Clearance> clearances) {
        if (!clearances.isEmpty()) {
            enqueue(() -> alerts.resolve(clearances), clearances.size() + " resolution(s)");
        }
    }

    private void enqueue(Runnable write, String what) {
        synchronized (backlog) {
            if (backlog.size() >= MAX_BACKLOG) {
                Batch lost = backlog.pollFirst();
                Log.errorf("Gave up %s: %d batches have waited for the database", lost.what, MAX_BACKLOG);
            }
            backlog.addLast(new Batch(write, what));
        }
    }

    /**
     * Writes what waits, oldest first, until the database fails. A thread that finds another writing
     * leaves its batches to it rather than wait.
     */
    public void store() {
        while (waiting() > 0 && storing.tryLock()) {
            boolean stopped;
            try {
                stopped = !drain();
            } finally {
                storing.unlock();
            }
            if (stopped) {
                return;
            }
        }
    }

    @Scheduled(every = "${divertwatch.alerts.retry-every:5s}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void retry() {
        store();
    }

    /** Alerts and resolutions waiting for the database, in batches. */
    public int waiting() {
        synchronized (backlog) {
            return backlog.size();
        }
    }

    /** Writes batches until none is left (true) or one fails (false). */
    private boolean drain() {
        for (Batch batch; (batch = peek()) != null; ) {
            try {
                batch.write.run();
            } catch (RuntimeException e) {
                return refused(batch, e);
            }
            remove(batch);
            if (outage.ended()) {
                Log.infof("The database answers again; stored %s (%d batches still waiting)", batch.what, waiting());
            }
        }
        return true;
    }

    /** A failed write: an outage (keep everything) or a batch the database will never take (give it up). */
    private boolean refused(Batch batch, RuntimeException e) {
        if (!databaseAnswers()) {
            if (outage.began()) {
                Log.errorf("Could not store %s, the database does not answer (%s); kept with %d other batches, "
                        + "to store when it does", batch.what, e, waiting() - 1);
            }
            return false;
        }
        if (++batch.refusals < MAX_REFUSALS) {
            Log.warnf("Could not store %s (%s); trying again", batch.what, e);
            return false;
        }
        remove(batch);
        Log.errorf(e, "Gave up %s: storing it failed %d times while the database answered", batch.what, MAX_REFUSALS);
        return true;
    }

    private boolean databaseAnswers() {
        try {
            return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("select 1").getSingleResult())
                    != null;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private Batch peek() {
        synchronized (backlog) {
            return backlog.peekFirst();
        }
    }

    private void remove(Batch batch) {
        synchronized (backlog) {
            if (backlog.peekFirst() == batch) {
                backlog.pollFirst();
            }
        }
    }
}
