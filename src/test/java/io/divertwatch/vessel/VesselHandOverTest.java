package io.divertwatch.vessel;

import static io.divertwatch.support.Api.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.divertwatch.alert.AlertRecorder;
import io.divertwatch.sea.VesselFix;
import io.divertwatch.sea.VesselReport;
import io.divertwatch.support.ShuttleCsv;
import io.divertwatch.vessel.StoredVesselFixes.StoredVesselFix;
import io.divertwatch.vessel.feed.VesselCsv;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A poller hand-over in the middle of a silence: the replica that took over knows the vessel only
 * from the fixes its predecessor stored, and must still see the two days of silence when the vessel
 * speaks again, and raise what the predecessor raised not a second time.
 */
@QuarkusTest
class VesselHandOverTest {

    @Inject
    StoredVesselFixes stored;
    @Inject
    MaritimeSettings settings;
    @Inject
    VesselWatchService watches;
    @Inject
    AlertRecorder alerts;
    @Inject
    VesselIdentities identities;

    @Test
    void aReplicaThatTakesOverMidSilenceStillNamesNajinAndRaisesNothingTwice() {
        int mmsi = 273_000_043;
        List<VesselCsv.Row> rows = ShuttleCsv.rows(mmsi, 300);
        long lastBeforeSilence = 0;
        for (int i = 1; i < rows.size(); i++) {
            if (rows.get(i).report().time() - rows.get(i - 1).report().time() > 24 * 3600) {
                lastBeforeSilence = rows.get(i - 1).report().time();
            }
        }
        // The first poller saw the shuttle leave Vostochny, stored its fixes and raised the calls.
        LiveVessels first = replica();
        List<StoredVesselFix> kept = new ArrayList<>();
        for (VesselCsv.Row row : rows) {
            VesselReport r = row.report();
            if (r.time() <= lastBeforeSilence) {
                first.accept(r, row.statics());
                kept.add(new StoredVesselFix(mmsi, new VesselFix(r.time(), r.lat(), r.lon(), r.speedKn(), r.courseDeg(),
                        r.source())));
            }
        }
        stored.save(kept);
        given().get("/api/v1/alerts?mmsi=" + mmsi).then().body("type", hasSize(2));

        // It dies; the next replica rebuilds from the stored fixes and hears the vessel again.
        LiveVessels second = replica();
        second.rebuild(stored.allSince(rows.get(0).report().time()));
        for (VesselCsv.Row row : rows) {
            if (row.report().time() > lastBeforeSilence) {
                second.accept(row.report(), row.statics());
            }
        }

        given().get("/api/v1/alerts?mmsi=" + mmsi).then()
                .body("type", hasItem("POSSIBLE_UNDECLARED_PORT_CALL")).body("type", hasItem("AIS_GAP"))
                .body("findAll { it.type == 'PORT_CALL' }", hasSize(2))
                .body("find { it.type == 'POSSIBLE_UNDECLARED_PORT_CALL' }.portCandidates[0].name",
                        equalTo("Najin (Rajin)"));
    }

    private LiveVessels replica() {
        return new LiveVessels(settings, watches, alerts, stored, identities, new SimpleMeterRegistry());
    }
}
