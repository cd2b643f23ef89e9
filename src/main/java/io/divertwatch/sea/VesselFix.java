package io.divertwatch.sea;

/** A trusted position of a vessel: the evidence alerts carry and tracks are drawn from. */
public record VesselFix(long time, double lat, double lon, double speedKn, double courseDeg, String source) {
}
