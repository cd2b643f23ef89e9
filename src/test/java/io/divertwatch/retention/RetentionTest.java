package io.divertwatch.retention;

import static org.assertj.core.api.Assertions.assertThat;

import io.divertwatch.aircraft.StoredFixes;
import io.divertwatch.aircraft.StoredFixes.StoredFix;
import io.divertwatch.alert.Alert;
import io.divertwatch.alert.AlertMapper;
import io.divertwatch.support.Detections;
import io.divertwatch.track.Fix;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(RetentionTest.KeepAlertsNinetyDays.class)
class RetentionTest {

    public static class KeepAlertsNinetyDays implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("divertwatch.retention.alerts", "90d", "divertwatch.retention.deliveries", "30d",
                    "quarkus.datasource.jdbc.url", "jdbc:h2:mem:retention;DB_CLOSE_DELAY=-1");
        }
    }

    @Inject
    StoredFixes fixes;
    @Inject
    RetentionJob retention;
    @Inject
    AlertMapper mapper;
    @Inject
    EntityManager db;

    private static Fix fixAt(Instant time) {
        return new Fix(time.getEpochSecond(), 39.2, 125.7, 900, false, 80, 20, -4, "7700", "test");
    }

    @Test
    void fixesPastThirtyDaysAndAlertsPastTheirRetentionGoWhileTheRestStays() {
        Instant now = Instant.parse("2026-11-26T12:00:00Z");
        fixes.save(List.of(new StoredFix("ee0001", "OLD1", fixAt(now.minus(Duration.ofDays(31)))),
                new StoredFix("ee0001", "NEW1", fixAt(now.minus(Duration.ofDays(29))))));
        var detections = Detections.distinct("ee1", 2);
        long oldId = QuarkusTransaction.requiringNew().call(() -> {
            Alert old = mapper.toEntity(detections.get(0), now);
            old.time = now.minus(Duration.ofDays(100));
            old.persist();
            Alert recent = mapper.toEntity(detections.get(1), now);
            recent.time = now.minus(Duration.ofDays(10));
            recent.persist();
            return old.id;
        });

        int deleted = retention.purge(now);

        assertThat(deleted).isEqualTo(2);
        List<StoredFix> kept = fixes.since(0, "ee0001");
        assertThat(kept).extracting(StoredFix::callsign).containsExactly("NEW1");
        assertThat(kept.get(0).fix()).isEqualTo(fixAt(now.minus(Duration.ofDays(29))));
        assertThat(QuarkusTransaction.requiringNew().call(() -> Alert.<Alert>findById(oldId))).isNull();
        assertThat(QuarkusTransaction.requiringNew().call(() -> Alert.count("icao24 like 'ee1%'"))).isEqualTo(1);
        assertThat(retention.purge(now)).isZero();
    }
}
