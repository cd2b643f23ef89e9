package io.divertwatch.watchlist;

import java.util.List;

/**
 * What an import did: the watches it added, changed and retired, the entries no register or feed
 * resolves to an address yet (and why), and the rows it could not read (and why).
 *
 * @param created whether this import made the list (else it updated one of the same name)
 * @param entries how many entries the list holds (aircraft and vessels)
 */
public record ImportReport(long watchlistId, String name, boolean created, String format, String sha256, int entries,
        int aircraft,
        int vessels, List<Item> added, List<Item> changed, List<Item> retired, int unchanged,
        List<Unresolved> unresolved, List<Rejected> rejected) {

    /** An entry and the watch it is. */
    public record Item(String entityId, String name, Long watchId) {
    }

    public record Unresolved(String entityId, String name, Long watchId, String reason) {
    }

    public record Rejected(int line, String reason) {
    }
}
