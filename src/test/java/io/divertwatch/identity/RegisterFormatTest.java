package io.divertwatch.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.divertwatch.support.SharedData;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The three register formats, read from the real Plane-Alert file and rows shaped like the others' files. */
class RegisterFormatTest {

    @Test
    void planeAlertGivesAddressRegistrationTypeAndOperator() throws IOException {
        RegisterFormat.Read read = planeAlert();
        // The README counts 1,028 rows, every one with a valid address.
        assertThat(read.rows()).isEqualTo(1028);
        assertThat(read.skipped()).isZero();
        Register register = read.register();
        assertThat(register.byRegistration("RA-76592")).singleElement().satisfies(e -> {
            assertThat(e.icao24()).isEqualTo("152b30");
            assertThat(e.typeCode()).isEqualTo("IL76");
            assertThat(e.typeName()).isEqualTo("Ilyushin IL-76MD");
            assertThat(e.operator()).isEqualTo("Russian Air Force");
            assertThat(e.register()).isEqualTo("Plane-Alert");
        });
        // Registrations compare without case or punctuation; addresses in any case.
        assertThat(register.byRegistration("ra76592")).hasSize(1);
        assertThat(register.byAddress("152B30")).extracting(RegisterEntry::registration).containsExactly("RA-76592");
        assertThat(register.byAddress("000001")).isEmpty();
        assertThat(register.byAddress("not an address")).isEmpty();
    }

    @Test
    void formatsAreRecognisedByTheirFirstLine() throws IOException {
        String header = Files.readAllLines(SharedData.require("identity/plane-alert-db_subset.csv")).get(0);
        assertThat(RegisterFormat.recognise(header)).isEqualTo(RegisterFormat.PLANE_ALERT);
        assertThat(RegisterFormat.recognise("'icao24','registration','manufacturericao','manufacturername'"))
                .isEqualTo(RegisterFormat.OPENSKY);
        assertThat(RegisterFormat.recognise("0d0ef5;XA-UQM;B738;00;BOEING 737-800;;;")).isEqualTo(RegisterFormat.TAR1090);
        assertThat(RegisterFormat.recognise("<html>")).isNull();
    }

    @Test
    void openSkyDatabaseGivesSerialNumbersAndOperatorCodes() throws IOException {
        // The aircraft database's header and quoting ('…'), with a comma inside a quoted operator name.
        String csv = """
                'icao24','registration','manufacturericao','manufacturername','model','typecode','serialnumber','linenumber','icaoaircrafttype','operator','operatorcallsign','operatoricao','operatoriata','owner'
                '7342b3','EP-PUS','ILYUSHIN','Ilyushin','Il-76TD','IL76','1023409321','','L4J','Pouya Air, Tehran','POUYA','PYA','',''
                '152b30','RA-76592','ILYUSHIN','Ilyushin','Il-76MD','IL76','43452555','','L4J','','','','','Russian Air Force'
                'zzzzzz','BAD','','','','','','','','','','','',''
                """;
        RegisterFormat.Read read = RegisterFormat.OPENSKY.read(reader(csv), "OpenSky aircraft database");
        assertThat(read.rows()).isEqualTo(3);
        assertThat(read.skipped()).isEqualTo(1);
        RegisterEntry pus = read.register().bySerial("1023409321").get(0);
        assertThat(pus.icao24()).isEqualTo("7342b3");
        assertThat(pus.registration()).isEqualTo("EP-PUS");
        assertThat(pus.operator()).isEqualTo("Pouya Air, Tehran");
        assertThat(pus.operatorIcao()).isEqualTo("PYA");
        assertThat(pus.manufacturer()).isEqualTo("Ilyushin");
        // Without an operator, the owner stands in.
        assertThat(read.register().byAddress("152b30").get(0).operator()).isEqualTo("Russian Air Force");
    }

    @Test
    void tar1090DatabaseHasNoHeaderAndSemicolons() throws IOException {
        String csv = """
                152b30;RA-76592;IL76;10;ILYUSHIN Il-76MD;1984;Russian Air Force;
                15406e;RA-82030;A124;10;ANTONOV An-124-100;;;
                nothex;X;;;;;;
                """;
        RegisterFormat.Read read = RegisterFormat.TAR1090.read(reader(csv), "tar1090-db");
        assertThat(read.rows()).isEqualTo(3);
        assertThat(read.skipped()).isEqualTo(1);
        assertThat(read.register().byRegistration("RA-82030")).singleElement()
                .satisfies(e -> assertThat(e.typeCode()).isEqualTo("A124"));
        assertThat(read.register().byAddress("152b30").get(0).operator()).isEqualTo("Russian Air Force");
    }

    @Test
    void configuredSourcesNameTheirRegister() {
        List<Registers.Source> sources = Registers.sources(List.of(
                "plane-alert:https://example.org/plane-alert-db.csv", "https://example.org/aircraft.csv.gz",
                "tar1090:/data/a.csv", "tar1090:/data/b.csv", "none", " "));
        assertThat(sources).extracting(Registers.Source::name)
                .containsExactly("Plane-Alert", "aircraft.csv.gz", "tar1090-db", "tar1090-db (b.csv)");
        assertThat(sources.get(0).location()).isEqualTo("https://example.org/plane-alert-db.csv");
        assertThat(sources.get(1).format()).isNull();
    }

    static RegisterFormat.Read planeAlert() throws IOException {
        try (BufferedReader in = Files.newBufferedReader(SharedData.require("identity/plane-alert-db_subset.csv"),
                StandardCharsets.UTF_8)) {
            return RegisterFormat.PLANE_ALERT.read(in, "Plane-Alert");
        }
    }

    private static BufferedReader reader(String text) {
        return new BufferedReader(new StringReader(text));
    }
}
