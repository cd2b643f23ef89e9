package io.divertwatch.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The SSRF guard against the IANA special-purpose registries: every block that is not globally
 * reachable is refused, in every form that carries it, and nothing else is.
 */
class TargetGuardTest {

    @Test
    void refusesEveryAddressThatIsNotGloballyReachable() throws Exception {
        for (String address : List.of("127.0.0.1", "10.0.0.1", "172.31.255.255", "192.168.1.1", "169.254.169.254",
                "100.64.0.1", "0.0.0.0", "0.1.2.3", "192.0.0.1", "192.0.0.8", "192.0.0.170", "192.0.2.10",
                "198.18.0.1", "198.19.255.255", "198.51.100.7", "203.0.113.9", "192.88.99.1", "224.0.0.251",
                "239.255.255.250", "240.0.0.1", "255.255.255.255",
                "::1", "::", "fd00::1", "fe80::1", "fec0::1", "ff02::1", "2001:db8::1", "3fff::1", "100::1",
                "100:0:0:1::1", "2001:2::1", "2001:10::1", "2001::1", "2001:0:4136:e378:8000:63bf:80ff:fffe",
                "64:ff9b:1::1", "5f00::1")) {
            assertThat(SpecialAddresses.nonPublicReason(InetAddress.getByName(address))).as(address).isNotNull();
        }
    }

    @Test
    void judgesIpv6FormsByTheIpv4AddressTheyCarry() throws Exception {
        for (String refused : List.of("2002:7f00:1::", "2002:a00:1::1", "::ffff:0:7f00:1", "::ffff:0:a00:1",
                "64:ff9b::a00:1", "64:ff9b::7f00:1", "::7f00:1", "::a00:1", "::ffff:192.168.1.1")) {
            assertThat(SpecialAddresses.nonPublicReason(InetAddress.getByName(refused))).as(refused).isNotNull();
        }
        for (String allowed : List.of("2002:808:808::1", "64:ff9b::808:808", "::ffff:0:808:808")) {
            assertThat(SpecialAddresses.nonPublicReason(InetAddress.getByName(allowed))).as(allowed).isNull();
        }
    }

    @Test
    void allowsPublicAddressesAndTheGloballyReachableExceptionsInsideSpecialBlocks() throws Exception {
        for (String address : List.of("8.8.8.8", "1.1.1.1", "192.0.78.9", "192.0.3.1", "192.0.0.9", "192.0.0.10",
                "192.31.196.1", "192.52.193.1", "192.175.48.1", "198.20.0.1", "203.0.114.1", "100.128.0.1",
                "2001:4860:4860::8888", "2606:4700:4700::1111", "2001:1::1", "2001:1::2", "2001:3::1",
                "2001:4:112::1", "2001:20::1", "2620:4f:8000::1")) {
            assertThat(SpecialAddresses.nonPublicReason(InetAddress.getByName(address))).as(address).isNull();
        }
    }

    @Test
    void refusesBadUrlsAndNonPublicHosts() {
        for (String url : List.of("http://127.0.0.1/x", "http://169.254.169.254/latest/meta-data", "http://[::1]/",
                "http://[2002:7f00:1::]/", "http://[2001:0:4136:e378:8000:63bf:80ff:fffe]/", "http://[::ffff:0:7f00:1]/",
                "http://198.51.100.1/", "http://[2001:db8::1]/", "http://localhost:8080/", "ftp://example.org/",
                "http://user:pw@8.8.8.8/", "https://8.8.8.8:99999/x", "https://8.8.8.8:0/x")) {
            assertThatThrownBy(() -> TargetGuard.check(URI.create(url), false)).as(url)
                    .isInstanceOf(TargetGuard.RefusedTarget.class);
        }
    }

    @Test
    void acceptsPublicUrlsAndLoopbackWhenConfigured() throws Exception {
        assertThat(TargetGuard.check(URI.create("https://192.0.78.9/hook"), false)).isNotEmpty();
        assertThat(TargetGuard.check(URI.create("https://8.8.8.8:65535/hook"), false)).isNotEmpty();
        assertThat(TargetGuard.check(URI.create("http://127.0.0.1:9/"), true)).isNotEmpty();
    }
}
