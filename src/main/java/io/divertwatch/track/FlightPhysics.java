package io.divertwatch.track;

/**
 * What aircraft and feeds physically do, as the data gate and the flight segmentation judge it: the
 * constants that are facts about flying and about ADS-B and radar data, not tuning. The thresholds a
 * deployment may tune are in {@link TrackLimits} and the detection configuration.
 */
public final class FlightPhysics {

    /** Radar and merged feeds jitter by about a kilometre; speeds are judged beyond that noise. */
    public static final double POSITION_NOISE_KM = 2.0;

    /**
     * Two feeds (radar and ADS-B, or two receivers) can place one aircraft this far apart seconds
     * apart: several times the position noise. Farther is a jump.
     */
    public static final double FEED_JITTER_KM = 5 * POSITION_NOISE_KM;

    /** An aircraft this fast must have moved at least a kilometre in the time a frozen position claims. */
    public static final double MOVING_MPS = 50;

    /**
     * Faster than any helicopter cruises and than any aeroplane's ground speed on final: an aircraft
     * that reached a spot this fast is a fixed wing in flight, and cannot sit there.
     */
    public static final double FIXED_WING_MPS = 100;

    /**
     * Time in which nothing flying can go from {@link #FIXED_WING_MPS} to standing still; on the
     * ground a landing roll stops from far less.
     */
    public static final long STOPPING_SECONDS = 90;

    /** A thousand feet: more than a position that sits still can climb or descend in flight, wings or rotor. */
    public static final double STILL_CLIMB_M = 305;

    /**
     * Faster than this (117 kt) with no ground flag is flying: faster than any taxi or most light
     * aircraft's lift-off, slower than any airliner in the air.
     */
    public static final double AIRBORNE_MPS = 60;

    /**
     * A landing roll that slows below this (58 kt) is a full stop; an airliner's touch-and-go stays
     * above it, at the speed it lifts off again.
     */
    public static final double TAXI_MPS = 30;

    /** A touch-and-go is off again within seconds; a full stop and a new take-off take minutes of taxiing. */
    public static final long TOUCH_AND_GO_SECONDS = 120;

    /** Faster than this on the ground is a take-off or landing roll at most; higher means a bad ground flag. */
    public static final double MAX_GROUND_ROLL_MPS = 100;

    /**
     * After a long gap, reappearing this far from where it vanished means the aircraft flew somewhere
     * in between: a new flight, not the same one seen again.
     */
    public static final double NEW_FLIGHT_JUMP_KM = 50;

    /** A 3° glide path descends about 52 m per km. */
    public static final double GLIDE_M_PER_KM = 52;

    /** No aircraft climbs or descends faster than this (about 10,000 ft/min): a faster step is a glitch. */
    public static final double MAX_CLIMB_OR_DESCENT_MPS = 50;

    /** No aircraft climbs or descends steeper than 1:2: a steeper step is a glitch. */
    public static final double MAX_CLIMB_GRADIENT = 0.5;

    private FlightPhysics() {
    }
}
