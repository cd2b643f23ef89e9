package io.divertwatch.sea;

import io.divertwatch.detect.GeofenceSpec;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything the maritime rules are told: the vessel watches (by MMSI), the ports (watched ones and
 * those of the port list) and the watched areas. Immutable: a change makes a new one.
 */
public final class SeaContext {

    public static final SeaContext EMPTY = new SeaContext(List.of(), List.of(), List.of());

    private final Map<Integer, VesselWatchSpec> byMmsi = new HashMap<>();
    private final List<VesselWatchSpec> watches;
    private final List<PortSpec> ports;
    private final List<GeofenceSpec> areas;

    public SeaContext(Collection<VesselWatchSpec> watches, Collection<PortSpec> ports, Collection<GeofenceSpec> areas) {
        this.watches = List.copyOf(watches);
        this.ports = List.copyOf(ports);
        this.areas = List.copyOf(areas);
        // Lowest id wins when several watches name the same vessel: the oldest intent stands.
        List<VesselWatchSpec> byId = new ArrayList<>(watches);
        byId.sort(Comparator.comparingLong(VesselWatchSpec::id));
        for (VesselWatchSpec w : byId) {
            w.mmsis().forEach(mmsi -> byMmsi.putIfAbsent(mmsi, w));
        }
    }

    /** The watch on this vessel, or null. */
    public VesselWatchSpec watch(int mmsi) {
        return byMmsi.get(mmsi);
    }

    public List<VesselWatchSpec> watches() {
        return watches;
    }

    public List<PortSpec> ports() {
        return ports;
    }

    public List<GeofenceSpec> areas() {
        return areas;
    }
}
