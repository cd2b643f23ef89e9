package io.divertwatch.watchlist;

import io.divertwatch.watch.Watchlist;

import java.time.Instant;
import java.util.List;

/**
 * An imported list as the API shows it: what it carries for its watches, the version last imported,
 * and how many of its entries are watched, retired, or kept as vessels.
 */
public record WatchlistView(Long id, String name, String format, String origin, String destination, List<String> via,
        List<String> watchedAirports, Instant importedAt, String sha256, long watches, long retired, long vessels) {

    static WatchlistView of(Watchlist list, long watches, long retired, long vessels) {
        return new WatchlistView(list.id, list.name, list.format, list.origin, list.destination, list.via,
                list.watchedAirports, list.importedAt, list.sourceDigest, watches, retired, vessels);
    }
}
