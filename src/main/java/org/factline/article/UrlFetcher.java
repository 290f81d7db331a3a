package org.factline.article;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import org.factline.article.extract.ExtractionException;

/**
 * Fetches a page for import, carefully: http and https only, a size cap, timeouts, a bounded
 * number of redirects (each checked again), and no requests to loopback, private, link-local or
 * other internal addresses unless configured for an intranet.
 */
final class UrlFetcher {

    record Fetched(URI finalUri, byte[] body, String contentType) {

        /** The character set the server declared, if it is one Java knows. */
        java.nio.charset.@org.jspecify.annotations.Nullable Charset charset() {
            return charsetOf(contentType);
        }
    }

    private static final java.util.regex.Pattern CHARSET =
            java.util.regex.Pattern.compile("(?i)charset\\s*=\\s*\"?([\\w.:-]+)");

    /** The character set named in a media type ({@code text/html; charset=GB18030}), if Java knows it. */
    static java.nio.charset.@org.jspecify.annotations.Nullable Charset charsetOf(String mediaType) {
        var m = CHARSET.matcher(mediaType);
        if (!m.find()) {
            return null;
        }
        try {
            return java.nio.charset.Charset.forName(m.group(1));
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private final ImportProperties properties;
    private final HttpClient client;

    UrlFetcher(ImportProperties properties) {
        this.properties = properties;
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                // A proxy would resolve host names itself and make the address check meaningless.
                .proxy(java.net.ProxySelector.of(null))
                .connectTimeout(properties.connectTimeout())
                .build();
    }

    Fetched fetch(String url) throws ExtractionException {
        URI uri = parse(url);
        for (int hop = 0; hop <= properties.maxRedirects(); hop++) {
            checkAllowed(uri);
            var request = HttpRequest.newBuilder(uri)
                    .timeout(properties.readTimeout())
                    .header("User-Agent", "Factline/0.1 (fact-checking desk)")
                    .header("Accept", "text/html,application/xhtml+xml,text/plain,application/pdf;q=0.9,*/*;q=0.5")
                    .GET()
                    .build();
            HttpResponse<InputStream> response;
            try {
                response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            } catch (IOException e) {
                throw new ExtractionException("Could not reach " + uri.getHost() + ": " + describe(e), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ExtractionException("The download was interrupted.", e);
            }
            int status = response.statusCode();
            if (status >= 300
                    && status < 400
                    && response.headers().firstValue("Location").isPresent()) {
                close(response);
                try {
                    uri = uri.resolve(
                            response.headers().firstValue("Location").get().strip());
                } catch (IllegalArgumentException badLocation) {
                    throw new ExtractionException("The server redirected to an invalid address.", badLocation);
                }
                continue;
            }
            if (status != 200) {
                close(response);
                throw new ExtractionException("The server answered " + status + " for " + uri + ".");
            }
            return new Fetched(
                    uri,
                    read(response),
                    response.headers().firstValue("Content-Type").orElse(""));
        }
        throw new ExtractionException("Too many redirects (more than " + properties.maxRedirects() + ").");
    }

    private static URI parse(String url) throws ExtractionException {
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                throw new ExtractionException("Only http and https addresses can be imported.");
            }
            if (uri.getHost() == null) {
                throw new ExtractionException("This address has no host name.");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new ExtractionException("This is not a valid web address.", e);
        }
    }

    private void checkAllowed(URI uri) throws ExtractionException {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new ExtractionException("Redirected to a non-web address; not followed.");
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(uri.getHost());
        } catch (UnknownHostException e) {
            throw new ExtractionException("The host " + uri.getHost() + " could not be found.", e);
        }
        if (properties.allowPrivateAddresses()) {
            return;
        }
        for (InetAddress address : addresses) {
            if (isInternal(address)) {
                // Deliberately vague: the answer must not map the server's network for the asker.
                throw new ExtractionException("This address points to an internal network and can't be imported."
                        + " An admin can allow internal addresses for intranets.");
            }
        }
    }

    static boolean isInternal(InetAddress a) {
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

    private byte[] read(HttpResponse<InputStream> response) throws ExtractionException {
        // The request timeout ends once headers arrive; a trickling body is cut off by this deadline.
        var deadline =
                CompletableFuture.delayedExecutor(properties.readTimeout().toMillis(), TimeUnit.MILLISECONDS);
        var timedOut = new AtomicBoolean();
        var watchdog = CompletableFuture.runAsync(
                () -> {
                    timedOut.set(true);
                    close(response);
                },
                deadline);
        try (InputStream in = response.body()) {
            var out = new ByteArrayOutputStream();
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            for (int n; (n = in.read(buffer)) > 0; ) {
                total += n;
                if (total > properties.maxBytes()) {
                    throw new ExtractionException("The page is larger than the import limit of "
                            + properties.maxBytes() / (1024 * 1024) + " MB.");
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (IOException e) {
            if (timedOut.get()) {
                throw new ExtractionException(
                        "The page took longer than " + properties.readTimeout().toSeconds() + " seconds to download.",
                        e);
            }
            throw new ExtractionException("The download failed: " + describe(e), e);
        } finally {
            watchdog.cancel(false);
        }
    }

    private static void close(HttpResponse<InputStream> response) {
        try {
            response.body().close();
        } catch (IOException ignored) {
            // nothing left to do with a response we don't use
        }
    }

    private static String describe(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
