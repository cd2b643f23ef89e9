package io.divertwatch.track;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StateVectorTest {

    @Test
    void anAddressIsItsTwentyFourBitsAndANonIcaoOneIsKeptApart() {
        assertThat(Icao24.address("abc123")).isEqualTo(0xabc123);
        assertThat(Icao24.address("000000")).isZero();
        assertThat(Icao24.address("~abc123")).isEqualTo(0xabc123 | 1 << 24);
        assertThat(Icao24.address("ffffff")).isNotEqualTo(Icao24.address("~ffffff"));
    }

    @Test
    void anythingButSixLowercaseHexDigitsHasNoAddress() {
        for (String bad : new String[] { "", "abc12", "abc1234", "ABC123", "abc12g", "~abc12", "~~bc123", " bc123" }) {
            assertThat(Icao24.address(bad)).as(bad).isEqualTo(Icao24.NO_ADDRESS);
        }
    }

    @Test
    void aStateCarriesTheAddressOfItsIcao24AndRefusesAnother() {
        assertThat(state("3c6444").address()).isEqualTo(0x3c6444);
        assertThat(state(null).address()).isEqualTo(Icao24.NO_ADDRESS);
        assertThatThrownBy(() -> new StateVector("3c6444", null, null, 0, 1, 50, 8, Double.NaN, null, Double.NaN,
                Double.NaN, Double.NaN, Double.NaN, null, "test", 0x3c6445, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCallsignKeyTellsCallsignsApartAndGivesUpOnWhatDoesNotFit() {
        assertThat(StateVector.callsignKey("DLH4AB")).isNotZero().isNotEqualTo(StateVector.callsignKey("DLH4AC"))
                .isNotEqualTo(StateVector.callsignKey("DLH4AB "));
        assertThat(StateVector.callsignKey("ABCDEFGH")).isNotEqualTo(StateVector.callsignKey("BCDEFGH"));
        assertThat(StateVector.callsignKey("ABCDEFGHI")).isZero();
        assertThat(StateVector.callsignKey("DLH4ÄB")).isZero();
        StateVector sv = new StateVector("3c6444", "DLH4AB", null, 0, 1, 50, 8, Double.NaN, null, Double.NaN,
                Double.NaN, Double.NaN, Double.NaN, null, "test");
        assertThat(sv.callsignKey()).isEqualTo(StateVector.callsignKey("DLH4AB"));
        assertThatThrownBy(() -> new StateVector("3c6444", "DLH4AB", null, 0, 1, 50, 8, Double.NaN, null, Double.NaN,
                Double.NaN, Double.NaN, Double.NaN, null, "test", 0x3c6444, StateVector.callsignKey("DLH4AC")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aValidSquawkIsTheSharedStringAndAnInvalidOneIsKeptAsSent() {
        StateVector emergency = withSquawk(new String(new char[] { '7', '7', '0', '0' }));
        assertThat(emergency.squawk()).isEqualTo("7700").isSameAs(withSquawk("7700").squawk());
        assertThat(withSquawk(" 7700 ").squawk()).as("blanks around a code").isSameAs(emergency.squawk());
        assertThat(withSquawk("7780").squawk()).isEqualTo("7780");
        assertThat(withSquawk("77 00").squawk()).isEqualTo("77 00");
        assertThat(withSquawk(null).squawk()).isNull();
    }

    private static StateVector withSquawk(String squawk) {
        return new StateVector("3c6444", null, null, 0, 1, 50, 8, Double.NaN, null, Double.NaN, Double.NaN, Double.NaN,
                Double.NaN, squawk, "test");
    }

    private static StateVector state(String icao24) {
        return new StateVector(icao24, null, null, 0, 1, 50, 8, Double.NaN, null, Double.NaN, Double.NaN, Double.NaN,
                Double.NaN, null, "test");
    }
}
