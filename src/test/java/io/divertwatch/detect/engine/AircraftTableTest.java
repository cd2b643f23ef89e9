package io.divertwatch.detect.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.divertwatch.track.FixLog;
import io.divertwatch.track.Icao24;
import io.divertwatch.track.TrackLimits;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

class AircraftTableTest {

    private final FixLog log = new FixLog(TrackLimits.DEFAULT);
    private final AircraftTable table = new AircraftTable();

    private AircraftState getOrCreate(String icao24) {
        return table.getOrCreate(Icao24.address(icao24), icao24, k -> new AircraftState(k, TrackLimits.DEFAULT, log));
    }

    private static List<String> icao24s(List<AircraftState> states) {
        return states.stream().map(s -> s.track.icao24()).toList();
    }

    /** Random ICAO and non-ICAO addresses, a block of consecutive ones (a fleet), and keys with no address. */
    private static List<String> addresses(int n, long seed) {
        Random random = new Random(seed);
        Set<String> out = new HashSet<>();
        for (int i = 0; i < 64; i++) {
            out.add(String.format(Locale.ROOT, "4ca%03x", i));
            out.add("callsign-" + i);
        }
        while (out.size() < n) {
            String hex = String.format(Locale.ROOT, "%06x", random.nextInt(1 << 24));
            out.add(random.nextInt(10) == 0 ? "~" + hex : hex);
        }
        return new ArrayList<>(out);
    }

    @Test
    void findsEveryAircraftAfterGrowingAndKeepsFirstSeenOrder() {
        List<String> icao24s = addresses(40_000, 1);
        List<AircraftState> created = new ArrayList<>();
        for (String icao24 : icao24s) {
            created.add(getOrCreate(icao24));
        }

        assertThat(table.size()).isEqualTo(icao24s.size());
        for (int i = 0; i < icao24s.size(); i++) {
            assertThat(table.get(icao24s.get(i))).isSameAs(created.get(i));
            assertThat(getOrCreate(icao24s.get(i))).isSameAs(created.get(i));
        }
        assertThat(table.size()).isEqualTo(icao24s.size());
        assertThat(table.get("abcdef")).as("never added").isNull();
        List<String> withAddress = icao24s.stream().filter(s -> Icao24.address(s) != Icao24.NO_ADDRESS).toList();
        assertThat(icao24s(table.all()).subList(0, withAddress.size())).containsExactlyElementsOf(withAddress);
    }

    @Test
    void removingKeepsTheOthersFindableInOrderAndLetsRemovedOnesComeBack() {
        List<String> icao24s = addresses(20_000, 2);
        icao24s.forEach(this::getOrCreate);
        Set<String> removed = new HashSet<>();
        Random random = new Random(3);
        for (String icao24 : icao24s) {
            if (random.nextInt(3) == 0) {
                removed.add(icao24);
            }
        }

        List<String> visited = new ArrayList<>();
        table.removeIf(Long.MAX_VALUE, s -> {
            visited.add(s.track.icao24());
            return removed.contains(s.track.icao24());
        });

        assertThat(visited).hasSize(icao24s.size()).doesNotHaveDuplicates();
        assertThat(table.size()).isEqualTo(icao24s.size() - removed.size());
        for (String icao24 : icao24s) {
            if (removed.contains(icao24)) {
                assertThat(table.get(icao24)).as(icao24).isNull();
            } else {
                assertThat(table.get(icao24)).as(icao24).isNotNull();
            }
        }
        List<String> keptWithAddress = icao24s.stream()
                .filter(s -> !removed.contains(s) && Icao24.address(s) != Icao24.NO_ADDRESS).toList();
        assertThat(icao24s(table.all()).subList(0, keptWithAddress.size())).containsExactlyElementsOf(keptWithAddress);

        String back = removed.stream().filter(s -> Icao24.address(s) != Icao24.NO_ADDRESS).findFirst().orElseThrow();
        AircraftState again = getOrCreate(back);
        assertThat(table.get(back)).isSameAs(again);
        assertThat(table.size()).isEqualTo(icao24s.size() - removed.size() + 1);
    }
    @Test
    void onlyAircraftSilentSinceTheGivenTimeAreVisitedAndTheirFixTimesFollowThemThroughRemovals() {
        Map<String, Long> times = new HashMap<>();
        Random random = new Random(5);
        for (String icao24 : addresses(5_000, 4)) {
            times.put(icao24, 1_000L + random.nextInt(1_000));
            table.fixed(getOrCreate(icao24), times.get(icao24));
        }
        List<String> silent = times.keySet().stream().filter(i -> times.get(i) <= 1_499).toList();

        List<String> visited = new ArrayList<>();
        table.removeIf(1_499, s -> {
            visited.add(s.track.icao24());
            return s.lastFixTime % 2 == 0;
        });
        assertThat(visited).containsExactlyInAnyOrderElementsOf(silent);

        // The survivors' times moved with them: a second sweep sees exactly the silent ones still there.
        List<String> again = new ArrayList<>();
        table.removeIf(1_499, s -> !again.add(s.track.icao24()));
        assertThat(again).containsExactlyInAnyOrderElementsOf(silent.stream().filter(i -> times.get(i) % 2 != 0).toList());
        for (AircraftState state : table.all()) {
            table.fixed(state, 5_000);
        }
        table.removeIf(1_499, s -> {
            throw new AssertionError("visited " + s.track.icao24() + " after a fresh fix");
        });
    }
}
