package uz.fikr.survey.web.limits;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HexFormat;

/** Whom a rate limit counts: an IPv4 address as it is, an IPv6 address by its /64 network. */
final class ClientAddress {

    private ClientAddress() {}

    static String of(String remoteAddress) {
        if (remoteAddress.indexOf(':') < 0) {
            return remoteAddress;
        }
        try {
            // a literal address: no name lookup happens
            InetAddress address = InetAddress.getByName(remoteAddress);
            return address instanceof Inet6Address ipv6
                    ? HexFormat.of().formatHex(ipv6.getAddress(), 0, 8) + "/64"
                    : address.getHostAddress();
        } catch (UnknownHostException e) {
            return remoteAddress;
        }
    }
}
