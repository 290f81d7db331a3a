package org.factline.base;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.DefaultSchemePortResolver;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.impl.routing.DefaultRoutePlanner;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/**
 * Turns host names into addresses for every outgoing connection Factline makes to an address a
 * person typed (URL import, webhooks), as the HTTP client's resolver: it is asked once for every
 * connection the client opens, and only an answer without internal addresses goes on to the
 * connection. So the address checked is the address connected to, whatever a DNS server answers
 * the next time (DNS rebinding), and every hop of a redirect chain passes the same check. In the
 * shared kernel because the rule is one for every feature that connects out; each feature decides
 * whether internal addresses are allowed (today all follow URL import's setting).
 */
public final class AddressGuard implements DnsResolver {

    /** Looks a host name up; the system resolver outside tests. */
    @FunctionalInterface
    public interface Lookup {
        InetAddress[] addresses(String host) throws UnknownHostException;
    }

    /**
     * The host resolved to an internal address. An {@link UnknownHostException} because that is
     * what the client lets a resolver throw; it reaches the caller unwrapped.
     */
    public static final class InternalAddressException extends UnknownHostException {
        InternalAddressException(String host) {
            super(host + " points to an internal address");
        }
    }

    /** A host whose last label is a number is an IPv4 address, however it is spelled (URL standard). */
    private static final Pattern ENDS_IN_NUMBER = Pattern.compile("(?i)(?:^|.*\\.)(?:[0-9]+|0x[0-9a-f]*)\\.?$");

    private final boolean allowInternal;
    private final Lookup lookup;
    private final Predicate<InetAddress> internal;

    /** A guard with its own lookup and its own idea of "internal" (tests, a stand-in public site). */
    public AddressGuard(boolean allowInternal, Lookup lookup, Predicate<InetAddress> internal) {
        this.allowInternal = allowInternal;
        this.lookup = lookup;
        this.internal = internal;
    }

