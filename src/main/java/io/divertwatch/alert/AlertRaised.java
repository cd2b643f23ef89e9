package io.divertwatch.alert;

/**
 * Fired synchronously, inside the transaction that stores {@code alert}: observers that write (the
 * webhook outbox) commit or roll back with the alert itself.
 *
 * @param view the alert as the API and webhooks show it
 */
public record AlertRaised(Alert alert, AlertView view) {
}
