package io.divertwatch.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StateVectorTest {

    @Test
    void anAddressIsItsTwentyFourBitsAndANonIcaoOneIsKeptApart() {
        assertThat(StateVector.address("abc123")).isEqualTo(0xabc123);
        assertThat(StateVector.address("000000")).isZero();
        assertThat(StateVector.address("~abc123")).isEqualTo(0xabc123 | 1 << 24);
        assertThat(StateVector.address("ffffff")).isNotEqualTo(StateVector.address("~ffffff"));
    }

    @Test
    void anythingButSixLowercaseHexDigitsHasNoAddress() {
        for (String bad : new String[] { "", "abc12", "abc1234", "ABC123", "abc12g", "~abc12", "~~bc123", " bc123" }) {
            assertThat(StateVector.address(bad)).as(bad).isEqualTo(StateVector.NO_ADDRESS);
        }
    }

    @Test
    void aStateCarriesTheAddressOfItsIcao24AndRefusesAnother() {
        assertThat(state("3c6444").address()).isEqualTo(0x3c6444);
        assertThat(state(null).address()).isEqualTo(StateVector.NO_ADDRESS);
        assertThatThrownBy(() -> new StateVector("3c6444", null, null, 0, 1, 50, 8, Double.NaN, null, Double.NaN,
                Double.NaN, Double.NaN, Double.NaN, null, "test", 0x3c6445))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static StateVector state(String icao24) {
        return new StateVector(icao24, null, null, 0, 1, 50, 8, Double.NaN, null, Double.NaN, Double.NaN, Double.NaN,
                Double.NaN, null, "test");
    }
}