    /**
     * The guard over the system resolver.
     *
     * @param allowInternal let loopback, private and other internal addresses through (intranets)
     */
    public static AddressGuard of(boolean allowInternal) {
        return new AddressGuard(allowInternal, InetAddress::getAllByName, AddressGuard::isInternal);
    }

    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
        String name = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        InetAddress[] addresses;
        if (name.contains(":")) {
            addresses = new InetAddress[] {ipv6(name)};
        } else if (ENDS_IN_NUMBER.matcher(name).matches()) {
            addresses = new InetAddress[] {ipv4(name)};
        } else {
            addresses = lookup.addresses(name);
        }
        if (addresses == null || addresses.length == 0) {
            // Never hand the client nothing: it would then let the socket resolve the name itself.
            throw new UnknownHostException(host);
        }
        if (!allowInternal) {
            for (InetAddress address : addresses) {
                // One internal answer is enough to refuse: a public name has no business there.
                if (internal.test(address)) {
                    throw new InternalAddressException(host);
                }
            }
        }
        return addresses;
    }

    /** Only Kerberos authentication asks for this, which no client here uses: no reverse lookup. */
    @Override
    public String resolveCanonicalHostname(String host) {
        return host;
    }

    /**
     * Reads a numeric host the way browsers and the C library do: {@code 2130706433},
     * {@code 0177.0.0.1}, {@code 0x7f.0.0.1} and {@code 127.1} all mean 127.0.0.1. Java alone
     * reads {@code 0177} as decimal 177, so leaving this to it would check (and reach) another
     * address than the one anybody else would take the link for.
     */
    static InetAddress ipv4(String host) throws UnknownHostException {
        String[] parts =
                host.endsWith(".") ? host.substring(0, host.length() - 1).split("\\.", -1) : host.split("\\.", -1);
        if (parts.length > 4) {
            throw new UnknownHostException(host);
        }
        BigInteger value = BigInteger.ZERO;
        for (int i = 0; i < parts.length; i++) {
            BigInteger part = number(parts[i], host);
            boolean last = i == parts.length - 1;
            // Every part but the last is one byte; the last fills the bytes that are left.
            BigInteger limit = BigInteger.ONE.shiftLeft(last ? 8 * (4 - i) : 8);
            if (part.compareTo(limit) >= 0) {
                throw new UnknownHostException(host);
            }
            value = last
                    ? value.shiftLeft(8 * (4 - i)).or(part)
                    : value.shiftLeft(8).or(part);
        }
        long bits = value.longValue();
        return InetAddress.getByAddress(
                host, new byte[] {(byte) (bits >>> 24), (byte) (bits >>> 16), (byte) (bits >>> 8), (byte) bits});
    }

    private static InetAddress ipv6(String host) throws UnknownHostException {
        try {
            return InetAddress.ofLiteral(host);
        } catch (IllegalArgumentException notAnAddress) {
            throw new UnknownHostException(host);
        }
    }

    private static BigInteger number(String part, String host) throws UnknownHostException {
        String p = part.toLowerCase(Locale.ROOT);
        try {
            if (p.startsWith("0x")) {
                return p.length() == 2 ? BigInteger.ZERO : new BigInteger(p.substring(2), 16);
            }
            if (p.length() > 1 && p.startsWith("0")) {
                return new BigInteger(p.substring(1), 8);
            }
            return new BigInteger(p, 10);
        } catch (NumberFormatException notANumber) {
            throw new UnknownHostException(host);
        }
    }

    /** Loopback, private, link-local, unique-local, multicast, carrier-grade NAT and reserved ranges. */
    public static boolean isInternal(InetAddress a) {
        byte[] b = a.getAddress();
        if (b.length == 16 && embedsIpv4(b)) {
            // NAT64 (64:ff9b::/96), 6to4 (2002::/16) and IPv4-compatible (::/96) carry an IPv4 address.
            boolean sixToFour = (b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x02;
            byte[] v4 = sixToFour ? Arrays.copyOfRange(b, 2, 6) : Arrays.copyOfRange(b, 12, 16);
            try {
                return isInternal(InetAddress.getByAddress(v4));
            } catch (UnknownHostException impossible) {
                return true;
            }
        }
        int first = b[0] & 0xff;
        boolean v4 = b.length == 4;
        boolean thisNetwork = v4 && first == 0;
        boolean carrierGradeNat = v4 && first == 100 && (b[1] & 0xc0) == 64;
        boolean benchmarking = v4 && first == 198 && (b[1] & 0xfe) == 18;
        boolean reserved = v4 && first >= 240;
        boolean uniqueLocalV6 = b.length == 16 && (b[0] & 0xfe) == 0xfc;
        return a.isLoopbackAddress()
                || a.isSiteLocalAddress()
                || a.isLinkLocalAddress()
                || a.isAnyLocalAddress()
                || a.isMulticastAddress()
                || thisNetwork
                || carrierGradeNat
                || benchmarking
                || reserved
                || uniqueLocalV6;
    }

    private static boolean embedsIpv4(byte[] b) {
        boolean nat64 = (b[0] & 0xff) == 0x00
                && (b[1] & 0xff) == 0x64
                && (b[2] & 0xff) == 0xff
                && (b[3] & 0xff) == 0x9b
                && IntStream.range(4, 12).allMatch(i -> b[i] == 0);
        boolean sixToFour = (b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x02;
        boolean compatible = IntStream.range(0, 12).allMatch(i -> b[i] == 0)
                && !(b[12] == 0 && b[13] == 0 && b[14] == 0 && (b[15] == 0 || b[15] == 1));
        return nat64 || sixToFour || compatible;
    }

    /**
     * An HTTP client builder that connects only through this guard: no proxy (a proxy would resolve
     * the name itself, past the guard), no redirects followed (callers check every hop), no cookies,
     * no credentials carried over, no automatic retries; connect and read timeouts on every
     * connection and request. Callers add what is theirs and build.
     */
    public HttpClientBuilder httpClient(
            Duration connectTimeout, Duration readTimeout, int maxConnections, int maxPerHost) {
        var connections = PoolingHttpClientConnectionManagerBuilder.create()
                .setDnsResolver(this)
                .setMaxConnTotal(maxConnections)
                .setMaxConnPerRoute(maxPerHost)
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.of(connectTimeout))
                        .setSocketTimeout(Timeout.of(readTimeout))
                        // Retries are off, so a kept-alive connection the other side dropped must be noticed before
                        // use.
                        .setValidateAfterInactivity(TimeValue.ofSeconds(1))
                        .setTimeToLive(TimeValue.ofMinutes(1))
                        .build())
                .build();
        return HttpClients.custom()
                .setConnectionManager(connections)
                .setRoutePlanner(new DefaultRoutePlanner(DefaultSchemePortResolver.INSTANCE))
                .disableRedirectHandling()
                .disableCookieManagement()
                .disableAuthCaching()
                .disableAutomaticRetries()
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setConnectionRequestTimeout(Timeout.of(connectTimeout))
                        .setResponseTimeout(Timeout.of(readTimeout))
                        .build());
    }
}
