package io.divertwatch.webhook;

/** CDI event: outbox rows were written; observed after commit to send them without waiting for the next tick. */
public record DeliveriesQueued() {
}
