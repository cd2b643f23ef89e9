package io.divertwatch.detect.engine;

import static io.divertwatch.track.FlightPhysics.MAX_CLIMB_GRADIENT;
import static io.divertwatch.track.FlightPhysics.MAX_CLIMB_OR_DESCENT_MPS;
import static io.divertwatch.track.FlightPhysics.MAX_GROUND_ROLL_MPS;

import io.divertwatch.detect.DetectionConfig;
import io.divertwatch.detect.Landing;
import io.divertwatch.detect.WatchContext;
import io.divertwatch.detect.rule.Route;
import io.divertwatch.geo.Airport;
import io.divertwatch.geo.AirportIndex;
import io.divertwatch.geo.Geodesy;
import io.divertwatch.track.Fix;

import java.util.ArrayList;
import java.util.List;

/**
 * Infers landings (docs/detection.md): an on-ground fix near an airport, or a last fix low near an airport
 * followed by silence. The route's own airports are preferred over bystanders: the planned
 * destination wins whenever it qualifies, so an approach that passes a small field is not a diversion.
 */
final class LandingDetector {

    /** Within this of the destination but still high: an approach passing another field, not a landing. */
    private static final double DESTINATION_PASS_KM = 30;
    private static final double DESTINATION_PASS_HEIGHT_M = 460;
    private static final long ALTITUDE_LOOKBACK_SECONDS = 300;
    /** How far back an end altitude is checked against the ones before it. */
    private static final long GLITCH_LOOKBACK_SECONDS = 900;
    /** An altitude change of more than 3,000 ft is a glitch when it is faster or steeper than flying allows. */
    private static final double GLITCH_STEP_M = 914;

    private final DetectionConfig config;

    LandingDetector(DetectionConfig config) {
        this.config = config;
    }

    /** A landing shown by an on-ground fix, or null when the fix looks like a glitch. */
    Landing onGround(AircraftState state, Fix groundFix, Route route, WatchContext watches, AirportIndex airports) {
        if (!Double.isNaN(groundFix.groundSpeedMps()) && groundFix.groundSpeedMps() > MAX_GROUND_ROLL_MPS) {
            return null;
        }
        Fix airborne = state.track.back(1);
        Airport airport = choose(groundFix, config.landingGroundRadiusKm(), Double.NaN, route, state, watches,
                airports);
        if (airport == null) {
            airport = airports.nearestAny(groundFix.lat(), groundFix.lon(), config.landingGroundRadiusKm());
        }
        if (airport == null) {
            return null;
        }
        // A ground flag straight out of cruise is a transponder glitch, not a landing.
        if (airborne != null && airborne.hasAltitude() && !airborne.isOnGround()
                && airborne.altitudeM() - airport.elevationOrZeroM() > 1500 && groundFix.time() - airborne.time() < 300) {
            return null;
        }
        return new Landing(airport, groundFix.time(), groundFix, false);
    }

    /** A landing inferred from the last fix before silence, or null when the aircraft was not low near a field. */
    Landing onSignalLoss(AircraftState state, Route route, WatchContext watches, AirportIndex airports) {
        Fix last = state.track.last();
        if (last == null || state.track.wentOnElsewhere()) {
            return null;
        }
        double altitude = endAltitudeM(state.track.since(last.time() - GLITCH_LOOKBACK_SECONDS), last.time());
        if (route != null) {
            Airport destination = route.destination();
            double toDestination = Geodesy.distanceKm(last.lat(), last.lon(), destination.lat(), destination.lon());
            if (toDestination <= DESTINATION_PASS_KM && !Double.isNaN(altitude)
                    && altitude - destination.elevationOrZeroM() > DESTINATION_PASS_HEIGHT_M
                    && altitude - destination.elevationOrZeroM() > config.landingLowHeightM()) {
                return null;
            }
        }
        // Without any altitude only a fix very close to a field tells a landing.
        double radius = Double.isNaN(altitude) ? config.landingGroundRadiusKm() : config.landingLowRadiusKm();
        Airport airport = choose(last, radius, altitude, route, state, watches, airports);
        return airport == null ? null : new Landing(airport, last.time(), last, true);
    }

    /**
     * The altitude the aircraft was last at, or NaN when no fix of the last five minutes has one. Feeds
     * send single altitudes thousands of metres off (radar tracks often end with one just after
     * touch-down, and some repeat it): a change of more than 3,000 ft faster than 50 m/s or steeper than
     * 1:2 is not flown, so such an altitude gives way to the last believable one before it.
     *
     * @param recent the trusted fixes of the last {@link #GLITCH_LOOKBACK_SECONDS}, oldest first
     */
    static double endAltitudeM(List<Fix> recent, long lastTime) {
        Fix believed = null;
        long newestWithAltitude = Long.MIN_VALUE;
        for (Fix fix : recent) {
            if (!fix.hasAltitude()) {
                continue;
            }
            newestWithAltitude = fix.time();
            if (believed == null || !glitch(believed, fix)) {
                believed = fix;
            }
        }
        return believed == null || lastTime - newestWithAltitude > ALTITUDE_LOOKBACK_SECONDS ? Double.NaN
                : believed.altitudeM();
    }

    private static boolean glitch(Fix before, Fix fix) {
        double step = Math.abs(fix.altitudeM() - before.altitudeM());
        if (step <= GLITCH_STEP_M) {
            return false;
        }
        double metres = 1000 * Geodesy.distanceKm(before.lat(), before.lon(), fix.lat(), fix.lon());
        return step > MAX_CLIMB_OR_DESCENT_MPS * Math.max(1, fix.time() - before.time())
                || step > MAX_CLIMB_GRADIENT * metres;
    }

    private Airport choose(Fix fix, double radiusKm, double altitudeM, Route route, AircraftState state,
            WatchContext watches, AirportIndex airports) {
        List<Airport> preferred = new ArrayList<>(4);
        if (route != null) {
            preferred.add(route.destination());
            if (route.origin() != null) {
                preferred.add(route.origin());
            }
            preferred.addAll(route.via());
        }
        if (state.flight != null && state.flight.departure() != null) {
            preferred.add(state.flight.departure());
        }
        if (route != null && qualifies(route.destination(), fix, radiusKm, altitudeM)) {
            return route.destination();
        }
        Airport best = null;
        double bestKm = Double.MAX_VALUE;
        List<Airport> candidates = new ArrayList<>(preferred);
        candidates.addAll(airports.majorWithin(fix.lat(), fix.lon(), radiusKm));
        watches.watchedAirportsWithin(fix.lat(), fix.lon(), radiusKm).forEach(w -> candidates.add(w.airport()));
        for (Airport a : candidates) {
            if (qualifies(a, fix, radiusKm, altitudeM)) {
                double d = Geodesy.distanceKm(fix.lat(), fix.lon(), a.lat(), a.lon());
                if (d < bestKm) {
                    bestKm = d;
                    best = a;
                }
            }
        }
        return best;
    }

    private boolean qualifies(Airport a, Fix fix, double radiusKm, double altitudeM) {
        double d = Geodesy.distanceKm(fix.lat(), fix.lon(), a.lat(), a.lon());
        if (d > radiusKm) {
            return false;
        }
        return Double.isNaN(altitudeM) || altitudeM - a.elevationOrZeroM() <= config.landingLowHeightM();
    }
}
