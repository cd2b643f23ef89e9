package io.divertwatch.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.divertwatch.identity.Resolution.Basis;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;

/** What watches by registration, serial number, type and operator resolve to, and why. */
class IdentityResolverTest {

    private static final AircraftIdentity NOTHING = new AircraftIdentity(null, null, List.of(), null, null, null, null);

    private static Register openSky() {
        Register.Builder b = Register.builder("OpenSky aircraft database");
        b.add("7342b3", "EP-PUS", "IL76", "Il-76TD", "Ilyushin", "1023409321", "Pouya Air", "PYA");
        // MSN 133 is two different aircraft: serial numbers are unique only within a type.
        b.add("4b1805", "HB-JVA", "E295", "Embraer 195-E2", "Embraer", "133", "Helvetic", "OAW");
        b.add("3c4b26", "D-AIRZ", "A321", "A321-131", "Airbus", "133", "Lufthansa", "DLH");
        return b.build();
    }

    @Test
    void aRegistrationResolvesThroughEveryRegisterThatKnowsIt() throws IOException {
        Register planeAlert = RegisterFormatTest.planeAlert().register();
        Register.Builder disagreeing = Register.builder("tar1090-db");
        disagreeing.add("152b31", "RA-76592", "IL76", null, null, null, null, null);
        IdentityResolver resolver = new IdentityResolver(new RegisterSet(List.of(planeAlert, disagreeing.build())));

        Resolution r = resolver.resolve(withRegistration("ra-76592"));

        assertThat(r.unresolved()).isNull();
        assertThat(r.addresses()).containsExactly("152b30", "152b31");
        assertThat(r.matches()).extracting(Resolution.Match::source).containsExactly("Plane-Alert", "tar1090-db");
        assertThat(r.matches()).allSatisfy(m -> {
            assertThat(m.basis()).isEqualTo(Basis.REGISTRATION);
            assertThat(m.why()).isEqualTo("registration ra-76592");
        });
    }

    @Test
    void aSerialNumberResolvesOnlyWithItsType() {
        IdentityResolver resolver = new IdentityResolver(new RegisterSet(List.of(openSky())));

        assertThat(resolver.resolve(serial("133", "A321", null)).addresses()).containsExactly("3c4b26");
        assertThat(resolver.resolve(serial("133", null, "Embraer")).addresses()).containsExactly("4b1805");
        // OFAC writes the model as "IL76-TD" or "Ilyushin IL-76TD"; the register's designator is IL76.
        Resolution pouya = resolver.resolve(serial("1023409321", "Ilyushin IL-76TD", null));
        assertThat(pouya.addresses()).containsExactly("7342b3");
        assertThat(pouya.matches().get(0).basis()).isEqualTo(Basis.SERIAL_NUMBER);
        assertThat(pouya.matches().get(0).registration()).isEqualTo("EP-PUS");
        // Another type with the same serial number is another aircraft.
        assertThat(resolver.resolve(serial("1023409321", "AN124", null)).addresses()).isEmpty();
    }

    @Test
    void aFleetResolvesToEveryAircraftOfItsTypeAndOperator() throws IOException {
        IdentityResolver resolver = new IdentityResolver(new RegisterSet(List.of(RegisterFormatTest.planeAlert()
                .register())));

        Resolution fleet = resolver.resolve(new AircraftIdentity(null, null, List.of(), "il76", "russian air force.",
                null, null));

        // Python's csv module counts 198 rows of operator "Russian Air Force" and ICAO type IL76 in the file.
        assertThat(fleet.addresses()).hasSize(198).contains("152b30");
        assertThat(fleet.matches()).allSatisfy(m -> assertThat(m.basis()).isEqualTo(Basis.FLEET));
        assertThat(resolver.resolve(new AircraftIdentity(null, null, List.of(), "IL76", null, null, null)).addresses())
                .hasSizeGreaterThan(198);
    }

    @Test
    void anOperatorMatchesByNameWordsOrIcaoCodeButNotByANoiseWord() {
        assertThat(Identifiers.operatorMatches("224th flight unit", "JSC 224th Flight Unit State Airlines", null))
                .isTrue();
        assertThat(Identifiers.operatorMatches("pya", "Pouya Air", "PYA")).isTrue();
        assertThat(Identifiers.operatorMatches("Air", "Pouya Air", "PYA")).isFalse();
        assertThat(Identifiers.operatorMatches("Pouya-Air", "POUYA AIR", null)).isTrue();
        assertThat(Identifiers.typeMatches("AN-124-100", "A124")).isFalse();
        assertThat(Identifiers.typeMatches("An-12BK", "AN12")).isTrue();
        assertThat(Identifiers.typeMatches("An-124", "AN12")).isFalse();
    }

    @Test
    void whatResolvesToNothingSaysWhy() {
        IdentityResolver none = new IdentityResolver(RegisterSet.EMPTY);
        assertThat(none.resolve(withRegistration("EP-GOM")).unresolved()).contains("no aircraft register is loaded");
        // The feeds' register alone (all there is offline) is no register loaded either.
        IdentityResolver feedsOnly = new IdentityResolver(new RegisterSet(List.of(
                Register.builder(LiveIdentities.REGISTER_NAME).build())));
        assertThat(feedsOnly.resolve(withRegistration("EP-GOM")).unresolved()).contains("no aircraft register is loaded");

        IdentityResolver resolver = new IdentityResolver(new RegisterSet(List.of(openSky())));
        String why = resolver.resolve(withRegistration("EP-GOM")).unresolved();
        assertThat(why).contains("registration EP-GOM").contains("OpenSky aircraft database");
        assertThat(resolver.resolve(NOTHING).addresses()).isEmpty();
    }

    private static AircraftIdentity withRegistration(String registration) {
        return new AircraftIdentity(null, registration, List.of(), null, null, null, null);
    }

    private static AircraftIdentity serial(String serial, String type, String manufacturer) {
        return new AircraftIdentity(null, null, List.of(), type, null, serial, manufacturer);
    }
}
