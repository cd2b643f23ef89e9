package io.divertwatch.source.replay;

import io.divertwatch.airport.BuiltInAirports;
import io.divertwatch.geo.Airport;
import io.divertwatch.geo.GeoPoint;
import io.divertwatch.geo.Geodesy;
import io.divertwatch.track.StateVector;

import java.util.ArrayList;
import java.util.List;

/**
 * The bundled demo scenario, SYNTHETIC (simulated, not recorded): a cargo aircraft with filed route
 * Shanghai Pudong (ZSPD) → Moscow Sheremetyevo (UUEE) departs, climbs out on the Moscow course,
 * turns toward Pyongyang Sunan (ZKPY) seven minutes after take-off, and lands there.
 * One fix every 10 s, the time resolution of anonymous OpenSky.
 */
public final class SyntheticDiversion {

    public static final String ICAO24 = "dead01";
    public static final String CALLSIGN = "DEMO01";
    public static final String ORIGIN = "ZSPD";
    public static final String DESTINATION = "UUEE";
    public static final String DIVERTS_TO = "ZKPY";
    public static final String LABEL = "Demo (synthetic): cargo flight ZSPD→UUEE that turns to Pyongyang";
    public static final long TURN_AFTER_SECONDS = 420;

    private static final long STEP = 10;
    private static final double CRUISE_M = 10_000;
    private static final double CRUISE_MPS = 250;
    private static final double TURN_RATE_DEG_S = 2;

    private SyntheticDiversion() {
    }

    /** The scenario's state vectors, the first at {@code start} (Unix seconds). */
    public static List<StateVector> states(long start) {
        Airport zspd = find(ORIGIN);
        Airport uuee = find(DESTINATION);
        Airport zkpy = find(DIVERTS_TO);
        List<StateVector> out = new ArrayList<>();
        GeoPoint p = zspd.position();
        double heading = 340;
        double speed = 0;
        double altitude = zspd.elevationOrZeroM();
        long t = start;
        // Take-off roll on runway 34.
        for (int i = 0; i < 4; i++, t += STEP) {
            speed = Math.min(80, speed + 20);
            out.add(state(t, p, altitude, true, speed, heading, 0));
            p = Geodesy.destination(p.lat(), p.lon(), heading, speed * STEP / 1000);
        }
        boolean descending = false;
        while (true) {
            Airport target = t - start < TURN_AFTER_SECONDS ? uuee : zkpy;
            double wanted = Geodesy.initialBearingDeg(p.lat(), p.lon(), target.lat(), target.lon());
            heading = turnToward(heading, wanted);
            double toGoKm = Geodesy.distanceKm(p.lat(), p.lon(), zkpy.lat(), zkpy.lon());
            double verticalRate;
            if (target == zkpy && (descending || toGoKm < 10 + (altitude - zkpy.elevationOrZeroM()) / 40)) {
                descending = true;
                speed = Math.max(75, speed - 1.5);
                double height = altitude - zkpy.elevationOrZeroM();
                double secondsToGo = Math.max(STEP, (toGoKm - 1) * 1000 / speed);
                verticalRate = -Math.max(2, height / secondsToGo);
            } else {
                speed = Math.min(CRUISE_MPS, speed + 3);
                verticalRate = altitude < CRUISE_M ? Math.min(12, (CRUISE_M - altitude) / STEP) : 0;
            }
            altitude = Math.max(zkpy.elevationOrZeroM(), altitude + verticalRate * STEP);
            p = Geodesy.destination(p.lat(), p.lon(), heading, speed * STEP / 1000);
            t += STEP;
            if (descending && altitude - zkpy.elevationOrZeroM() < 30) {
                break;
            }
            out.add(state(t, p, altitude, false, speed, heading, verticalRate));
        }
        // Touch-down and roll-out at Sunan.
        for (int i = 0; i < 6; i++, t += STEP) {
            speed = Math.max(8, speed - 15);
            out.add(state(t, p, zkpy.elevationOrZeroM(), true, speed, heading, 0));
            p = Geodesy.destination(p.lat(), p.lon(), heading, speed * STEP / 1000);
        }
        return out;
    }

    private static double turnToward(double heading, double wanted) {
        double diff = ((wanted - heading + 540) % 360) - 180;
        double step = Math.max(-TURN_RATE_DEG_S * STEP, Math.min(TURN_RATE_DEG_S * STEP, diff));
        return Geodesy.normalizeDeg(heading + step);
    }

    private static StateVector state(long t, GeoPoint p, double altitude, boolean onGround, double speed,
            double heading, double verticalRate) {
        return new StateVector(ICAO24, CALLSIGN, "Demo (synthetic)", t, t, p.lat(), p.lon(), altitude, onGround,
                speed, heading, verticalRate, altitude + 150, "4521", "replay");
    }

    private static Airport find(String ident) {
        return BuiltInAirports.all().stream().filter(a -> a.ident().equals(ident)).findFirst().orElseThrow();
    }
}
