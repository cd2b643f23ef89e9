package io.divertwatch.identity;

import io.divertwatch.common.DataVersion;
import io.divertwatch.common.Downloads;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * The aircraft registers in force. Like the airport list, they never hold up start-up: files and
 * cached downloads are read in the background, downloads refreshed on a schedule, and until a
 * register is read the service runs without it. A register that fails to read keeps the one before.
 */
@ApplicationScoped
public class Registers {

    private final RegistersConfig config;
    private final Event<RegistersLoaded> loaded;
    private final List<Source> sources;
    private volatile RegisterSet current = RegisterSet.EMPTY;
    /** By register name, as {@link #current} holds them. */
    private final Map<String, DataVersion> versions = new LinkedHashMap<>();

    /** One configured register: where it is, its format if given, and the name its answers carry. */
    record Source(String location, RegisterFormat format, String name) {

        Path cache(String cacheDir) {
            return Path.of(cacheDir, "register-" + name.replaceAll("[^A-Za-z0-9.-]+", "_")
                    + (location.endsWith(".gz") ? ".csv.gz" : ".csv"));
        }
    }

    Registers(RegistersConfig config, Event<RegistersLoaded> loaded) {
        this.config = config;
        this.loaded = loaded;
        this.sources = sources(config.sources());
    }

    /** What the registers say now. */
    /** The registers in force: where each came from, how many aircraft, its digest. */
    public synchronized List<DataVersion> versions() {
        return List.copyOf(versions.values());
    }

    public RegisterSet current() {
        return current;
    }

    void onStart(@Observes StartupEvent event) {
        if (sources.isEmpty()) {
            Log.info("Registers: none configured (divertwatch.registers.sources); watches resolve by address only");
            return;
        }
        Thread reader = new Thread(() -> refreshAll(true), "registers-load");
        reader.setDaemon(true);
        reader.start();
    }

    /** Reads every register again now: files anew, URLs downloaded again. */
    @Scheduled(every = "${divertwatch.registers.refresh:24h}", delayed = "${divertwatch.registers.refresh:24h}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    public void refresh() {
        refreshAll(false);
    }

    void refreshAll(boolean starting) {
        for (Source source : sources) {
            if (Downloads.isUrl(source.location())) {
                Path cache = source.cache(config.cacheDir());
                if (starting && Files.isReadable(cache)) {
                    load(source, cache, "cache of " + source.location());
                }
                Downloads.refresh(source.location(), cache, config.downloadTimeout(), "Register " + source.name(),
                        partial -> load(source, partial, source.location()));
            } else if (!load(source, Path.of(source.location()), source.location())) {
                Log.warnf("Registers: %s (%s) is not readable; going on without it", source.name(), source.location());
            }
        }
    }

    /** Reads one register file and puts it in force; false when it could not be read. */
    boolean load(Source source, Path file, String origin) {
        if (!Files.isReadable(file)) {
            return false;
        }
        long start = System.nanoTime();
        try (DigestInputStream raw = DataVersion.digesting(file);
                InputStream in = origin.endsWith(".gz") || file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
            reader.mark(1 << 16);
            String first = reader.readLine();
            reader.reset();
            RegisterFormat format = source.format() != null ? source.format() : RegisterFormat.recognise(first);
            if (format == null) {
                Log.warnf("Registers: %s is in no format known (plane-alert, opensky, tar1090); name one as "
                        + "format:location", origin);
                return false;
            }
            // A register recognised by its content is named after its format and its file.
            String name = source.format() != null ? source.name() : format.displayName() + " (" + source.name() + ")";
            RegisterFormat.Read read = format.read(reader, name);
            if (read.register().size() == 0) {
                Log.warnf("Registers: %s holds no aircraft (%d rows skipped); keeping what was loaded", origin,
                        read.skipped());
                return false;
            }
            raw.transferTo(OutputStream.nullOutputStream());
            synchronized (this) {
                current = current.with(read.register());
                versions.put(name, new DataVersion("register", name, origin, read.register().size(),
                        DataVersion.hex(raw.getMessageDigest()), Instant.now()));
            }
            Log.infof("Registers: %s loaded %d aircraft from %s in %d ms (%d rows skipped)", name,
                    read.register().size(), origin, (System.nanoTime() - start) / 1_000_000, read.skipped());
            loaded.fire(new RegistersLoaded(current));
            return true;
        } catch (IOException | RuntimeException e) {
            Log.warnf("Registers: could not read %s: %s", origin, e.toString());
            return false;
        }
    }

    /** The configured sources, named after their format (and file, when a format comes twice). */
    static List<Source> sources(List<String> configured) {
        List<Source> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (String entry : configured) {
            String value = entry.trim();
            if (value.isEmpty() || value.equalsIgnoreCase("none")) {
                continue;
            }
            RegisterFormat format = null;
            int colon = value.indexOf(':');
            if (colon > 0) {
                try {
                    format = RegisterFormat.parse(value.substring(0, colon));
                    value = value.substring(colon + 1).trim();
                } catch (IllegalArgumentException notAFormat) {
                    // "https:", a drive letter: the whole value is the location.
                }
            }
            String file = value.substring(value.lastIndexOf('/') + 1);
            String name = format != null ? format.displayName() : file;
            if (!names.add(name)) {
                name = name + " (" + file + ")";
                names.add(name);
            }
            out.add(new Source(value, format, name));
        }
        return List.copyOf(out);
    }
}
