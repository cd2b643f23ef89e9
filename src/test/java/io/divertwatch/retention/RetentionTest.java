package io.divertwatch.retention;

import static org.assertj.core.api.Assertions.assertThat;

import io.divertwatch.aircraft.StoredFixes;
import io.divertwatch.aircraft.StoredFixes.StoredFix;
import io.divertwatch.alert.Alert;
import io.divertwatch.alert.AlertMapper;
import io.divertwatch.sea.VesselFix;
import io.divertwatch.support.Detections;
import io.divertwatch.track.Fix;
import io.divertwatch.vessel.StoredVesselFixes;
import io.divertwatch.vessel.StoredVesselFixes.StoredVesselFix;
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
    StoredVesselFixes vesselFixes;
    @Inject
    RetentionJob retention;
    @Inject
    AlertMapper mapper;
    @Inject
    EntityManager db;

    private static Fix fixAt(Instant time) {
        return new Fix(time.getEpochSecond(), 39.2, 125.7, 900, false, 80, 20, -4, "7700", "test");
    }

    private static VesselFix vesselFixAt(Instant time) {
        return new VesselFix(time.getEpochSecond(), 42.23, 130.30, 0.1, Double.NaN, "test");
    }

    @Test
    void fixesPastThirtyDaysAndAlertsPastTheirRetentionGoWhileTheRestStays() {
        Instant now = Instant.parse("2026-11-26T12:00:00Z");
        fixes.save(List.of(new StoredFix("ee0001", "OLD1", fixAt(now.minus(Duration.ofDays(31))), null),
                new StoredFix("ee0001", "NEW1", fixAt(now.minus(Duration.ofDays(29))), null)));
        vesselFixes.save(List.of(new StoredVesselFix(273000077, vesselFixAt(now.minus(Duration.ofDays(31)))),
                new StoredVesselFix(273000077, vesselFixAt(now.minus(Duration.ofDays(29))))));
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

        assertThat(deleted).isEqualTo(3);
        assertThat(vesselFixes.since(273000077, 0)).extracting(VesselFix::time)
                .containsExactly(now.minus(Duration.ofDays(29)).getEpochSecond());
        List<StoredFix> kept = fixes.since(0, "ee0001");
        assertThat(kept).extracting(StoredFix::callsign).containsExactly("NEW1");
        assertThat(kept.get(0).fix()).isEqualTo(fixAt(now.minus(Duration.ofDays(29))));
        assertThat(QuarkusTransaction.requiringNew().call(() -> Alert.<Alert>findById(oldId))).isNull();
        assertThat(QuarkusTransaction.requiringNew().call(() -> Alert.count("icao24 like 'ee1%'"))).isEqualTo(1);
        assertThat(retention.purge(now)).isZero();
    }
}
