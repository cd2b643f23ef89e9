package io.divertwatch.webhook;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * Which addresses a webhook may not reach: the IANA IPv4 and IPv6 Special-Purpose Address Registries
 * (entries not globally reachable, or with no such answer, are refused; the most specific entry
 * decides, so 192.0.0.9/32 stays reachable inside 192.0.0.0/24), plus multicast and the deprecated
 * IPv6 site-local block. IPv6 forms that carry an IPv4 address (IPv4-compatible, IPv4-translated,
 * NAT64, 6to4) are judged by the address they carry; Teredo hides its client's address and is refused.
 */
final class SpecialAddresses {

    private record Block(byte[] prefix, int bits, String name, boolean globallyReachable) {

        boolean contains(byte[] address) {
            if (address.length != prefix.length) {
                return false;
            }
            int whole = bits / 8;
            for (int i = 0; i < whole; i++) {
                if (address[i] != prefix[i]) {
                    return false;
                }
            }
            int rest = bits % 8;
            if (rest == 0) {
                return true;
            }
            int mask = 0xff << (8 - rest) & 0xff;
            return (address[whole] & mask) == (prefix[whole] & mask);
        }
    }

    /** The registries as of 2024 (RFC 6890 and its updates), with the blocks the registries leave out. */
    private static final List<Block> BLOCKS = List.of(
            block("0.0.0.0/8", "\"this network\"", false),
            block("10.0.0.0/8", "private", false),
            block("100.64.0.0/10", "carrier-grade NAT (shared address space)", false),
            block("127.0.0.0/8", "loopback", false),
            block("169.254.0.0/16", "link-local (cloud metadata)", false),
            block("172.16.0.0/12", "private", false),
            block("192.0.0.0/24", "IETF protocol assignment", false),
            block("192.0.0.9/32", "PCP anycast", true),
            block("192.0.0.10/32", "TURN anycast", true),
            block("192.0.2.0/24", "documentation (TEST-NET-1)", false),
            block("192.31.196.0/24", "AS112", true),
            block("192.52.193.0/24", "AMT", true),
            block("192.88.99.0/24", "deprecated 6to4 relay anycast", false),
            block("192.168.0.0/16", "private", false),
            block("192.175.48.0/24", "AS112 direct delegation", true),
            block("198.18.0.0/15", "benchmarking", false),
            block("198.51.100.0/24", "documentation (TEST-NET-2)", false),
            block("203.0.113.0/24", "documentation (TEST-NET-3)", false),
            block("224.0.0.0/4", "multicast", false),
            block("240.0.0.0/4", "reserved", false),
            block("255.255.255.255/32", "limited broadcast", false),
            block("::/128", "unspecified", false),
            block("::1/128", "loopback", false),
            block("64:ff9b:1::/48", "local-use IPv4/IPv6 translation", false),
            block("100::/64", "discard-only", false),
            block("100:0:0:1::/64", "dummy IPv6 prefix", false),
            block("2001::/23", "IETF protocol assignment", false),
            block("2001::/32", "Teredo (hides the client's IPv4 address)", false),
            block("2001:1::1/128", "PCP anycast", true),
            block("2001:1::2/128", "TURN anycast", true),
            block("2001:1::3/128", "DNS-SD SRP anycast", true),
            block("2001:2::/48", "benchmarking", false),
            block("2001:3::/32", "AMT", true),
            block("2001:4:112::/48", "AS112", true),
            block("2001:10::/28", "deprecated ORCHID", false),
            block("2001:20::/28", "ORCHIDv2", true),
            block("2001:30::/28", "drone remote ID", true),
            block("2001:db8::/32", "documentation", false),
            block("2620:4f:8000::/48", "AS112 direct delegation", true),
            block("3fff::/20", "documentation", false),
            block("5f00::/16", "SRv6 SIDs", false),
            block("fc00::/7", "unique-local", false),
            block("fe80::/10", "link-local", false),
            block("fec0::/10", "deprecated site-local", false),
            block("ff00::/8", "multicast", false));

    private SpecialAddresses() {
    }

    /** Why an address may not be reached, or null when it is a public one. */
    static String nonPublicReason(InetAddress address) {
        byte[] b = address.getAddress();
        byte[] embedded = embeddedIpv4(b);
        if (embedded != null) {
            String why = nonPublicReason(ipv4(embedded));
            return why == null ? null : why + " (as an embedded IPv4 address)";
        }
        Block decisive = null;
        for (Block block : BLOCKS) {
            if (block.contains(b) && (decisive == null || block.bits > decisive.bits)) {
                decisive = block;
            }
        }
        return decisive == null || decisive.globallyReachable ? null : decisive.name;
    }

    /**
     * The IPv4 address an IPv6 form carries: IPv4-compatible ({@code ::a.b.c.d}, but not {@code ::} or
     * {@code ::1}), IPv4-mapped ({@code ::ffff:a.b.c.d}), IPv4-translated ({@code ::ffff:0:a.b.c.d}),
     * NAT64 ({@code 64:ff9b::a.b.c.d}) and 6to4 ({@code 2002:aabb:ccdd::}); null for none.
     */
    private static byte[] embeddedIpv4(byte[] b) {
        if (b.length != 16) {
            return null;
        }
        // :: and ::1 are the unspecified and loopback addresses, not IPv4-compatible ones.
        boolean compatible = zero(b, 0, 12) && !(zero(b, 12, 15) && (b[15] == 0 || b[15] == 1));
        boolean mapped = zero(b, 0, 10) && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
        boolean translated = zero(b, 0, 8) && (b[8] & 0xff) == 0xff && (b[9] & 0xff) == 0xff && zero(b, 10, 12);
        boolean nat64 = b[0] == 0 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b
                && zero(b, 4, 12);
        if (compatible || mapped || translated || nat64) {
            return new byte[] { b[12], b[13], b[14], b[15] };
        }
        if ((b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x02) {
            return new byte[] { b[2], b[3], b[4], b[5] };
        }
        return null;
    }

    private static boolean zero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static Inet4Address ipv4(byte[] b) {
        try {
            return (Inet4Address) InetAddress.getByAddress(b);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static Block block(String cidr, String name, boolean globallyReachable) {
        int slash = cidr.indexOf('/');
        try {
            // Literals only: no name is looked up.
            byte[] prefix = InetAddress.getByName(cidr.substring(0, slash)).getAddress();
            if (cidr.contains(":") && prefix.length == 4) {
                throw new IllegalStateException(cidr + " must stay an IPv6 block");
            }
            return new Block(prefix, Integer.parseInt(cidr.substring(slash + 1)), name, globallyReachable);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(cidr, e);
        }
    }
}
