package io.divertwatch.sea;

import static org.assertj.core.api.Assertions.assertThat;

import io.divertwatch.detect.AlertType;
import io.divertwatch.geo.Geodesy;
import io.divertwatch.support.SharedData;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

/**
 * The maritime rules against what the real Suez data shows (256 vessels, 22,287 fixes at minute
 * resolution during the Ever Given blockage): stops at the anchorages found as port calls, AIS gaps
 * found as gaps, and no possible undeclared call raised on ships that only waited. What the data
 * shows is worked out here independently of the engine, from the fixes alone. Every vessel is watched
 * (an analyst watching the queue); the anchorages are ports of the port list; Rajin, Vostochny and
 * Dunay are the watched ports, as the service ships. Prints the report {@code docs/maritime.md} quotes.
 */
class MaritimeQualityReportTest {

    /** The anchorages where the data's ships stop, from where its slow fixes cluster. */
    static final List<PortSpec> ANCHORAGES = List.of(
            new PortSpec(null, "Port Said anchorage", "Egypt", 31.45, 32.33, 15, null, false),
            new PortSpec(null, "Port Said", "Egypt", 31.25, 32.31, 5, null, false),
            new PortSpec(null, "Great Bitter Lake", "Egypt", 30.35, 32.38, 8, null, false),
            new PortSpec(null, "Suez Bay anchorage", "Egypt", 29.90, 32.56, 15, null, false));
    static final List<PortSpec> WATCHED = List.of(MaritimeRulesTest.NAJIN, MaritimeRulesTest.VOSTOCHNY,
            MaritimeRulesTest.DUNAY);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private record Fix(int id, long time, double lat, double lon) {
    }

    @Test
    void suezAnchoragesGiveTheirStopsAsCallsTheirGapsAsGapsAndNoUndeclaredCalls() throws IOException {
        Map<Integer, List<Fix>> byVessel = suez();
        MaritimeConfig config = MaritimeConfig.defaults();
        List<Fix> all = byVessel.values().stream().flatMap(List::stream)
                .sorted(Comparator.comparingLong(Fix::time).thenComparingInt(Fix::id)).toList();
        List<VesselDetection> found = run(all, byVessel.keySet(), ANCHORAGES, config);
        long end = all.get(all.size() - 1).time();
        // The same ships with the anchorages watched: how often the undeclared-call rule then asks.
        List<PortSpec> watchedAnchorages = ANCHORAGES.stream().map(p -> new PortSpec(p.id(), p.name(), p.country(),
                p.lat(), p.lon(), p.radiusKm(), p.area(), true)).toList();
        long askedIfWatched = run(all, byVessel.keySet(), watchedAnchorages, config).stream()
                .filter(d -> d.type() == AlertType.POSSIBLE_UNDECLARED_PORT_CALL).count();

        Set<String> visibleStops = visibleStops(byVessel, config, end);
        Set<String> foundStops = new HashSet<>();
        found.stream().filter(d -> d.type() == AlertType.PORT_CALL && d.relatedKey() == null)
                .forEach(d -> foundStops.add(d.mmsi() + "@" + d.port().name()));
        Set<String> visibleGaps = visibleGaps(byVessel, config, end);
        Set<String> foundGaps = new HashSet<>();
        found.stream().filter(d -> d.type() == AlertType.AIS_GAP).forEach(d -> foundGaps.add(d.mmsi() + "@"
                + d.position().time()));
        long undeclared = found.stream().filter(d -> d.type() == AlertType.POSSIBLE_UNDECLARED_PORT_CALL).count();
        long encounters = found.stream().filter(d -> d.type() == AlertType.ENCOUNTER).count();
        long loitering = found.stream().filter(d -> d.type() == AlertType.LOITERING).count();
        // Without the anchorages known, the ships side by side in them look like transfers: what the
        // distance from ports keeps quiet.
        long encountersIfUnknown = run(all, byVessel.keySet(), List.of(), config).stream()
                .filter(d -> d.type() == AlertType.ENCOUNTER && d.relatedKey() == null).count();

        Map<String, Object> report = new LinkedHashMap<>();
        report.put("vessels", byVessel.size());
        report.put("fixes", all.size());
        report.put("anchorage_stays_visible", visibleStops.size());
        report.put("anchorage_stays_found", intersection(visibleStops, foundStops));
        report.put("port_calls_not_visible", foundStops.size() - intersection(visibleStops, foundStops));
        report.put("gaps_visible", visibleGaps.size());
        report.put("gaps_found", intersection(visibleGaps, foundGaps));
        report.put("gaps_not_visible", foundGaps.size() - intersection(visibleGaps, foundGaps));
        report.put("possible_undeclared_port_calls", undeclared);
        report.put("possible_undeclared_port_calls_if_anchorages_were_watched", askedIfWatched);
        report.put("encounters", encounters);
        report.put("loitering", loitering);
        report.put("encounters_if_anchorages_were_unknown", encountersIfUnknown);
        for (AlertType type : List.of(AlertType.POSITION_IMPLAUSIBLE, AlertType.IDENTITY_CHANGED,
                AlertType.DESTINATION_MISMATCH)) {
            report.put(type.name().toLowerCase(java.util.Locale.ROOT),
                    found.stream().filter(d -> d.type() == type).count());
        }
        System.out.println("Maritime quality on ../shared/data/maritime (Suez, 2021-03-20..24): " + report);

        assertThat(visibleStops).hasSizeGreaterThan(100);
        assertThat(intersection(visibleStops, foundStops)).isEqualTo(visibleStops.size());
        assertThat(foundStops).isEqualTo(visibleStops);
        assertThat(foundGaps).isEqualTo(visibleGaps);
        assertThat(undeclared).isZero();
        // Ships anchored side by side for days in the anchorages: moored, not transferring.
        assertThat(encounters).isZero();
        // Nor does swinging at anchor draw spoofing's rings, nor do neighbours at anchor share a spot.
        assertThat(found).noneMatch(d -> d.type() == AlertType.POSITION_IMPLAUSIBLE);
    }

