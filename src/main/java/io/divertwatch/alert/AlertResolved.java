package io.divertwatch.alert;

/**
 * Fired synchronously, inside the transaction that marks {@code alert} resolved, as {@link AlertRaised}
 * is for a new one: the webhook outbox queues the {@code alert.resolved} event with it.
 *
 * @param view the alert as the API and webhooks show it, now resolved
 */
public record AlertResolved(Alert alert, AlertView view) {
}
