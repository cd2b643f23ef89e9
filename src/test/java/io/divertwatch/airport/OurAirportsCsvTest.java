package io.divertwatch.airport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.divertwatch.geo.Airport;
import io.divertwatch.geo.AirportIndex;
import io.divertwatch.support.SharedData;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class OurAirportsCsvTest {

    static final String HEADER = "\"id\",\"ident\",\"type\",\"name\",\"latitude_deg\",\"longitude_deg\","
            + "\"elevation_ft\",\"continent\",\"iso_country\",\"iso_region\",\"municipality\",\"scheduled_service\","
            + "\"icao_code\",\"iata_code\",\"gps_code\",\"local_code\",\"home_link\",\"wikipedia_link\",\"keywords\"\n";

    /** Two open Berlin airports and closed ones named in their keywords, as OurAirports lists them. */
    private static final String BERLIN = HEADER + """
            301881,"EDDB","large_airport","Berlin Brandenburg Airport",52.361738,13.502341,157,"EU","DE","DE-BR","Berlin","yes","EDDB","BER","EDDB",,,,
            2223,"DE-0876","closed","Berlin-Tegel Otto Lilienthal International Airport",52.557675,13.29185,122,"EU","DE","DE-BE","Berlin","no",,,,,,,"TXL, EDDT, Otto Lilienthal"
            9001,"DE-9001","closed","Old Field, with a comma",52.4,13.4,100,"EU","DE","DE-BE","Berlin","no",,,,,,,"NATO, EDZZ"
            9002,"DE-9002","closed","First claimant",52.5,13.5,100,"EU","DE","DE-BE","Berlin","no",,,,,,,"EDYY"
            9003,"DE-9003","closed","Second claimant",52.6,13.6,100,"EU","DE","DE-BE","Berlin","no",,,,,,,"EDYY"
            9004,"DE-9004","closed","Taken code",52.7,13.7,100,"EU","DE","DE-BE","Berlin","no",,,,,,,"EDDB"
            9005,"XXX","small_airport","No position",,13.7,100,"EU","DE","DE-BE","Berlin","no",,,,,,,
            """;

    @Test
    void aClosedAirportIsKnownByItsFormerIcaoCodeWhenNothingElseClaimsIt() throws IOException {
        AirportIndex index = index(BERLIN);

        Airport tegel = index.byIdent("EDDT").orElseThrow();
        assertThat(tegel.ident()).isEqualTo("EDDT");
        assertThat(tegel.name()).isEqualTo("Berlin-Tegel Otto Lilienthal International Airport");
        assertThat(index.byIdent("DE-0876")).contains(tegel);
        // NATO is no code of a German airport; EDZZ, the next keyword, is.
        Airport old = index.byIdent("DE-9001").orElseThrow();
        assertThat(old.ident()).isEqualTo("EDZZ");
        assertThat(old.name()).isEqualTo("Old Field, with a comma");
        assertThat(index.byIdent("NATO")).contains(old);
        // Two closed fields claiming one code, or a code an open airport holds: the placeholder stays.
        assertThat(index.byIdent("DE-9002").orElseThrow().ident()).isEqualTo("DE-9002");
        assertThat(index.byIdent("DE-9003").orElseThrow().ident()).isEqualTo("DE-9003");
        assertThat(index.byIdent("DE-9004").orElseThrow().ident()).isEqualTo("DE-9004");
        assertThat(index.byIdent("EDDB").orElseThrow().name()).isEqualTo("Berlin Brandenburg Airport");
    }

    @Test
    void rowsWithoutAPositionAreSkippedAndCounted() throws IOException {
        OurAirportsCsv.Result result = OurAirportsCsv.parse(new StringReader(BERLIN));

        assertThat(result.skippedRows()).isEqualTo(1);
        assertThat(result.airports()).hasSize(6);
    }

    @Test
    void aFileWithoutTheColumnsItNeedsIsRefused() {
        assertThatThrownBy(() -> OurAirportsCsv.parse(new StringReader("code,lat,lon\nEDDT,52.5,13.3\n")))
                .isInstanceOf(IOException.class).hasMessageContaining("column 'ident' missing");
    }

    @Test
    void onTheRealFileTegelIsEddtAndNoIdentIsTakenTwice() throws IOException {
        Path csv = SharedData.require("airports/airports.csv");
        OurAirportsCsv.Result result;
        try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            result = OurAirportsCsv.parse(r);
        }
        AirportIndex index = new AirportIndex(result.airports(), result.aliases(), csv.toString());

        assertThat(index.byIdent("EDDT").orElseThrow().name()).contains("Tegel");
        assertThat(index.byIdent("DE-0876").orElseThrow().ident()).isEqualTo("EDDT");
        assertThat(index.byIdent("LTBA").orElseThrow().name()).contains("Atatürk");
        assertThat(result.airports()).extracting(Airport::ident).doesNotHaveDuplicates();
        assertThat(index.size()).isEqualTo(result.airports().size());
    }

    private static AirportIndex index(String csv) throws IOException {
        OurAirportsCsv.Result result = OurAirportsCsv.parse(new StringReader(csv));
        return new AirportIndex(result.airports(), result.aliases(), "test");
    }
}
