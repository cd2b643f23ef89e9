package io.divertwatch.detect;

import io.divertwatch.geo.Airport;
import io.divertwatch.geo.GeoPoint;
import io.divertwatch.geo.Geodesy;
import io.divertwatch.track.StateVector;

import java.util.ArrayList;
import java.util.List;

/**
 * Hand-made tracks for rule tests: a departure roll, a climb to cruise, great-circle legs through
 * the given points, a 3° descent into the last point and a landing roll (unless the track should
 * end in the air). One fix every {@code step} seconds.
 */
public final class FlightBuilder {

    private final String icao24;
    private final List<GeoPoint> points = new ArrayList<>();
    private double landingElevation;
    private long start = 1_700_000_000L;
    private long step = 30;
    private boolean landingRoll = true;
    private String squawk;

    public FlightBuilder(String icao24, Airport from) {
        this.icao24 = icao24;
        points.add(from.position());
    }

    public FlightBuilder via(GeoPoint p) {
        points.add(p);
        return this;
    }

    public FlightBuilder to(Airport a) {
        points.add(a.position());
        landingElevation = a.elevationOrZeroM();
        return this;
    }

    public FlightBuilder endingInTheAirAt(GeoPoint p, double altitudeM) {
        points.add(p);
        landingElevation = altitudeM;
        landingRoll = false;
        return this;
    }

    public FlightBuilder squawk(String code) {
        this.squawk = code;
        return this;
    }

    public FlightBuilder startingAt(long time) {
        this.start = time;
        return this;
    }

    public FlightBuilder step(long seconds) {
        this.step = seconds;
        return this;
    }

    public List<StateVector> build() {
        List<StateVector> out = new ArrayList<>();
        long t = start;
        GeoPoint p = points.get(0);
        for (int i = 0; i < 3; i++, t += step) {
            out.add(sv(t, p, 0, true, 20, 0, 0));
        }
        double altitude = 0;
        double total = 0;
        for (int i = 0; i + 1 < points.size(); i++) {
            total += Geodesy.distanceKm(points.get(i), points.get(i + 1));
        }
        double flown = 0;
        for (int leg = 0; leg + 1 < points.size(); leg++) {
            GeoPoint target = points.get(leg + 1);
            while (Geodesy.distanceKm(p, target) > 3) {
                double course = Geodesy.initialBearingDeg(p, target);
                double remaining = total - flown;
                double speed = altitude < 3000 ? 140 : 230;
                double wanted = Math.min(10_000, Math.max(landingElevation, landingElevation + remaining * 52 - 200));
                double rate = Math.max(-15, Math.min(12, (wanted - altitude) / step));
                altitude += rate * step;
                double km = Math.min(speed * step / 1000.0, Geodesy.distanceKm(p, target));
                p = Geodesy.destination(p.lat(), p.lon(), course, km);
                flown += km;
                t += step;
                out.add(sv(t, p, altitude, false, speed, course, rate));
            }
        }
        if (landingRoll) {
            for (int i = 0; i < 3; i++) {
                t += step;
                out.add(sv(t, points.get(points.size() - 1), landingElevation, true, 30, 0, 0));
            }
        }
        return out;
    }

    private StateVector sv(long t, GeoPoint p, double altitude, boolean ground, double speed, double track,
            double rate) {
        return new StateVector(icao24, "TST123", null, t, t, p.lat(), p.lon(), altitude, ground, speed, track, rate,
                Double.NaN, squawk, "test");
    }
}
