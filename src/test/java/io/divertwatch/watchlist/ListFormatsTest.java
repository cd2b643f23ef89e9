package io.divertwatch.watchlist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.divertwatch.common.ApiException;
import io.divertwatch.support.Corruptions;
import io.divertwatch.support.SharedData;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The list formats an import reads: the real OFAC SDN rows, FollowTheMoney lines and plain lists. */
class ListFormatsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void ofacAircraftRowsBecomeAircraftWithTheirLabelledRemarks() throws IOException {
        ListedEntity.Parsed parsed = parse(WatchlistFormat.OFAC_SDN, read("identity/ofac_sdn_csv_2024-05-03_aircraft.csv"));

        assertThat(parsed.rejected()).isEmpty();
        assertThat(parsed.entities()).hasSize(376).allMatch(e -> e.kind() == ListedEntity.Kind.AIRCRAFT);
        ListedEntity gom = entity(parsed, "15431");
        assertThat(gom.name()).isEqualTo("EP-GOM");
        assertThat(gom.aircraft().registration()).isEqualTo("EP-GOM");
        assertThat(gom.aircraft().serialNumber()).isEqualTo("1023409321");
        assertThat(gom.aircraft().typeCode()).isEqualTo("IL76-TD");
        assertThat(gom.program()).isEqualTo("SDGT");
        assertThat(gom.linkedTo()).isEqualTo("POUYA AIR");
        assertThat(gom.line()).isEqualTo(2);

        ListedEntity ra = entity(parsed, "43131");
        assertThat(ra.aircraft().registration()).isEqualTo("RA-76592");
        assertThat(ra.program()).isEqualTo("RUSSIA-EO14024");
        assertThat(ra.linkedTo()).isEqualTo("JOINT STOCK COMPANY THE 224TH FLIGHT UNIT STATE AIRLINES");

        // Programmes in OFAC's bracketed form; the Mode S code is the address itself.
        ListedEntity pus = entity(parsed, "48727");
        assertThat(pus.program()).isEqualTo("SDGT, NPWMD, IRGC, IFSR");
        assertThat(pus.aircraft().icao24()).isEqualTo("7342b3");

