package io.divertwatch.vessel;

/** A vessel transmitted an IMO number, name or call sign a watch names: watches resolve again. */
public record VesselIdentitiesLearned() {
}
