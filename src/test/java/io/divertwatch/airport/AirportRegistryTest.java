package io.divertwatch.airport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.divertwatch.common.ApiException;
import io.divertwatch.geo.Airport;
import io.divertwatch.support.RecordingEvent;
import io.quarkus.runtime.StartupEvent;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which airports the service knows, and what a client is told about a code it does not know. */
class AirportRegistryTest {

    @TempDir
    Path dir;

    @Test
    void anUnknownCodeWhileOnlyTheBuiltInListIsLoadedSaysHowToLoadTheFullList() {
        AirportRegistry registry = started(dir.resolve("missing.csv").toString(), new RecordingEvent<>());

        assertThat(registry.require("zkpy", "destination").ident()).isEqualTo("ZKPY");
        assertThatThrownBy(() -> registry.require("KSFO", "destination"))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(400))
                .hasMessageContaining("destination 'KSFO' is not a known airport ident")
                .hasMessageContaining("only the built-in list of " + BuiltInAirports.all().size() + " airports")
                .hasMessageContaining("divertwatch.airports.source");
    }

    @Test
    void anUnknownCodeWithTheFullListLoadedIsJustUnknown() throws Exception {
        Path csv = dir.resolve("airports.csv");
        Files.writeString(csv, OurAirportsCsvTest.HEADER + """
                3878,"KSFO","large_airport","San Francisco International Airport",37.619806,-122.374821,13,"NA","US","US-CA","San Francisco","yes","KSFO","SFO","KSFO","SFO",,,
                """);
        RecordingEvent<AirportsLoaded> loaded = new RecordingEvent<>();
        AirportRegistry registry = started(csv.toString(), loaded);

        assertThat(loaded.fired).singleElement().satisfies(e -> assertThat(e.index().size()).isEqualTo(1));
        assertThat(registry.require("KSFO", "destination").name()).isEqualTo("San Francisco International Airport");
        assertThatThrownBy(() -> registry.require("KXXX", "origin"))
                .isInstanceOf(ApiException.class)
                .hasMessage("origin 'KXXX' is not a known airport ident (OurAirports, e.g. ZKPY)");
    }

    private static AirportRegistry started(String source, RecordingEvent<AirportsLoaded> loaded) {
        AirportRegistry registry = new AirportRegistry(new AirportsConfig() {
            @Override
            public String source() {
                return source;
            }

            @Override
            public String cacheDir() {
                return "unused";
            }

            @Override
            public Duration downloadTimeout() {
                return Duration.ofSeconds(1);
            }
        }, loaded);
        registry.onStart(new StartupEvent());
        return registry;
    }
}
