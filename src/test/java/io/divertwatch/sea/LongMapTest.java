package io.divertwatch.sea;

import static org.assertj.core.api.Assertions.assertThat;

import io.divertwatch.support.Seeded;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The grid's table against java.util.HashMap under random puts and removals, through resizes. */
class LongMapTest {

    @Test
    void answersAsAHashMapDoesThroughPutsRemovalsAndResizes() {
        Seeded.forAll(77L, 200, draw -> {
            LongMap<Integer> map = new LongMap<>();
            Map<Long, Integer> expected = new HashMap<>();
            // Few distinct keys, so that removals hit and probe runs wrap around the table.
            int distinct = draw.between(5, 2_000);
            for (int op = 0; op < 5_000; op++) {
                long key = (draw.between(1L, (long) distinct) * 0x9E3779B97F4A7C15L) | 1;
                if (op % 500 == 499) {
                    // Drop the odd values, as a sweep drops stale entries.
                    map.removeIf(v -> v % 2 == 1);
                    expected.values().removeIf(v -> v % 2 == 1);
                } else if (draw.bool()) {
                    map.put(key, op);
                    expected.put(key, op);
                } else {
                    map.remove(key);
                    expected.remove(key);
                }
                if (op % 97 == 0) {
                    for (Map.Entry<Long, Integer> e : expected.entrySet()) {
                        assertThat(map.get(e.getKey())).isEqualTo(e.getValue());
                    }
                    assertThat(map.size()).isEqualTo(expected.size());
                }
            }
            for (long k = 1; k <= distinct; k++) {
                long key = (k * 0x9E3779B97F4A7C15L) | 1;
                assertThat(map.get(key)).isEqualTo(expected.get(key));
            }
        });
    }
}
