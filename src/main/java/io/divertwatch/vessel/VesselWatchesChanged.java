package io.divertwatch.vessel;

/** Vessel watches or watched ports changed: the maritime snapshot is taken anew. */
public record VesselWatchesChanged() {
}
