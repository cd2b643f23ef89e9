package io.divertwatch.detect;

import io.divertwatch.geo.Airport;
import io.divertwatch.geo.GeoPoint;
import io.divertwatch.geo.Geodesy;
import io.divertwatch.track.StateVector;

import java.util.ArrayList;
import java.util.List;

/**
 * Scripted tracks for manoeuvres the {@link FlightBuilder} profile cannot fly: go-arounds, holds,
 * display flights. Each step flies straight (great circle) to a point, changing altitude linearly,
 * one fix every {@code step} seconds, with the track and vertical rate a transponder would report.
 */
public final class TrackScript {

    private final String icao24;
    private final long step;
    private final List<StateVector> states = new ArrayList<>();
    private long time;
    private GeoPoint position;
    private double altitude;

    public TrackScript(String icao24, Airport from, long start, long step) {
        this.icao24 = icao24;
        this.step = step;
        this.time = start;
        this.position = from.position();
        this.altitude = from.elevationOrZeroM();
    }

    /** Standing or rolling on the ground for {@code fixes} fixes. */
    public TrackScript ground(int fixes) {
        return ground(fixes, 15);
    }

    /** On the ground for {@code fixes} fixes at {@code speedMps}: a landing or take-off roll when fast. */
    public TrackScript ground(int fixes, double speedMps) {
        for (int i = 0; i < fixes; i++) {
            add(true, speedMps, 0, 0);
        }
        return this;
    }

    public TrackScript flyTo(GeoPoint target, double targetAltitudeM, double speedMps) {
        double distance = Geodesy.distanceKm(position, target);
        int fixes = Math.max(1, (int) Math.ceil(distance * 1000 / speedMps / step));
        double startAltitude = altitude;
        GeoPoint start = position;
        for (int i = 1; i <= fixes; i++) {
            double course = Geodesy.initialBearingDeg(position, target);
            GeoPoint next = Geodesy.destination(start.lat(), start.lon(), Geodesy.initialBearingDeg(start, target),
                    distance * i / fixes);
            double nextAltitude = startAltitude + (targetAltitudeM - startAltitude) * i / fixes;
            double rate = (nextAltitude - altitude) / step;
            position = next;
            altitude = nextAltitude;
            add(false, speedMps, course, rate);
        }
        return this;
    }

    public TrackScript flyTo(Airport a, double heightAboveFieldM, double speedMps) {
        return flyTo(a.position(), a.elevationOrZeroM() + heightAboveFieldM, speedMps);
    }

    /** Fixes from {@code start} on, at a constant altitude, toward the script's current position's airport. */
    public List<StateVector> flyToFrom(GeoPoint start, double altitudeM, double speedMps) {
        GeoPoint target = position;
        position = start;
        altitude = altitudeM;
        add(false, speedMps, Geodesy.initialBearingDeg(start, target), 0);
        flyTo(Geodesy.destination(start.lat(), start.lon(), Geodesy.initialBearingDeg(start, target), 100),
                altitudeM, speedMps);
        return states();
    }

    /**
     * A turn onto {@code courseDeg} from {@code fromCourseDeg} at {@code degPerSecond} (3°/s is a
     * standard-rate turn), the shorter way round, at {@code speedMps}, climbing at {@code climbMps}.
     */
    public TrackScript turn(double fromCourseDeg, double courseDeg, double degPerSecond, double speedMps,
            double climbMps) {
        double heading = fromCourseDeg;
        double left = Geodesy.normalizeDeg(courseDeg - fromCourseDeg);
        double toGo = left > 180 ? left - 360 : left;
        while (Math.abs(toGo) > 1e-9) {
            double change = Math.copySign(Math.min(Math.abs(toGo), degPerSecond * step), toGo);
            double mean = heading + change / 2;
            heading += change;
            toGo -= change;
            position = Geodesy.destination(position.lat(), position.lon(), mean, speedMps * step / 1000);
            altitude += climbMps * step;
            add(false, speedMps, Geodesy.normalizeDeg(heading), climbMps);
        }
        return this;
    }

    /** Straight on {@code courseDeg} for {@code seconds} at {@code speedMps}, climbing at {@code climbMps}. */
    public TrackScript straight(double courseDeg, long seconds, double speedMps, double climbMps) {
        for (long t = 0; t < seconds; t += step) {
            position = Geodesy.destination(position.lat(), position.lon(), courseDeg, speedMps * step / 1000);
            altitude += climbMps * step;
            add(false, speedMps, Geodesy.normalizeDeg(courseDeg), climbMps);
        }
        return this;
    }

    /** The data time of the last fix. */
    public long time() {
        return time;
    }

    /** A point {@code km} from the current position on {@code bearingDeg}. */
    public GeoPoint ahead(double bearingDeg, double km) {
        return Geodesy.destination(position.lat(), position.lon(), bearingDeg, km);
    }

    /** A silent stretch: no fixes for {@code seconds}. */
    public TrackScript silence(long seconds) {
        time += seconds;
        return this;
    }

    public List<StateVector> states() {
        return List.copyOf(states);
    }

    private void add(boolean onGround, double speed, double track, double rate) {
        time += step;
        states.add(new StateVector(icao24, "SCR001", null, time, time, position.lat(), position.lon(),
                onGround ? Double.NaN : altitude, onGround, speed, track, rate, Double.NaN, null, "test"));
    }
}
