package io.divertwatch.vessel;

import static io.divertwatch.support.Api.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.divertwatch.sea.VesselReport;
import io.divertwatch.sea.VesselStatics;
import io.divertwatch.support.SharedData;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

import java.nio.file.Files;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/**
 * The seed story's ships from the real OFAC list: imported, watched by IMO number, and recognised
 * when a vessel transmits that number, so that its call at Najin names the list entry.
 */
@QuarkusTest
class ListedVesselsEndToEndTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    LiveVessels live;

    @Test
    void anImportedListWatchesItsShipsByImoAndTheirCallsNameTheEntry() throws Exception {
        byte[] body = Files.readAllBytes(SharedData.require("identity/ofac_sdn_csv_2024-05-03_vessels.csv"));
        given().contentType("text/csv").queryParam("name", "OFAC SDN vessels").body(body).post("/api/v1/watchlists")
                .then().statusCode(201);
        JsonNode watches = JSON.readTree(given().queryParam("limit", 1000).get("/api/v1/vessel-watches").then()
                .statusCode(200).extract().asString());
        JsonNode ladyR = find(watches, "imo", 9161003);
        assertThat(ladyR.get("name").asText()).isEqualTo("LADY R");
        assertThat(ladyR.get("listEntityId").asText()).isEqualTo("37095");
        assertThat(ladyR.get("program").asText()).isEqualTo("RUSSIA-EO14024");
        assertThat(ladyR.get("linkedTo").asText()).contains("TRANSMORFLOT");
        assertThat(find(watches, "imo", 9179842).get("name").asText()).isEqualTo("ANGARA");
        assertThat(find(watches, "imo", 9358010).get("name").asText()).isEqualTo("MAIA-1");
        // The list's MMSIs are taken too: LADY RANIA's entry gives both.
        assertThat(find(watches, "imo", 9784893).get("mmsi").asInt()).isEqualTo(273382620);

        // A vessel transmitting Lady R's IMO number lies at Najin for twenty minutes.
        int mmsi = 273_111_222;
        long start = Instant.now().getEpochSecond() - 1800;
        VesselStatics said = new VesselStatics(9161003, "LADY R", "UBXX7", 70, 130, 20, 6.0, "VOSTOCHNY", null);
        for (long t = start; t <= start + 1200; t += 120) {
            live.accept(new VesselReport(mmsi, t, 42.2300, 130.3020, 0.0, Double.NaN, -1, 5, "test"), said);
        }

        JsonNode alert = JSON.readTree(given().queryParam("mmsi", mmsi).queryParam("type", "PORT_CALL")
                .get("/api/v1/alerts").then().statusCode(200).extract().asString()).get(0);
        assertThat(alert.get("port").asText()).isEqualTo("Najin (Rajin) (North Korea)");
        assertThat(alert.get("imo").asInt()).isEqualTo(9161003);
        assertThat(alert.get("vesselName").asText()).isEqualTo("LADY R");
        assertThat(alert.get("vesselWatchId").asLong()).isEqualTo(ladyR.get("id").asLong());
        assertThat(alert.get("listEntry").get("entityId").asText()).isEqualTo("37095");
        assertThat(alert.get("severity").asText()).isEqualTo("critical");
        assertThat(alert.get("summary").asText()).contains("Najin").contains("Listed: OFAC SDN vessels entry 37095");
    }

    private static JsonNode find(JsonNode list, String field, int value) {
        for (JsonNode n : list) {
            if (n.path(field).asInt() == value) {
                return n;
            }
        }
        throw new AssertionError("no vessel watch with " + field + " " + value);
    }
}
