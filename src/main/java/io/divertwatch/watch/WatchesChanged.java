package io.divertwatch.watch;

/** CDI event fired after a committed change to watches or watched airports. */
public record WatchesChanged() {
}
