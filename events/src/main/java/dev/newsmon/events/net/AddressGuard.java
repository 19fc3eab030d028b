package dev.newsmon.events.net;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Refuses outbound URLs (feeds, article pages, webhooks) that point into the operator's own network:
 * loopback, private, link-local (cloud metadata lives there), CGNAT, unique-local and multicast
 * addresses, checked after DNS resolution so a public name cannot hide a private address.
 * An allow-list of host names and CIDR ranges opens exceptions for tests and intranets.
 */
public final class AddressGuard {

    private final List<String> allowedHosts = new ArrayList<>();
    private final List<Cidr> allowedRanges = new ArrayList<>();

    /** @param allowList host names (exact, case-insensitive) and CIDR ranges such as {@code 127.0.0.0/8} */
    public AddressGuard(List<String> allowList) {
        for (String entry : allowList) {
            String e = entry.strip();
            if (e.isEmpty()) {
                continue;
            }
            if (e.contains("/")) {
                allowedRanges.add(Cidr.parse(e));
            } else {
                allowedHosts.add(e.toLowerCase(Locale.ROOT));
            }
        }
    }

    public static AddressGuard strict() {
        return new AddressGuard(List.of());
    }

    /**
     * @return the resolved addresses when the URL may be fetched
     * @throws RefusedAddressException naming the URL and the reason otherwise
     */
    public List<InetAddress> check(String url) {
        URI uri;
        try {
            uri = URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            throw new RefusedAddressException(url, "not a valid URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new RefusedAddressException(url, "only http and https URLs are allowed");
        }
        String host = uri.getHost();
        if (host == null || host.isBlank()) {
            throw new RefusedAddressException(url, "URL has no host");
        }
        host = host.toLowerCase(Locale.ROOT);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw new RefusedAddressException(url, "host " + host + " does not resolve");
        }
        if (allowedHosts.contains(host)) {
            return List.of(addresses);
        }
        for (InetAddress address : addresses) {
            String why = whyInternal(address);
            if (why != null && allowedRanges.stream().noneMatch(r -> r.contains(address))) {
                throw new RefusedAddressException(url, host + " resolves to " + why + " address "
                        + address.getHostAddress() + " (allow-list it to permit)");
            }
        }
        return List.of(addresses);
    }

    /** @return a description of why the address is internal, or null when it is public */
    static String whyInternal(InetAddress address) {
        if (address.isLoopbackAddress()) {
            return "a loopback";
        }
        if (address.isAnyLocalAddress()) {
            return "an unspecified";
        }
        if (address.isLinkLocalAddress()) {
            return "a link-local (cloud metadata)";
        }
        if (address.isSiteLocalAddress()) {
            return "a private";
        }
        if (address.isMulticastAddress()) {
            return "a multicast";
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            if (first == 100 && second >= 64 && second < 128) {
                return "a carrier-grade NAT";
            }
            if (first == 0 || first >= 240) {
                return "a reserved";
            }
            if (first == 192 && second == 0 && (b[2] & 0xff) == 0) {
                return "a reserved";
            }
        } else if (address instanceof Inet6Address) {
            if ((b[0] & 0xfe) == 0xfc) {
                return "a unique-local";
            }
            boolean mapped = true;
            for (int i = 0; i < 10; i++) {
                mapped &= b[i] == 0;
            }
            if (mapped && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
                try {
                    return whyInternal(InetAddress.getByAddress(new byte[]{b[12], b[13], b[14], b[15]}));
                } catch (UnknownHostException e) {
                    return "an unparseable";
                }
            }
        }
        return null;
    }

    /** An IPv4 or IPv6 range in CIDR notation. */
    record Cidr(byte[] network, int prefix) {
        static Cidr parse(String text) {
            String[] parts = text.split("/", 2);
            try {
                byte[] net = InetAddress.getByName(parts[0]).getAddress();
                int prefix = Integer.parseInt(parts[1]);
                if (prefix < 0 || prefix > net.length * 8) {
                    throw new IllegalArgumentException("prefix out of range in " + text);
                }
                return new Cidr(net, prefix);
            } catch (UnknownHostException | NumberFormatException e) {
                throw new IllegalArgumentException("not a CIDR range: " + text);
            }
        }

        boolean contains(InetAddress address) {
            byte[] a = address.getAddress();
            if (a.length != network.length) {
                return false;
            }
            int bits = prefix;
            for (int i = 0; i < a.length && bits > 0; i++, bits -= 8) {
                int mask = bits >= 8 ? 0xff : (0xff << (8 - bits)) & 0xff;
                if ((a[i] & mask) != (network[i] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }
}
