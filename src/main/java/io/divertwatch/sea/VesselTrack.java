package io.divertwatch.sea;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One vessel as the maritime rules follow it: its newest trusted fix, a short history, what it says
 * of itself, and where it is in the rules' states (in a port or at sea, stopped or moving, silent).
 * History is kept sparse (a fix a minute while moving, every ten while stopped) and short for
 * vessels nobody watches: a global feed has a hundred thousand of them.
 */
final class VesselTrack {

    /** Fixes kept for a vessel that matters, and for any other. */
    static final int LONG_HISTORY = 256;
    static final int SHORT_HISTORY = 8;

    final int mmsi;
    VesselStatics statics = VesselStatics.NONE;

    long lastTime;
    double lastLat;
    double lastLon;
    double lastSpeedKn;
    double lastCourseDeg;
    String lastSource;
    /** A smoothed speed while under way (above 3 kn): what the vessel sails at. */
    double cruiseKn = Double.NaN;

    private long[] times = new long[4];
    private double[] lats = new double[4];
    private double[] lons = new double[4];
    private float[] speeds = new float[4];
    private float[] courses = new float[4];
    private String[] sources = new String[4];
    private int head;
    private int count;
    /** The time of the newest fix in the history: most reports are too close to it to be kept. */
    private long rememberedAt = Long.MIN_VALUE / 4;

    /** The port it is in, since when, whether the call was counted, and since when it has been stopped there. */
    PortSpec port;
    long enteredAt;
    long stoppedSince;
    boolean stopped;
    String callKey;
    long calledAt;
    /** The last port it left, and when: what a silence right after began from. */
    PortSpec lastPort;
    long leftAt;

    /** The silence reported as a gap, until the vessel speaks again. */
    String gapKey;

    /** Its cell among the slow vessels ({@link SlowVesselGrid#NONE} while it moves). */
    long slowCell = SlowVesselGrid.NONE;
    /** Slow at sea since (0: not), and the loitering reported for it. */
    long loiterSince;
    String loiterKey;

    /** The declared destination last looked up, the port it names, off course since, and the mismatch raised. */
    String declaredFor;
    PortSpec declaredPort;
    long offCourseSince;
    String mismatchKey;
    /** Heading for the declared destination again since (data time), after a mismatch; 0 otherwise. */
    long onCourseSince;
    /** The implausible position reported (until a fix is trusted again), and whether a shared MMSI was. */
    String implausibleKey;
    boolean sharedReported;
    /** The last course over ground, how far it has turned one way since when, and the circle reported. */
    double lastLegDeg = Double.NaN;
    /** The spot it last stood on, and when it said so. */
    long spotKey;
    long spotAt;
    double turnedDeg;
    long turningSince;
    String circleKey;

    /** The gate's state: refused fixes in a row, where they agreed, and jumps back and forth. */
    int refusedInRow;
    long refusedSince;
    double refusedLat;
    double refusedLon;
    long refusedTime;
    int swaps;
    long swapWindowStart;
    boolean sharedMmsi;

    /** The watch found for this vessel in which context. */
    VesselWatchSpec watch;
    SeaContext watchIn;

    VesselTrack(int mmsi) {
        this.mmsi = mmsi;
    }

    boolean hasFix() {
        return lastTime > 0;
    }

    /** Keeps a fix in the history: sparse, and as long as the vessel matters. */
    void remember(VesselReport r, boolean matters) {
        if (r.time() - rememberedAt < (stopped ? 600 : 60)) {
            return;
        }
        rememberedAt = r.time();
        int capacity = matters ? LONG_HISTORY : SHORT_HISTORY;
        if (count == times.length && times.length < capacity) {
            grow(Math.min(capacity, times.length * 2));
        }
        int at;
        if (count < times.length) {
            at = (head + count) % times.length;
            count++;
        } else {
            at = head;
            head = (head + 1) % times.length;
        }
        times[at] = r.time();
        lats[at] = r.lat();
        lons[at] = r.lon();
        speeds[at] = (float) r.speedKn();
        courses[at] = (float) r.courseDeg();
        sources[at] = r.source();
    }

    /** The newest {@code n} fixes of the history, oldest first. */
    List<VesselFix> recent(int n) {
        int k = Math.min(n, count);
        List<VesselFix> out = new ArrayList<>(k);
        for (int i = count - k; i < count; i++) {
            int at = (head + i) % times.length;
            out.add(new VesselFix(times[at], lats[at], lons[at], speeds[at], courses[at], sources[at]));
        }
        return out;
    }

    VesselFix lastFix() {
        return new VesselFix(lastTime, lastLat, lastLon, lastSpeedKn, lastCourseDeg, lastSource);
    }

    private void grow(int capacity) {
        long[] t = new long[capacity];
        double[] la = new double[capacity];
        double[] lo = new double[capacity];
        float[] sp = new float[capacity];
        float[] co = new float[capacity];
        String[] so = new String[capacity];
        for (int i = 0; i < count; i++) {
            int at = (head + i) % times.length;
            t[i] = times[at];
            la[i] = lats[at];
            lo[i] = lons[at];
            sp[i] = speeds[at];
            co[i] = courses[at];
            so[i] = sources[at];
        }
        times = t;
        lats = la;
        lons = lo;
        speeds = sp;
        courses = co;
        sources = so;
        head = 0;
    }

    /** "LADY R (MMSI 273445480)", or the MMSI alone while the vessel has not said its name. */
    String who() {
        return statics.name() == null ? "MMSI " + mmsi : statics.name() + " (MMSI " + mmsi + ")";
    }

    @Override
    public String toString() {
        return who() + " at " + Arrays.toString(new double[] { lastLat, lastLon });
    }
}