        // An entry named by its MSN, with the tail number it had before.
        ListedEntity msn = entity(parsed, "18151");
        assertThat(msn.aircraft().registration()).isNull();
        assertThat(msn.aircraft().previousRegistrations()).containsExactly("YI-NAE");
        assertThat(msn.aircraft().serialNumber()).isEqualTo("449");
        assertThat(msn.aircraft().typeCode()).isEqualTo("Airbus A340-642");
    }

    @Test
    void ofacVesselRowsAreKeptWithImoNumbers() throws IOException {
        ListedEntity.Parsed parsed = parse(WatchlistFormat.OFAC_SDN, read("identity/ofac_sdn_csv_2024-05-03_vessels.csv"));

        assertThat(parsed.entities()).hasSize(851).allMatch(e -> e.kind() == ListedEntity.Kind.VESSEL);
        assertThat(parsed.entities()).filteredOn(e -> e.name().equals("LADY R")).singleElement()
                .satisfies(e -> assertThat(e.vessel().imo()).isEqualTo("9161003"));
        assertThat(parsed.entities()).filteredOn(e -> "9179842".equals(e.vessel().imo())).extracting(ListedEntity::name)
                .containsExactly("ANGARA");
    }

    @Test
    void malformedOfacRowsAreReportedWithTheirLineAndTheRestRead() throws IOException {
        String body = """
                ent_num,SDN_Name,SDN_Type,Program,Title,Call_Sign,Vess_type,Tonnage,GRT,Vess_flag,Vess_owner,Remarks
                43131,RA-76592,aircraft,RUSSIA-EO14024,-0-,-0-,-0-,-0-,-0-,-0-,-0-,"Aircraft Model IL-76; Linked To: X."
                this row is short
                -0-,-0-,aircraft,X,-0-,-0-,-0-,-0-,-0-,-0-,-0-,-0-
                36,AEROCARIBBEAN AIRLINES,-0-,CUBA,-0-,-0-,-0-,-0-,-0-,-0-,-0-,Havana
                """;
        ListedEntity.Parsed parsed = parse(WatchlistFormat.OFAC_SDN, body);

        assertThat(parsed.entities()).extracting(ListedEntity::entityId).containsExactly("43131");
        assertThat(parsed.rejected()).extracting(ListedEntity.Rejected::line).containsExactly(3, 4);
        assertThat(parsed.rejected().get(0).reason()).contains("fields");
    }

    /** OpenSanctions-shaped lines: Mode S code among the registration numbers, the operator by its id. */
    private static final String FTM_LINES = """
                {"id": "ofac-43131", "schema": "Airplane", "properties": {"name": ["RA-76592"], "registrationNumber": ["RA-76592"], "serialNumber": ["43452555"], "icaoCode": ["IL76"], "operator": ["ofac-224"], "programId": ["RUSSIA-EO14024"]}}
                {"id": "ofac-48727", "schema": "Airplane", "properties": {"name": ["EP-PUS"], "registrationNumber": ["7342B3", "EP-PUS"], "serialNumber": ["1023409321"], "model": ["Ilyushin IL-76TD"]}}
                {"id": "ofac-224", "schema": "Company", "properties": {"name": ["JSC 224th Flight Unit"]}}
                {"id": "ofac-9161003", "schema": "Vessel", "properties": {"name": ["LADY R"], "imoNumber": ["9161003"], "mmsi": ["273445480"]}}
                {"id": "broken", "schema": "Airplane"
                """;

    @Test
    void followTheMoneyAirplanesNameTheirOperatorByTheEntityTheyReferTo() throws IOException {
        ListedEntity.Parsed parsed = parse(WatchlistFormat.FTM, FTM_LINES);

        ListedEntity ra = entity(parsed, "ofac-43131");
        assertThat(ra.linkedTo()).isEqualTo("JSC 224th Flight Unit");
        assertThat(ra.aircraft().operator()).isEqualTo("JSC 224th Flight Unit");
        assertThat(ra.aircraft().typeCode()).isEqualTo("IL76");
        assertThat(ra.program()).isEqualTo("RUSSIA-EO14024");
        // OpenSanctions puts OFAC's Mode S code among the registration numbers.
        ListedEntity pus = entity(parsed, "ofac-48727");
        assertThat(pus.aircraft().icao24()).isEqualTo("7342b3");
        assertThat(pus.aircraft().registration()).isEqualTo("EP-PUS");
        assertThat(entity(parsed, "ofac-9161003").vessel().mmsi()).isEqualTo("273445480");
        assertThat(parsed.entities()).hasSize(3);
        assertThat(parsed.rejected()).singleElement().satisfies(r -> assertThat(r.line()).isEqualTo(5));
    }

    @Test
    void plainListsHoldRegistrationsOrAddresses() throws IOException {
        ListedEntity.Parsed parsed = parse(WatchlistFormat.PLAIN, "RA-76592\n152b31\n# a comment\n\nnot a registration!\n");
        assertThat(parsed.entities()).extracting(e -> e.aircraft().registration()).containsExactly("RA-76592", null);
        assertThat(parsed.entities().get(1).aircraft().icao24()).isEqualTo("152b31");
        assertThat(parsed.rejected()).singleElement().satisfies(r -> assertThat(r.line()).isEqualTo(5));

        ListedEntity.Parsed hex = parse(WatchlistFormat.PLAIN, "icao24\n152b30\nRA-76592\n");
        assertThat(hex.entities()).extracting(e -> e.aircraft().icao24()).containsExactly("152b30");
        assertThat(hex.rejected()).singleElement().satisfies(r -> assertThat(r.reason()).contains("hex"));
    }

    @Test
    void plainListsNameVesselsByImoNumberOrMmsi() throws IOException {
        // Bare lines: "IMO" and seven digits is a vessel (its check digit checked); anything else is as before.
        ListedEntity.Parsed bare = parse(WatchlistFormat.PLAIN, "IMO 9161003\nimo:9161003\nIMO 9161004\nRA-76592\n");
        assertThat(bare.entities()).extracting(ListedEntity::kind, ListedEntity::entityId).containsExactly(
                tuple(ListedEntity.Kind.VESSEL, "IMO9161003"), tuple(ListedEntity.Kind.VESSEL, "IMO9161003"),
                tuple(ListedEntity.Kind.AIRCRAFT, "RA76592"));
        assertThat(bare.entities().get(0).vessel().imo()).isEqualTo("9161003");
        assertThat(bare.rejected()).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(3);
            assertThat(r.reason()).contains("not an IMO number");
        });

        // A spreadsheet's CSV: the header names the column to read, wherever it is, and the names beside it.
        ListedEntity.Parsed sheet = parse(WatchlistFormat.PLAIN,
                "name,imo,flag\nLADY R,9161003,Russia\n\"ANGARA, ex-SPARTA IV\",IMO 9179842,Russia\nMAIA-1,1234568,\n");
        assertThat(sheet.entities()).extracting(ListedEntity::name, e -> e.vessel().imo())
                .containsExactly(tuple("LADY R", "9161003"), tuple("ANGARA, ex-SPARTA IV", "9179842"));
        assertThat(sheet.rejected()).singleElement().satisfies(r -> assertThat(r.line()).isEqualTo(4));

        ListedEntity.Parsed mmsis = parse(WatchlistFormat.PLAIN, "MMSI,Name\n273999001,SHUTTLE\n0,NONE\n12345678901,LONG\n");
        assertThat(mmsis.entities()).extracting(ListedEntity::entityId, ListedEntity::name, e -> e.vessel().mmsi())
                .containsExactly(tuple("MMSI273999001", "SHUTTLE", "273999001"));
        assertThat(mmsis.rejected()).extracting(ListedEntity.Rejected::line).containsExactly(3, 4);

        ListedEntity.Parsed tails = parse(WatchlistFormat.PLAIN, "name,registration\nthe Il-76,RA-76592\n");
        assertThat(tails.entities()).singleElement().satisfies(e -> {
            assertThat(e.name()).isEqualTo("the Il-76");
            assertThat(e.aircraft().registration()).isEqualTo("RA-76592");
        });
    }

    @Test
    void formatsAreRecognisedOrNamedAndAnUnknownOneIsRefusedNamingTheAccepted() {
        assertThat(WatchlistFormat.recognise("ent_num,SDN_Name,SDN_Type")).isEqualTo(WatchlistFormat.OFAC_SDN);
        assertThat(WatchlistFormat.recognise("15431,EP-GOM,aircraft,SDGT,-0-,-0-,-0-,-0-,-0-,-0-,-0-,Aircraft"))
                .isEqualTo(WatchlistFormat.OFAC_SDN);
        assertThat(WatchlistFormat.recognise("\uFEFF{\"id\": \"x\"}")).isEqualTo(WatchlistFormat.FTM);
        assertThat(WatchlistFormat.recognise("RA-76592")).isEqualTo(WatchlistFormat.PLAIN);
        assertThat(WatchlistFormat.named(" OFAC-SDN ")).isEqualTo(WatchlistFormat.OFAC_SDN);
        assertThatThrownBy(() -> WatchlistFormat.named("xlsx")).isInstanceOf(ApiException.class)
                .hasMessageContaining("ofac-sdn, ftm, plain");
    }

    @Test
    void damagedListsAreReadRowByRowAndNeverThrow() throws IOException {
        String ofac = String.join("\n", lines("identity/ofac_sdn_csv_2024-05-03_aircraft.csv").subList(0, 40));
        Map<WatchlistFormat, String> valid = Map.of(WatchlistFormat.OFAC_SDN, ofac, WatchlistFormat.FTM, FTM_LINES,
                WatchlistFormat.PLAIN, "registration\nRA-76592\nEP-GOM\nYI-NAE\n");
        valid.forEach((format, body) -> Corruptions.of(body, 20261207L + format.ordinal(), 300, damaged -> {
            ListedEntity.Parsed parsed;
            try {
                parsed = parse(format, damaged);
            } catch (IOException e) {
                throw new AssertionError(e);
            }
            int lines = damaged.split("\n", -1).length;
            assertThat(parsed.rejected()).allSatisfy(r -> assertThat(r.line()).isBetween(1, lines));
            assertThat(parsed.entities()).allSatisfy(e -> {
                assertThat(e.entityId()).isNotBlank();
                assertThat(e.line()).isBetween(1, lines);
            });
        }));
    }

    private static ListedEntity entity(ListedEntity.Parsed parsed, String id) {
        return parsed.entities().stream().filter(e -> e.entityId().equals(id)).findFirst().orElseThrow();
    }

    private static ListedEntity.Parsed parse(WatchlistFormat format, String body) throws IOException {
        return format.parse(new BufferedReader(new StringReader(body)), JSON);
    }

    private static String read(String relative) throws IOException {
        return Files.readString(SharedData.require(relative), StandardCharsets.UTF_8);
    }

    static List<String> lines(String relative) throws IOException {
        return Files.readAllLines(SharedData.require(relative), StandardCharsets.UTF_8);
    }
}
