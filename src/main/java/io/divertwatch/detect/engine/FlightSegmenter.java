package io.divertwatch.detect.engine;

import static io.divertwatch.track.FlightPhysics.AIRBORNE_MPS;
import static io.divertwatch.track.FlightPhysics.NEW_FLIGHT_JUMP_KM;
import static io.divertwatch.track.FlightPhysics.TAXI_MPS;
import static io.divertwatch.track.FlightPhysics.TOUCH_AND_GO_SECONDS;

import io.divertwatch.detect.DetectionConfig;
import io.divertwatch.detect.Landing;
import io.divertwatch.detect.WatchContext;
import io.divertwatch.detect.rule.FlightState;
import io.divertwatch.detect.rule.Route;
import io.divertwatch.geo.Airport;
import io.divertwatch.geo.AirportIndex;
import io.divertwatch.geo.GeoPoint;
import io.divertwatch.geo.Geodesy;
import io.divertwatch.track.Fix;

/**
 * Where one aircraft's flights begin and end. A flight begins when the aircraft is first seen, when
 * it takes off after a landing, or when it reappears far away after a long gap; it ends with a
 * landing, on a ground fix or inferred from a low last fix before silence ({@link LandingDetector}).
 * A landing whose roll never slows to taxiing and that is airborne again within two minutes is a
 * touch-and-go (a balked landing, or a ground flag on a go-around): the flight goes on as it was.
 * A landing at the route's destination completes the route; one elsewhere makes the trip go on from
 * there.
 */
final class FlightSegmenter {

    private final DetectionConfig config;
    private final LandingDetector landings;

    FlightSegmenter(DetectionConfig config) {
        this.config = config;
        this.landings = new LandingDetector(config);
    }

    /**
     * Moves the aircraft's flight on by one trusted fix; returns the landing the fix shows, or null.
     *
     * @param previousTime the data time of the trusted fix before, or {@code Long.MIN_VALUE}
     * @param beforeGap    that fix, when a long gap lies between it and {@code fix}; else null
     */
    Landing advance(AircraftState state, long previousTime, Fix beforeGap, Fix fix, Route route,
            WatchContext watches, AirportIndex airports) {
        FlightState flight = state.flight;
        boolean airborneEvidence = isAirborne(fix);
        if (flight == null || previousTime == Long.MIN_VALUE || isNewFlightAfterGap(beforeGap, fix)) {
            // Without a ground flag, altitude or speed, a first fix may be a parked aircraft: not airborne.
            state.flight = new FlightState(fix.time(), fix.position(), airborneEvidence,
                    route != null ? route.origin() : null);
            flight = state.flight;
        } else if (!flight.isAirborne() && airborneEvidence) {
            Airport departedFrom = state.lastGroundFix == null ? null
                    : airports.nearestAny(state.lastGroundFix.lat(), state.lastGroundFix.lon(),
                            config.landingGroundRadiusKm());
            if (flight.landing() == null) {
                flight.tookOff(fix.time(), departedFrom);
            } else if (state.touchdown != null && fix.time() - flight.landing().time() <= TOUCH_AND_GO_SECONDS) {
                AircraftState.Touchdown before = state.touchdown;
                flight.touchedAndWent();
                state.routeComplete = before.routeComplete();
                state.routeOriginOverride = before.routeOriginOverride();
                state.lastLanding = before.lastLanding();
                state.touchdown = null;
            } else {
                state.flight = new FlightState(fix.time(), fix.position(), true,
                        departedFrom != null ? departedFrom : flight.landing().airport());
                flight = state.flight;
            }
        }
        if (fix.isOnGround()) {
            state.lastGroundFix = fix;
            if (taxiing(fix)) {
                state.touchdown = null;
            }
        }
        if (fix.hasAltitude() && !fix.isOnGround()) {
            flight.flewAt(fix.altitudeM());
        }
        if (!flight.hasLeftOriginArea()) {
            GeoPoint reference = flight.departure() != null ? flight.departure().position() : flight.firstPosition();
            if (Geodesy.distanceKm(reference.lat(), reference.lon(), fix.lat(), fix.lon()) > config.originAreaKm()) {
                flight.leftOriginArea();
            }
        }
        if (flight.isAirborne() && fix.isOnGround()) {
            return landings.onGround(state, fix, route, watches, airports);
        }
        return null;
    }

    /** A landing inferred from the aircraft's silence, or null when its last fix was not low near a field. */
    Landing onSilence(AircraftState state, Route route, WatchContext watches, AirportIndex airports) {
        return landings.onSignalLoss(state, route, watches, airports);
    }

    /**
     * Ends the flight with {@code landing}, remembering what it changed until the aircraft slows to
     * taxiing: airborne again before that, it was a touch-and-go.
     */
    void touchDown(AircraftState state, Landing landing) {
        state.touchdown = landing.bySignalLoss() || taxiing(landing.fix()) ? null
                : new AircraftState.Touchdown(state.routeComplete, state.routeOriginOverride, state.lastLanding);
        state.flight.landed(landing);
        state.lastLanding = landing;
    }

    /** After the rules have judged {@code landing}: at the destination the route is done, elsewhere it goes on from there. */
    void completeRoute(AircraftState state, Route route, Landing landing) {
        if (route != null && landing.airport() != null && !state.flight.isPathContested()) {
            if (landing.airport().ident().equals(route.destination().ident())) {
                state.routeComplete = true;
            } else {
                state.routeOriginOverride = landing.airport();
            }
        }
    }

    /** Slowed on the ground to taxiing: a landing roll that came to a full stop. */
    private static boolean taxiing(Fix fix) {
        return fix.groundSpeedMps() < TAXI_MPS;
    }

    private static boolean isAirborne(Fix fix) {
        if (fix.onGround() != null) {
            return !fix.onGround();
        }
        return !Double.isNaN(fix.groundSpeedMps()) && fix.groundSpeedMps() > AIRBORNE_MPS;
    }

    private boolean isNewFlightAfterGap(Fix beforeGap, Fix fix) {
        return beforeGap != null && fix.time() - beforeGap.time() > config.flightGapSeconds()
                && Geodesy.distanceKm(beforeGap.lat(), beforeGap.lon(), fix.lat(), fix.lon()) > NEW_FLIGHT_JUMP_KM;
    }
}
