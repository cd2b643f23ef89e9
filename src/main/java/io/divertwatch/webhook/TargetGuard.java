package io.divertwatch.webhook;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;

/**
 * Server-side request forgery guard for webhook targets: a subscriber must not make the service
 * call loopback, private, link-local (cloud metadata), CGNAT, unique-local, multicast or other
 * non-public addresses. Applied when a subscription is created and again before every attempt,
 * since DNS answers can change.
 */
public final class TargetGuard {

    private TargetGuard() {
    }

    public static final class RefusedTarget extends Exception {
        public RefusedTarget(String message) {
            super(message);
        }
    }

    /** Checks the URL's form and every address its host resolves to; returns those addresses. */
    public static List<InetAddress> check(URI uri, boolean allowPrivate) throws RefusedTarget {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw new RefusedTarget("url must be http or https");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new RefusedTarget("url has no host");
        }
        if (uri.getUserInfo() != null) {
            throw new RefusedTarget("url must not carry credentials");
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(uri.getHost());
        } catch (UnknownHostException e) {
            throw new RefusedTarget("host '" + uri.getHost() + "' does not resolve");
        }
        if (!allowPrivate) {
            for (InetAddress address : addresses) {
                String why = nonPublicReason(address);
                if (why != null) {
                    throw new RefusedTarget("host '" + uri.getHost() + "' resolves to " + address.getHostAddress()
                            + ", a " + why + " address; webhooks may only reach public addresses");
                }
            }
        }
        return List.of(addresses);
    }

    /** Why an address is not public, or null when it is. */
    static String nonPublicReason(InetAddress address) {
        if (address.isLoopbackAddress()) {
            return "loopback";
        }
        if (address.isAnyLocalAddress()) {
            return "unspecified";
        }
        if (address.isLinkLocalAddress()) {
            return "link-local (cloud metadata)";
        }
        if (address.isSiteLocalAddress()) {
            return "private";
        }
        if (address.isMulticastAddress()) {
            return "multicast";
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            return ipv4Reason(b[0] & 0xff, b[1] & 0xff);
        }
        if (address instanceof Inet6Address) {
            if ((b[0] & 0xfe) == 0xfc) {
                return "unique-local";
            }
            if ((b[0] & 0xff) == 0xfe && (b[1] & 0xc0) == 0xc0) {
                return "site-local";
            }
            // NAT64 (64:ff9b::/96) and IPv4-compatible forms embed an IPv4 address: judge that one.
            boolean nat64 = (b[0] & 0xff) == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff
                    && (b[3] & 0xff) == 0x9b && allZero(b, 4, 12);
            boolean compatible = allZero(b, 0, 12);
            boolean mapped = allZero(b, 0, 10) && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
            if (nat64 || compatible || mapped) {
                try {
                    InetAddress embedded = InetAddress.getByAddress(new byte[] { b[12], b[13], b[14], b[15] });
                    String why = nonPublicReason(embedded);
                    return why == null ? null : why + " (embedded IPv4)";
                } catch (UnknownHostException e) {
                    return "malformed";
                }
            }
        }
        return null;
    }

    private static String ipv4Reason(int a, int b) {
        if (a == 0) {
            return "\"this network\"";
        }
        if (a == 100 && b >= 64 && b <= 127) {
            return "carrier-grade NAT";
        }
        if (a == 192 && b == 0) {
            return "IETF protocol assignment";
        }
        if (a == 198 && (b == 18 || b == 19)) {
            return "benchmarking";
        }
        if (a >= 240) {
            return "reserved";
        }
        return null;
    }

    private static boolean allZero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