    private static List<VesselDetection> run(List<Fix> all, Set<Integer> vessels, List<PortSpec> anchorages,
            MaritimeConfig config) {
        VesselEngine engine = new VesselEngine(config);
        List<VesselWatchSpec> watches = vessels.stream().map(id -> new VesselWatchSpec(id, "vessel " + id, Set.of(id)))
                .toList();
        List<PortSpec> ports = new ArrayList<>(anchorages);
        ports.addAll(WATCHED);
        engine.setContext(new SeaContext(watches, ports, List.of()));
        List<VesselDetection> found = new ArrayList<>();
        for (Fix f : all) {
            found.addAll(engine.advanceTo(f.time()));
            found.addAll(engine.accept(new VesselReport(f.id(), f.time(), f.lat(), f.lon(), Double.NaN, Double.NaN, -1,
                    -1, "movingpandas")));
        }
        return found;
    }

    /** Where the fixes show the vessel: in which anchorage at each fix (entered within it, left 1 km beyond it). */
    private static PortSpec[] anchorages(List<Fix> fixes, MaritimeConfig config) {
        PortSpec[] at = new PortSpec[fixes.size()];
        PortSpec in = null;
        for (int i = 0; i < fixes.size(); i++) {
            Fix f = fixes.get(i);
            if (in != null && in.distanceKm(f.lat(), f.lon()) > config.leaveKm()) {
                in = null;
            }
            if (in == null) {
                in = anchorageOf(f);
            }
            at[i] = in;
        }
        return at;
    }

    /**
     * Vessel and anchorage of every stay the fixes show, by the definition (docs/maritime.md): in an
     * anchorage and stopped (below the stop speed, until above the move speed; from the positions: the
     * data carries no speeds) for the minimum stop; or fallen silent in one for the port-silence time
     * (to the next fix, or to the end of the data).
     */
    private static Set<String> visibleStops(Map<Integer, List<Fix>> byVessel, MaritimeConfig config, long end) {
        Set<String> stays = new HashSet<>();
        for (List<Fix> fixes : byVessel.values()) {
            PortSpec[] in = anchorages(fixes, config);
            long enteredAt = 0;
            boolean stopped = false;
            long stoppedSince = 0;
            for (int i = 0; i < fixes.size(); i++) {
                Fix f = fixes.get(i);
                if (in[i] != null && (i == 0 || in[i - 1] != in[i])) {
                    enteredAt = f.time();
                    stopped = false;
                }
                if (i > 0 && f.time() > fixes.get(i - 1).time()) {
                    Fix p = fixes.get(i - 1);
                    double kn = Geodesy.distanceKm(p.lat(), p.lon(), f.lat(), f.lon()) / 1.852
                            / ((f.time() - p.time()) / 3600.0);
                    if (!stopped && kn < config.stopBelowKn()) {
                        stopped = true;
                        stoppedSince = f.time();
                    } else if (stopped && kn > config.moveAboveKn()) {
                        stopped = false;
                    }
                }
                if (in[i] != null && stopped
                        && f.time() - Math.max(stoppedSince, enteredAt) >= config.minStopMinutes() * 60) {
                    stays.add(f.id() + "@" + in[i].name());
                }
                long next = i + 1 < fixes.size() ? fixes.get(i + 1).time() : end;
                if (in[i] != null && next - f.time() >= config.portSilenceMinutes() * 60) {
                    stays.add(f.id() + "@" + in[i].name());
                }
            }
        }
        return stays;
    }

    /** Vessel and start of every silence of the gap time or more that began outside an anchorage. */
    private static Set<String> visibleGaps(Map<Integer, List<Fix>> byVessel, MaritimeConfig config, long end) {
        Set<String> gaps = new HashSet<>();
        for (List<Fix> fixes : byVessel.values()) {
            PortSpec[] in = anchorages(fixes, config);
            for (int i = 0; i < fixes.size(); i++) {
                Fix a = fixes.get(i);
                long next = i + 1 < fixes.size() ? fixes.get(i + 1).time() : end;
                if (next - a.time() >= config.gapHours() * 3600 && in[i] == null) {
                    gaps.add(a.id() + "@" + a.time());
                }
            }
        }
        return gaps;
    }

    private static PortSpec anchorageOf(Fix f) {
        return ANCHORAGES.stream().filter(p -> p.distanceKm(f.lat(), f.lon()) == 0).findFirst().orElse(null);
    }

    private static int intersection(Set<String> a, Set<String> b) {
        Set<String> both = new HashSet<>(a);
        both.retainAll(b);
        return both.size();
    }

    private static Map<Integer, List<Fix>> suez() throws IOException {
        Map<Integer, List<Fix>> byVessel = new TreeMap<>();
        List<String> lines = Files.readAllLines(
                SharedData.require("maritime/csv/movingpandas_suez_boat-positions_20210320-24.csv"), StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            int id = Integer.parseInt(f[0].trim());
            long time = LocalDateTime.parse(f[1].trim(), TIME).toEpochSecond(ZoneOffset.UTC);
            byVessel.computeIfAbsent(id, k -> new ArrayList<>()).add(new Fix(id, time,
                    Double.parseDouble(f[3]), Double.parseDouble(f[2])));
        }
        byVessel.values().forEach(v -> v.sort(Comparator.comparingLong(Fix::time)));
        return byVessel;
    }
}
