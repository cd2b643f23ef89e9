package io.divertwatch.track;

/**
 * The packed form of a trusted fix, shared by a track's own ring and the {@link FixLog}: six longs
 * with no object per fix, so a retained fix is 48 contiguous bytes the garbage collector neither
 * copies nor traces. {@link Fix} objects are made from it on demand.
 *
 * <pre>
 * TIME    data time, Unix seconds
 * LAT     latitude, raw bits of the double
 * LON     longitude, raw bits of the double
 * MOTION  altitude (float, high 32 bits) | ground speed (float, low 32 bits)
 * COURSE  track over ground (float, high)  | vertical rate (float, low)
 * FLAGS   bits 0–1 ground state ({@link #AIRBORNE}, {@link #ON_GROUND}, {@link #GROUND_UNKNOWN}),
 *         bits 2–15 squawk code + 1 (0: none), bits 16 and up the feed's {@link FeedNames} id
 * </pre>
 */
final class FixCodec {

    static final int FIELDS = 6;
    static final int TIME = 0;
    static final int LAT = 1;
    static final int LON = 2;
    static final int MOTION = 3;
    static final int COURSE = 4;
    static final int FLAGS = 5;

    static final long GROUND_MASK = 0b11;
    static final int AIRBORNE = 0;
    static final int ON_GROUND = 1;
    static final int GROUND_UNKNOWN = 2;
    static final int SQUAWK_SHIFT = 2;
    /** Fourteen bits: the 4,096 codes plus one for none. */
    static final long SQUAWK_MASK = 0x3fff;
    static final int FEED_SHIFT = 16;

    private FixCodec() {
    }

    static long flags(Boolean onGround, int squawkCode, int feedId) {
        int ground = onGround == null ? GROUND_UNKNOWN : onGround ? ON_GROUND : AIRBORNE;
        return ground | (long) (squawkCode + 1) << SQUAWK_SHIFT | (long) feedId << FEED_SHIFT;
    }

    static int ground(long flags) {
        return (int) (flags & GROUND_MASK);
    }

    /** The squawk's {@link Squawks#code}, -1 for none. */
    static int squawkCode(long flags) {
        return (int) ((flags >>> SQUAWK_SHIFT) & SQUAWK_MASK) - 1;
    }

    static int feedId(long flags) {
        return (int) (flags >>> FEED_SHIFT);
    }

    static long motion(double altitudeM, double groundSpeedMps) {
        return floats(altitudeM, groundSpeedMps);
    }

    static float altitudeM(long motion) {
        return high(motion);
    }

    static float groundSpeedMps(long motion) {
        return low(motion);
    }

    static long course(double trackDeg, double verticalRateMps) {
        return floats(trackDeg, verticalRateMps);
    }

    static float trackDeg(long course) {
        return high(course);
    }

    static void write(long[] into, int base, long time, long lat, long lon, long motion, long course, long flags) {
        into[base + TIME] = time;
        into[base + LAT] = lat;
        into[base + LON] = lon;
        into[base + MOTION] = motion;
        into[base + COURSE] = course;
        into[base + FLAGS] = flags;
    }

    static Fix unpack(long time, long lat, long lon, long motion, long course, long flags) {
        int ground = ground(flags);
        return new Fix(time, Double.longBitsToDouble(lat), Double.longBitsToDouble(lon), high(motion),
                ground == GROUND_UNKNOWN ? null : ground == ON_GROUND, low(motion), high(course), low(course),
                Squawks.text(squawkCode(flags)), FeedNames.name(feedId(flags)));
    }

    private static long floats(double high, double low) {
        return (long) Float.floatToRawIntBits((float) high) << 32 | (Float.floatToRawIntBits((float) low) & 0xffffffffL);
    }

    private static float high(long packed) {
        return Float.intBitsToFloat((int) (packed >>> 32));
    }

    private static float low(long packed) {
        return Float.intBitsToFloat((int) packed);
    }
}
