package io.divertwatch.common;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Whether something retried on a schedule is failing, so that an outage is logged where it begins and
 * where it ends rather than at every try (a database away for ten minutes would be 600 lines a second's
 * tick).
 */
public final class Outage {

    private final AtomicBoolean failing = new AtomicBoolean();

    /** Records a failure: true for the first of a run of them. */
    public boolean began() {
        return failing.compareAndSet(false, true);
    }

    /** Records a success: true for the first after failures. */
    public boolean ended() {
        return failing.compareAndSet(true, false);
    }
}
