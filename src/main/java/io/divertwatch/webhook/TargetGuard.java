package io.divertwatch.webhook;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;

/**
 * Server-side request forgery guard for webhook targets: a subscriber must not make the service call
 * loopback, private, link-local (cloud metadata), CGNAT, documentation, multicast or any other address
 * that is not globally reachable ({@link SpecialAddresses}). Applied when a subscription is created and
 * again before every attempt, since DNS answers can change.
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
        if (uri.getPort() != -1 && (uri.getPort() < 1 || uri.getPort() > 65535)) {
            throw new RefusedTarget("url port " + uri.getPort() + " is not between 1 and 65535");
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(uri.getHost());
        } catch (UnknownHostException e) {
            throw new RefusedTarget("host '" + uri.getHost() + "' does not resolve");
        }
        if (!allowPrivate) {
            for (InetAddress address : addresses) {
                String why = SpecialAddresses.nonPublicReason(address);
                if (why != null) {
                    throw new RefusedTarget("host '" + uri.getHost() + "' resolves to " + address.getHostAddress()
                            + ", a " + why + " address; webhooks may only reach public addresses");
                }
            }
        }
        return List.of(addresses);
    }
}
