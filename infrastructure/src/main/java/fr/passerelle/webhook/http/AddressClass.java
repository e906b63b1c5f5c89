package fr.passerelle.webhook.http;

import java.net.InetAddress;
import java.util.List;

/**
 * The networks an address belongs to, as the SSRF rules see them. Everything but {@link #PUBLIC} is refused for a
 * webhook in production; {@link #LOOPBACK} is allowed by the development and test configuration only.
 */
enum AddressClass {
    /** 127.0.0.0/8, ::1. */
    LOOPBACK,
    /** RFC 1918 (10/8, 172.16/12, 192.168/16), unique-local fc00::/7, and the shared carrier-grade NAT 100.64/10. */
    PRIVATE,
    /** 169.254/16, fe80::/10: also where most clouds answer metadata requests. */
    LINK_LOCAL,
    /** Cloud metadata services outside link-local: 100.100.100.200 (Alibaba), fd00:ec2::254 (AWS IPv6). */
    METADATA,
    /** Unspecified, multicast, broadcast, documentation, benchmarking and other reserved ranges. */
    RESERVED,
    /** Anything else: the public Internet. */
    PUBLIC;

    private static final List<Cidr> METADATA_RANGES = Cidr.all("100.100.100.200/32", "fd00:ec2::254/128");
    private static final List<Cidr> PRIVATE_RANGES = Cidr.all("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16",
            "100.64.0.0/10", "fc00::/7");
    private static final List<Cidr> RESERVED_RANGES = Cidr.all("0.0.0.0/8", "192.0.0.0/24", "192.0.2.0/24",
            "198.18.0.0/15", "198.51.100.0/24", "203.0.113.0/24", "240.0.0.0/4", "2001:db8::/32", "64:ff9b::/96",
            "2002::/16");

    static AddressClass of(InetAddress address) {
        if (address.isLoopbackAddress()) {
            return LOOPBACK;
        }
        if (in(METADATA_RANGES, address)) {
            return METADATA;
        }
        if (address.isLinkLocalAddress()) {
            return LINK_LOCAL;
        }
        if (address.isSiteLocalAddress() || in(PRIVATE_RANGES, address)) {
            return PRIVATE;
        }
        if (address.isAnyLocalAddress() || address.isMulticastAddress() || in(RESERVED_RANGES, address)) {
            return RESERVED;
        }
        return PUBLIC;
    }

    private static boolean in(List<Cidr> ranges, InetAddress address) {
        return ranges.stream().anyMatch(range -> range.contains(address));
    }

    /** A range of addresses, compared bit by bit; an IPv4 range never contains an IPv6 address and conversely. */
    private record Cidr(byte[] network, int prefix) {

        static List<Cidr> all(String... ranges) {
            return java.util.Arrays.stream(ranges).map(Cidr::parse).toList();
        }

        static Cidr parse(String range) {
            int slash = range.indexOf('/');
            try {
                // Literal addresses only: no name is looked up here.
                return new Cidr(InetAddress.getByName(range.substring(0, slash)).getAddress(),
                        Integer.parseInt(range.substring(slash + 1)));
            } catch (java.net.UnknownHostException impossible) {
                throw new IllegalArgumentException(range, impossible);
            }
        }

        boolean contains(InetAddress address) {
            byte[] bytes = address.getAddress();
            if (bytes.length != network.length) {
                return false;
            }
            for (int bit = 0; bit < prefix; bit++) {
                int mask = 0x80 >>> (bit % 8);
                if ((bytes[bit / 8] & mask) != (network[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }
}
