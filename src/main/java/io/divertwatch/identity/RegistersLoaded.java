package io.divertwatch.identity;

/** The registers changed (one was loaded or refreshed): what watches resolve to may have changed too. */
public record RegistersLoaded(RegisterSet registers) {
}
