package io.divertwatch.vessel;

import io.divertwatch.common.CsvLine;
import io.divertwatch.common.Downloads;
import io.divertwatch.sea.PortSpec;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The port list ({@code divertwatch.maritime.ports-source}): ports where a watched vessel's calls alert
 * though nobody watches the port itself. A CSV with a header naming {@code port} (or {@code name}),
 * {@code country}, {@code lat}, {@code lon} and optionally {@code suggested_radius_km} (or
 * {@code radius_km}); rows without a position are passed over, the first row of a name wins. Read in
 * the background at start-up; until then (or without one) only watched ports are known.
 */
@ApplicationScoped
public class PortList {

    /** The radius of a port the list gives without one: a harbour and its approaches. */
    static final double DEFAULT_RADIUS_KM = 3.0;

    private final VesselFeedsConfig config;
    private final Event<VesselWatchesChanged> changed;
    private volatile List<PortSpec> ports = List.of();

    PortList(VesselFeedsConfig config, Event<VesselWatchesChanged> changed) {
        this.config = config;
        this.changed = changed;
    }

    public List<PortSpec> ports() {
        return ports;
    }

    void onStart(@Observes StartupEvent start) {
        config.portsSource().filter(s -> !s.isBlank()).ifPresent(source -> {
            Thread reader = new Thread(() -> load(source), "port-list-load");
            reader.setDaemon(true);
            reader.start();
        });
    }

    private void load(String source) {
        Path file = Path.of(source);
        if (Downloads.isUrl(source)) {
            file = Path.of("data", "port-list.csv");
            Downloads.refresh(source, file, Duration.ofSeconds(60), "Port list", this::readable);
        }
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            ports = parse(in);
            Log.infof("Port list: %d ports from %s", ports.size(), source);
            changed.fire(new VesselWatchesChanged());
        } catch (IOException | IllegalArgumentException e) {
            Log.warnf("Port list: could not read %s (%s); only watched ports are known", source, e.toString());
        }
    }

    private boolean readable(Path file) {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return !parse(in).isEmpty();
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    static List<PortSpec> parse(Reader reader) throws IOException {
        BufferedReader in = new BufferedReader(reader);
        String header = in.readLine();
        if (header == null) {
            throw new IllegalArgumentException("empty port list");
        }
        Map<String, Integer> at = new HashMap<>();
        List<String> names = CsvLine.split(header.replace("\uFEFF", ""));
        for (int i = 0; i < names.size(); i++) {
            at.put(names.get(i).trim().toLowerCase(Locale.ROOT), i);
        }
        Integer name = at.containsKey("port") ? at.get("port") : at.get("name");
        Integer lat = at.containsKey("lat") ? at.get("lat") : at.get("latitude");
        Integer lon = at.containsKey("lon") ? at.get("lon") : at.get("longitude");
        Integer radius = at.containsKey("suggested_radius_km") ? at.get("suggested_radius_km") : at.get("radius_km");
        Integer country = at.get("country");
        if (name == null || lat == null || lon == null) {
            throw new IllegalArgumentException("a port list needs columns port (or name), lat and lon");
        }
        List<PortSpec> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int[] lines = { 1 };
        for (String record; (record = CsvLine.nextRecord(in, '"', lines)) != null; ) {
            List<String> f = CsvLine.split(record);
            try {
                String portName = field(f, name);
                double la = Double.parseDouble(field(f, lat));
                double lo = Double.parseDouble(field(f, lon));
                String r = radius == null ? "" : field(f, radius);
                double km = r.isEmpty() ? DEFAULT_RADIUS_KM : Double.parseDouble(r);
                if (portName.isEmpty() || Math.abs(la) > 90 || Math.abs(lo) > 180 || km <= 0 || km > 50
                        || !seen.add(VesselIdentities.key(portName))) {
                    continue;
                }
                out.add(new PortSpec(null, portName, country == null ? null : field(f, country), la, lo, km, null, false));
            } catch (NumberFormatException e) {
                // A row without a position (the list's own "not found" rows) is no port.
            }
        }
        return List.copyOf(out);
    }

    private static String field(List<String> f, int i) {
        return i < f.size() ? f.get(i).trim() : "";
    }
}
