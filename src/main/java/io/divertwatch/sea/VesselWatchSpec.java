package io.divertwatch.sea;

import java.util.Set;

/**
 * A vessel watch as the maritime rules see it: the MMSIs it applies to (named outright, or resolved
 * from an IMO number, name or call sign the vessel transmitted).
 */
public record VesselWatchSpec(long id, String label, Set<Integer> mmsis) {

    public VesselWatchSpec {
        mmsis = Set.copyOf(mmsis);
    }
}
