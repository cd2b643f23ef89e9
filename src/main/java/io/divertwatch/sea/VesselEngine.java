package io.divertwatch.sea;

import io.divertwatch.ais.AisMessage;
import io.divertwatch.detect.AlertType;
import io.divertwatch.detect.Clearance;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The maritime engine: vessel reports in, detections out, one vessel at a time, on data time only.
 * Each trusted fix runs the port-call rule and, after a silence, the undeclared-call rule; time
 * passing (data time, {@link #advanceTo}) runs the gap and port-silence rules. Not thread-safe: one
 * owner feeds it (the live engine serialises its callers).
 */
public final class VesselEngine {

    /** Data time between two sweeps of every vessel for silences. */
    private static final long SWEEP_SECONDS = 60;
    /** A vessel silent this long, in no port, is forgotten: a global feed sees a hundred thousand a day. */
    private static final long FORGET_SECONDS = 14 * 24 * 3600;

    /** Told of every fix of a vessel that matters (watched, in a watched port, near anything watched). */
    public interface RelevantFixListener {
        void onRelevantFix(int mmsi, VesselFix fix);
    }

    /** Told of what a vessel says of itself, as it changes. */
    public interface StaticsListener {
        void onStatics(int mmsi, VesselStatics statics);
    }

    private final MaritimeConfig config;
    private final IntMap<VesselTrack> tracks = new IntMap<>();
    private SeaContext context = SeaContext.EMPTY;
    private PortIndex ports;
    private long latest;
    private long lastSweep;
    private long refused;
    private long invalid;
    private RelevantFixListener relevantFixes = (mmsi, fix) -> { };
    private StaticsListener staticsListener = (mmsi, statics) -> { };
    private final EncounterRule encounters = new EncounterRule();
    private final IdentityRule identities = new IdentityRule();
    private final SpoofingCheck spoofing = new SpoofingCheck();
    /** Open incidents whose evidence went since {@link #drainClearances} was last called. */
    private List<Clearance> clearances = new ArrayList<>(0);

    public VesselEngine(MaritimeConfig config) {
        this.config = config;
        this.ports = new PortIndex(context, config);
    }

    public void setContext(SeaContext context) {
        this.context = context;
        this.ports = new PortIndex(context, config);
    }

    public SeaContext context() {
        return context;
    }

    public void setRelevantFixListener(RelevantFixListener listener) {
        this.relevantFixes = listener;
    }

    public void setStaticsListener(StaticsListener listener) {
        this.staticsListener = listener;
    }

    /** A decoded AIS message at {@code time}: its position through the rules, its static data kept. */
    public List<VesselDetection> accept(AisMessage message, long time, String source) {
        List<VesselDetection> changed = message.hasStatics()
                ? acceptStatics(message.mmsi(), VesselStatics.NONE.with(message.statics()), time) : List.of();
        VesselReport report = VesselReport.of(message, time, source);
        List<VesselDetection> found = report == null ? List.of() : accept(report);
        if (changed.isEmpty()) {
            return found;
        }
        List<VesselDetection> out = new ArrayList<>(changed);
        out.addAll(found);
        return out;
    }

    /**
     * What a vessel says of itself (a static report; a track file's name, IMO, destination columns) at
     * {@code time}, merged with what it said; a change of identity or destination is reported.
     */
    public List<VesselDetection> acceptStatics(int mmsi, VesselStatics statics, long time) {
        if (!validMmsi(mmsi)) {
            return List.of();
        }
        VesselTrack t = track(mmsi);
        VesselStatics before = t.statics;
        VesselStatics merged = before.with(statics);
        if (merged.equals(before)) {
            return List.of();
        }
        t.statics = merged;
        staticsListener.onStatics(mmsi, merged);
        List<VesselDetection> out = new ArrayList<>(0);
        VesselWatchSpec watch = watchOf(t);
        identities.onStatics(t, before, merged, watch, matters(t, watch), time, tracks::get, this::watchOf, ports, out);
        return out;
    }

    private boolean matters(VesselTrack t, VesselWatchSpec watch) {
        return watch != null || t.port != null && t.port.watched() || t.hasFix() && ports.nearWatched(t.lastLat, t.lastLon);
    }

    public List<VesselDetection> accept(VesselReport r) {
        if (!validMmsi(r.mmsi()) || !validPosition(r)) {
            invalid++;
            return List.of();
        }
        latest = Math.max(latest, r.time());
        VesselTrack t = track(r.mmsi());
        VesselGate.Verdict verdict = VesselGate.judge(t, r, config);
        if (verdict == VesselGate.Verdict.STALE) {
            return List.of();
        }
        VesselWatchSpec watch = watchOf(t);
        List<VesselDetection> out = new ArrayList<>(0);
        if (t.sharedMmsi && !t.sharedReported && matters(t, watch)) {
            t.sharedReported = true;
            identities.onShared(t, r, watch, r.time(), ports, out);
        }
        if (verdict == VesselGate.Verdict.REFUSE) {
            refused++;
            if (!t.sharedMmsi && t.implausibleKey == null && matters(t, watch)) {
                t.implausibleKey = AlertType.POSITION_IMPLAUSIBLE + ":" + t.mmsi + ":" + r.time();
                out.add(PositionCheck.implausible(t, r, t.implausibleKey, watch, ports));
            }
            return out;
        }
        t.implausibleKey = null;
        double speed = speedOf(t, r);
        if (verdict == VesselGate.Verdict.REANCHOR) {
            // The trusted fix was the wrong one: nothing can be said of the way between.
            t.port = null;
            t.callKey = null;
            t.stopped = false;
        } else if (t.hasFix()) {
            long silence = r.time() - t.lastTime;
            if (t.gapKey == null && silence >= config.gapHours() * 3600) {
                // No sweep judged this silence while it lasted (no data time passed meanwhile, or the
                // feed's data came late): it is judged now, late rather than never.
                AisGapRule.onSilence(t, r.time(), ports, watch, config, out);
            }
            VesselFix before = t.lastFix();
            VesselFix after = new VesselFix(r.time(), r.lat(), r.lon(), r.speedKn(), r.courseDeg(), r.source());
            if (silence >= config.undeclaredMinHours() * 3600) {
                // A silence that began and ended in one port is a stay there (the port-visit rule). One
                // that began in a port and ended elsewhere was a voyage: the port was left, and the
                // silence may hide a call on the way, as one that began at sea may.
                if (t.port == null) {
                    UndeclaredPortCallRule.onReturn(t, before, after, ports, watch, config, out);
                } else if (!PortIndex.within(t.port, r.lat(), r.lon(), config.leaveKm())) {
                    PortCallRule.leftDuringSilence(t, watch, out);
                    UndeclaredPortCallRule.onReturn(t, before, after, ports, watch, config, out);
                }
            }
        }
        if (t.gapKey != null) {
            clearances.add(new Clearance(t.gapKey, AlertType.AIS_GAP, r.time(), null, null, String.format(Locale.ROOT,
                    "transmitting again after %.1f h, %s", (r.time() - t.lastTime) / 3600.0,
                    Places.describe(ports, r.lat(), r.lon()))));
            t.gapKey = null;
        }
        PortCallRule.onFix(t, r, speed, ports, watch, config, out);
        String loitering = t.loiterKey;
        LoiteringRule.onFix(t, r, speed, ports, watch, config, out);
        if (loitering != null && t.loiterKey == null) {
            clearances.add(new Clearance(loitering, AlertType.LOITERING, r.time(), null, null, t.port != null
                    ? "entered " + t.port.describe() : String.format(Locale.ROOT, "under way again at %.0f kn", speed)));
        }
        boolean near = watch != null || ports.nearWatched(r.lat(), r.lon());
        DestinationRule.onFix(t, r, speed, ports, watch, near, config, out, clearances);
        spoofing.onFix(t, r, speed, watch, near, ports, out);
        if (!Double.isNaN(speed) && speed > 3) {
            t.cruiseKn = Double.isNaN(t.cruiseKn) ? speed : t.cruiseKn * 0.95 + speed * 0.05;
        }
        t.lastTime = r.time();
        t.lastLat = r.lat();
        t.lastLon = r.lon();
        t.lastSpeedKn = speed;
        t.lastCourseDeg = r.courseDeg();
        t.lastSource = r.source();
        encounters.onFix(t, r, speed, tracks::get, this::watchOf, ports, config, out);
        boolean matters = near || t.port != null && t.port.watched();
        t.remember(r, matters);
        if (matters) {
            relevantFixes.onRelevantFix(r.mmsi(), t.lastFix());
        }
        return out;
    }

    /**
     * The open incidents whose evidence went since the last call (a silent vessel heard again, a loiterer
     * under way): alerts to resolve. Keys that raised no alert resolve nothing.
     */
    public List<Clearance> drainClearances() {
        if (clearances.isEmpty()) {
            return List.of();
        }
        List<Clearance> drained = clearances;
        clearances = new ArrayList<>(0);
        return drained;
    }

    /** Data time has reached {@code time}: silences are judged (at most once a minute of data time). */
    public List<VesselDetection> advanceTo(long time) {
        latest = Math.max(latest, time);
        if (time - lastSweep < SWEEP_SECONDS) {
            return List.of();
        }
        lastSweep = time;
        List<VesselDetection> out = new ArrayList<>(0);
        for (VesselTrack t : tracks.values()) {
            if (!t.hasFix() || time - t.lastTime < 60) {
                continue;
            }
            VesselWatchSpec watch = watchOf(t);
            PortCallRule.onSilence(t, time, watch, config, out);
            AisGapRule.onSilence(t, time, ports, watch, config, out);
        }
        encounters.sweep(time);
        spoofing.sweep(time);
        tracks.removeIf(t -> {
            boolean forget = t.hasFix() && time - t.lastTime > FORGET_SECONDS && t.port == null && watchOf(t) == null;
            if (forget) {
                encounters.forget(t);
            }
            return forget;
        });
        return out;
    }

    private VesselWatchSpec watchOf(VesselTrack t) {
        if (t.watchIn != context) {
            t.watch = context.watch(t.mmsi);
            t.watchIn = context;
        }
        return t.watch;
    }

    /** The reported speed, or the one the way from the last fix implies when none is reported. */
    private static double speedOf(VesselTrack t, VesselReport r) {
        if (!Double.isNaN(r.speedKn()) || !t.hasFix() || r.time() <= t.lastTime) {
            return r.speedKn();
        }
        double km = io.divertwatch.geo.Geodesy.distanceKm(t.lastLat, t.lastLon, r.lat(), r.lon());
        return km / 1.852 / ((r.time() - t.lastTime) / 3600.0);
    }

    private VesselTrack track(int mmsi) {
        VesselTrack t = tracks.get(mmsi);
        if (t == null) {
            t = new VesselTrack(mmsi);
            tracks.put(mmsi, t);
        }
        return t;
    }

    static boolean validMmsi(int mmsi) {
        return mmsi > 0 && mmsi <= 999_999_999;
    }

    /** A position on the globe, and not "null island" (0°, 0°), which transmitters send when they have none. */
    private static boolean validPosition(VesselReport r) {
        return r.time() > 0 && Math.abs(r.lat()) <= 90 && Math.abs(r.lon()) <= 180 && !(r.lat() == 0 && r.lon() == 0);
    }

    /** The vessel's recent trusted fixes, oldest first; empty when unknown. */
    public List<VesselFix> track(int mmsi, int max) {
        VesselTrack t = tracks.get(mmsi);
        return t == null ? List.of() : t.recent(max);
    }

    public VesselStatics statics(int mmsi) {
        VesselTrack t = tracks.get(mmsi);
        return t == null ? VesselStatics.NONE : t.statics;
    }

    /** Whether two transmitters were seen taking turns with this MMSI. */
    public boolean sharedMmsi(int mmsi) {
        VesselTrack t = tracks.get(mmsi);
        return t != null && t.sharedMmsi;
    }

    public int trackedVessels() {
        return tracks.size();
    }

    public long latestDataTime() {
        return latest;
    }

    /** Reports the gate refused, and reports with no usable MMSI or position, since start. */
    public long refusedReports() {
        return refused;
    }

    public long invalidReports() {
        return invalid;
    }
}
