package io.divertwatch.airport;

import io.divertwatch.common.ApiException;
import io.divertwatch.common.DataVersion;
import io.divertwatch.common.Downloads;
import io.divertwatch.geo.Airport;
import io.divertwatch.geo.AirportIndex;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;

import java.io.IOException;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.security.DigestInputStream;
import java.time.Instant;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Holds the airport index. Start-up never waits for the network: a local file or the cached
 * download is read at once, else the built-in list serves until a download in the background
 * (when the source is a URL) replaces it.
 */
@ApplicationScoped
public class AirportRegistry {

    private static final String CACHE_FILE = "airports.csv";
    private static final String BUILT_IN = "built-in";

    private final AirportsConfig config;
    private final Event<AirportsLoaded> loaded;
    private volatile AirportIndex index = new AirportIndex(BuiltInAirports.all(), BUILT_IN);
    private volatile DataVersion version = new DataVersion("airports", "built-in", BUILT_IN, index.size(), null,
            Instant.now());

    AirportRegistry(AirportsConfig config, Event<AirportsLoaded> loaded) {
        this.config = config;
        this.loaded = loaded;
    }

    void onStart(@Observes StartupEvent event) {
        String source = config.source().trim();
        if (Downloads.isUrl(source)) {
            Path cache = Path.of(config.cacheDir(), CACHE_FILE);
            if (Files.isReadable(cache)) {
                loadFile(cache, "cache of " + source);
            } else {
                Log.infof("Airports: using the built-in list (%d airports) until %s is downloaded", index.size(),
                        source);
            }
            Thread downloader = new Thread(() -> download(source, cache), "airports-download");
            downloader.setDaemon(true);
            downloader.start();
        } else if (!loadFile(Path.of(source), source)) {
            Log.warnf("Airports: %s is not readable; using the built-in list (%d airports)", source, index.size());
        }
    }

    public AirportIndex index() {
        return index;
    }

    /** The airport list in force: where from, how many, its digest. */
    public DataVersion version() {
        return version;
    }

    public Optional<Airport> find(String code) {
        return index.byIdent(code);
    }

    /**
     * The airport {@code code} names, or a 400 naming the request's {@code field}. While only the built-in
     * list is loaded most codes are unknown, and the message says how to load the full list.
     */
    public Airport require(String code, String field) {
        AirportIndex current = index;
        return current.byIdent(code).orElseThrow(() -> ApiException.badRequest(field + " '" + code
                + "' is not a known airport ident (OurAirports, e.g. ZKPY)" + (BUILT_IN.equals(current.origin())
                        ? "; only the built-in list of " + current.size() + " airports is loaded, as "
                                + config.source() + " has not been read: set divertwatch.airports.source to an "
                                + "OurAirports airports.csv file or URL"
                        : "")));
    }

    private boolean loadFile(Path file, String origin) {
        if (!Files.isReadable(file)) {
            return false;
        }
        try (DigestInputStream in = DataVersion.digesting(file);
                Reader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
            OurAirportsCsv.Result result = OurAirportsCsv.parse(reader);
            in.transferTo(OutputStream.nullOutputStream());
            version = new DataVersion("airports", "OurAirports", origin, result.airports().size(),
                    DataVersion.hex(in.getMessageDigest()), Instant.now());
            replace(new AirportIndex(result.airports(), result.aliases(), origin));
            Log.infof("Airports: loaded %d airports from %s (%d rows skipped)", result.airports().size(), origin,
                    result.skippedRows());
            return true;
        } catch (IOException | RuntimeException e) {
            Log.warnf("Airports: could not read %s: %s", origin, e.getMessage());
            return false;
        }
    }

    private void download(String url, Path cache) {
        Downloads.refresh(url, cache, config.downloadTimeout(), "Airports", partial -> loadFile(partial, url));
    }

    private void replace(AirportIndex newIndex) {
        this.index = newIndex;
        loaded.fire(new AirportsLoaded(newIndex));
    }
}
