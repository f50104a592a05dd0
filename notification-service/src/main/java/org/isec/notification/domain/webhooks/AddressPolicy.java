package org.isec.notification.domain.webhooks;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.Arrays;
import java.util.Optional;

/**
 * Which IP addresses a webhook may be delivered to: public unicast only. Refused are loopback (unless the dev flag
 * allows it), private (10/8, 172.16/12, 192.168/16), link-local and cloud metadata (169.254/16, fe80::/10),
 * CGNAT (100.64/10), "this network" (0/8, including 0.0.0.0), multicast, broadcast, reserved and documentation
 * ranges, IPv6 unique-local (fc00::/7), site-local, unspecified, and every IPv6 form that embeds an IPv4 address
 * (IPv4-mapped, IPv4-compatible, NAT64 64:ff9b::/96, 6to4 2002::/16) when the embedded address is refused; Teredo
 * is refused outright because its embedded server address says nothing about the final target.
 */
final class AddressPolicy {

    private AddressPolicy() {
    }

    /** Why {@code address} is not a permitted target, or empty if it is. */
    static Optional<String> refusal(InetAddress address, boolean loopbackAllowed) {
        if (address instanceof Inet4Address v4) {
            return refusalV4(v4.getAddress(), loopbackAllowed);
        }
        if (address instanceof Inet6Address v6) {
            return refusalV6(v6.getAddress(), loopbackAllowed);
        }
        return Optional.of("unknown address family");
    }

    static boolean isLoopback(InetAddress address) {
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            return (b[0] & 0xff) == 127;
        }
        byte[] embedded = embeddedV4(b);
        return address.isLoopbackAddress() || (embedded != null && (embedded[0] & 0xff) == 127);
    }

    private static Optional<String> refusalV4(byte[] b, boolean loopbackAllowed) {
        int a0 = b[0] & 0xff;
        int a1 = b[1] & 0xff;
        int a2 = b[2] & 0xff;
        if (a0 == 127) {
            return loopbackAllowed ? Optional.empty() : Optional.of("loopback address");
        }
        if (a0 == 0) {
            return Optional.of("'this network' address (0.0.0.0/8)");
        }
        if (a0 == 10 || (a0 == 172 && a1 >= 16 && a1 <= 31) || (a0 == 192 && a1 == 168)) {
            return Optional.of("private address");
        }
        if (a0 == 169 && a1 == 254) {
            return Optional.of("link-local address (169.254.0.0/16, cloud metadata)");
        }
        if (a0 == 100 && a1 >= 64 && a1 <= 127) {
            return Optional.of("carrier-grade NAT address (100.64.0.0/10)");
        }
        if (a0 == 192 && a1 == 0 && a2 == 0) {
            return Optional.of("IETF protocol assignment (192.0.0.0/24)");
        }
        if ((a0 == 192 && a1 == 0 && a2 == 2) || (a0 == 198 && a1 == 51 && a2 == 100)
                || (a0 == 203 && a1 == 0 && a2 == 113)) {
            return Optional.of("documentation address");
        }
        if (a0 == 198 && (a1 == 18 || a1 == 19)) {
            return Optional.of("benchmarking address (198.18.0.0/15)");
        }
        if (a0 == 192 && a1 == 88 && a2 == 99) {
            return Optional.of("6to4 relay anycast address (192.88.99.0/24)");
        }
        if (a0 >= 224 && a0 <= 239) {
            return Optional.of("multicast address");
        }
        if (a0 >= 240) {
            return Optional.of("reserved or broadcast address");
        }
        return Optional.empty();
    }

    private static Optional<String> refusalV6(byte[] b, boolean loopbackAllowed) {
        byte[] embedded = embeddedV4(b);
        if (embedded != null) {
            return refusalV4(embedded, loopbackAllowed).map(reason -> reason + " (embedded in IPv6)");
        }
        if (isAll(b, 0, 15, 0) && b[15] == 1) {
            return loopbackAllowed ? Optional.empty() : Optional.of("loopback address");
        }
        if (isAll(b, 0, 16, 0)) {
            return Optional.of("unspecified address (::)");
        }
        int b0 = b[0] & 0xff;
        int b1 = b[1] & 0xff;
        if ((b0 & 0xfe) == 0xfc) {
            return Optional.of("unique local address (fc00::/7)");
        }
        if (b0 == 0xfe && (b1 & 0xc0) == 0x80) {
            return Optional.of("link-local address (fe80::/10)");
        }
        if (b0 == 0xfe && (b1 & 0xc0) == 0xc0) {
            return Optional.of("site-local address (fec0::/10)");
        }
        if (b0 == 0xff) {
            return Optional.of("multicast address");
        }
        if (b0 == 0x20 && b1 == 0x01 && b[2] == 0 && b[3] == 0) {
            return Optional.of("Teredo address (2001::/32)");
        }
        if (b0 == 0x20 && b1 == 0x01 && (b[2] & 0xff) == 0x0d && (b[3] & 0xff) == 0xb8) {
            return Optional.of("documentation address (2001:db8::/32)");
        }
        if (b0 == 0x01 && b1 == 0 && isAll(b, 2, 8, 0)) {
            return Optional.of("discard-only address (100::/64)");
        }
        if ((b0 & 0xe0) != 0x20) {
            // Global unicast is 2000::/3; everything else is unassigned or special.
            return Optional.of("not a global unicast address");
        }
        return Optional.empty();
    }

    /** The IPv4 address inside an IPv4-mapped, IPv4-compatible, NAT64 or 6to4 IPv6 address; null for others. */
    private static byte[] embeddedV4(byte[] b) {
        if (b.length != 16) {
            return null;
        }
        if (isAll(b, 0, 10, 0) && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
            return Arrays.copyOfRange(b, 12, 16);
        }
        if (isAll(b, 0, 12, 0) && !(isAll(b, 12, 15, 0) && (b[15] == 0 || b[15] == 1))) {
            return Arrays.copyOfRange(b, 12, 16);
        }
        if ((b[0] & 0xff) == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b
                && isAll(b, 4, 12, 0)) {
            return Arrays.copyOfRange(b, 12, 16);
        }
        if ((b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x02) {
            return Arrays.copyOfRange(b, 2, 6);
        }
        return null;
    }

    private static boolean isAll(byte[] b, int from, int to, int value) {
        for (int i = from; i < to; i++) {
            if ((b[i] & 0xff) != value) {
                return false;
            }
        }
        return true;
    }
}
