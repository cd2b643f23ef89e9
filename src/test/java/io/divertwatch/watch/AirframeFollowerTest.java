package io.divertwatch.watch;

import static org.assertj.core.api.Assertions.assertThat;

import io.divertwatch.identity.IdentityResolver;
import io.divertwatch.identity.Register;
import io.divertwatch.identity.RegisterSet;
import io.divertwatch.identity.Resolution;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** A watch follows its airframe through re-registrations and new addresses, and says so once. */
class AirframeFollowerTest {

    private static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");

    /** OFAC's entry 15431: EP-GOM, an Il-76TD, MSN 1023409321. */
    private static Watch epGom() {
        Watch w = new Watch();
        w.id = 15431L;
        w.registration = "EP-GOM";
        w.typeCode = "IL76-TD";
        w.serialNumber = "1023409321";
        return w;
    }

    private static Register register(String name, String icao24, String registration, String serial) {
        Register.Builder b = Register.builder(name);
        b.add(icao24, registration, "IL76", "Il-76TD", "Ilyushin", serial, "Pouya Air", null);
        return b.build();
    }

    private static Resolution resolve(Watch w, Register... registers) {
        return new IdentityResolver(new RegisterSet(List.of(registers))).resolve(w.identity());
    }

    @Test
    void aRegisterGivingTheListedAirframeAnotherTailNumberIsAChange() {
        Watch w = epGom();
        Optional<IdentityChange> change = AirframeFollower.follow(w,
                resolve(w, register("OpenSky aircraft database", "7342b3", "EP-PUS", "1023409321")), NOW);

        assertThat(change).hasValueSatisfying(c -> {
            assertThat(c.fromRegistration()).isEqualTo("EP-GOM");
            assertThat(c.toRegistration()).isEqualTo("EP-PUS");
            assertThat(c.toIcao24()).isEqualTo("7342b3");
            assertThat(c.source()).isEqualTo("OpenSky aircraft database");
            assertThat(c.summary()).contains("EP-GOM is now EP-PUS").contains("7342b3")
                    .contains("per OpenSky aircraft database").contains("serial number 1023409321");
        });
        assertThat(w.resolvedRegistration).isEqualTo("EP-PUS");
        assertThat(w.resolvedIcao24).isEqualTo("7342b3");
        // The same answer again is no news.
        assertThat(AirframeFollower.follow(w, resolve(w, register("OpenSky aircraft database", "7342b3", "EP-PUS",
                "1023409321")), NOW)).isEmpty();
    }

    @Test
    void theFirstAnswerThatAgreesIsRecordedWithoutAnAlertAndANewAddressLaterIsOne() {
        Watch w = epGom();
        assertThat(AirframeFollower.follow(w, resolve(w, register("tar1090-db", "730001", "EP-GOM", "1023409321")),
                NOW)).isEmpty();
        assertThat(w.resolvedIcao24).isEqualTo("730001");
        assertThat(w.resolvedAt).isEqualTo(NOW);

        Optional<IdentityChange> moved = AirframeFollower.follow(w,
                resolve(w, register("tar1090-db", "730002", "EP-GOM", "1023409321")), NOW);
        assertThat(moved).hasValueSatisfying(c -> {
            assertThat(c.fromIcao24()).isEqualTo("730001");
            assertThat(c.toIcao24()).isEqualTo("730002");
            assertThat(c.summary()).contains("now transmits as 730002 (was 730001)");
        });
    }

    @Test
    void registersThatDisagreeChangeNothingWhileOneStillGivesWhatTheWatchKnows() {
        Watch w = epGom();
        Register old = register("tar1090-db", "730001", "EP-GOM", "1023409321");
        Register other = register("OpenSky aircraft database", "7342b3", "EP-PUS", "1023409321");
        AirframeFollower.follow(w, resolve(w, old), NOW);
        for (int i = 0; i < 3; i++) {
            assertThat(AirframeFollower.follow(w, resolve(w, other, old), NOW)).isEmpty();
            assertThat(AirframeFollower.follow(w, resolve(w, old, other), NOW)).isEmpty();
        }
        // The watch still applies to both addresses.
        assertThat(resolve(w, old, other).addresses()).containsExactlyInAnyOrder("730001", "7342b3");
    }

    @Test
    void aWatchByRegistrationLearnsItsAirframeAndFollowsItToTheNextRegistration() {
        Watch w = new Watch();
        w.id = 7L;
        w.registration = "RA-76592";
        Register.Builder b = Register.builder("OpenSky aircraft database");
        b.add("152b30", "RA-76592", "IL76", "Il-76MD", "Ilyushin", "43452555", "Russian Air Force", null);
        Register before = b.build();

        Resolution first = resolve(w, before);
        assertThat(AirframeFollower.learnAirframe(w, first)).isTrue();
        assertThat(w.resolvedSerial).isEqualTo("43452555");
        assertThat(w.identity().serialNumber()).isEqualTo("43452555");
        assertThat(AirframeFollower.follow(w, resolve(w, before), NOW)).isEmpty();

        Register.Builder after = Register.builder("OpenSky aircraft database");
        after.add("152c01", "RA-78888", "IL76", "Il-76MD", "Ilyushin", "43452555", "Russian Air Force", null);
        after.add("152fff", "RA-76592", "A320", "A320-214", "Airbus", "9999", "Someone else", null);
        Optional<IdentityChange> change = AirframeFollower.follow(w, resolve(w, after.build()), NOW);

        assertThat(change).hasValueSatisfying(c -> {
            assertThat(c.fromRegistration()).isEqualTo("RA-76592");
            assertThat(c.toRegistration()).isEqualTo("RA-78888");
            assertThat(c.fromIcao24()).isEqualTo("152b30");
            assertThat(c.toIcao24()).isEqualTo("152c01");
        });
    }

    @Test
    void anAddressTheAnalystNamedIsNotAChangeWhenARegisterGivesAnother() {
        Watch w = new Watch();
        w.icao24 = "dead01";
        w.registration = "RA-76592";
        Register.Builder b = Register.builder("Plane-Alert");
        b.add("152b30", "RA-76592", "IL76", null, null, null, "Russian Air Force", null);
        assertThat(AirframeFollower.follow(w, resolve(w, b.build()), NOW)).isEmpty();
        assertThat(w.resolvedIcao24).isEqualTo("152b30");
        assertThat(resolve(w, b.build()).addresses()).containsExactly("dead01", "152b30");
    }

    @Test
    void registersThatDisagreeOnTheAirframeTeachNothing() {
        Watch w = new Watch();
        w.registration = "RA-76592";
        Register.Builder b = Register.builder("a");
        b.add("152b30", "RA-76592", "IL76", null, null, "43452555", null, null);
        Register.Builder c = Register.builder("b");
        c.add("152b30", "RA-76592", "IL76", null, null, "43452556", null, null);
        assertThat(AirframeFollower.learnAirframe(w, resolve(w, b.build(), c.build()))).isFalse();
        assertThat(w.resolvedSerial).isNull();
    }

    @Test
    void aWatchTheRegistersDoNotKnowKeepsWhatItHad() {
        Watch w = epGom();
        AirframeFollower.follow(w, resolve(w, register("tar1090-db", "730001", "EP-GOM", "1023409321")), NOW);
        assertThat(AirframeFollower.follow(w, resolve(w), NOW)).isEmpty();
        assertThat(w.resolvedIcao24).isEqualTo("730001");
    }
}
