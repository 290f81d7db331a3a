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
import java.util.Locale;
import org.factline.article.extract.ExtractionException;

/**
 * Fetches a page for import, carefully: http and https only, a size cap, timeouts, a bounded
 * number of redirects (each checked again), and no requests to loopback, private, link-local or
 * other internal addresses unless configured for an intranet.
 */
final class UrlFetcher {

    record Fetched(URI finalUri, byte[] body, String contentType) {}

    private final ImportProperties properties;
    private final HttpClient client;

    UrlFetcher(ImportProperties properties) {
        this.properties = properties;
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
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
                uri = uri.resolve(response.headers().firstValue("Location").get());
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
            throw new ExtractionException("The host " + uri.getHost() + " does not exist.", e);
        }
        if (properties.allowPrivateAddresses()) {
            return;
        }
        for (InetAddress address : addresses) {
            if (isInternal(address)) {
                throw new ExtractionException("Addresses on internal networks (" + address.getHostAddress()
                        + ") can't be imported. An admin can allow them for intranets.");
            }
        }
    }

    static boolean isInternal(InetAddress a) {
        byte[] b = a.getAddress();
        boolean carrierGradeNat = b.length == 4 && (b[0] & 0xff) == 100 && (b[1] & 0xc0) == 64;
        boolean uniqueLocalV6 = b.length == 16 && (b[0] & 0xfe) == 0xfc;
        return a.isLoopbackAddress()
                || a.isSiteLocalAddress()
                || a.isLinkLocalAddress()
                || a.isAnyLocalAddress()
                || a.isMulticastAddress()
                || carrierGradeNat
                || uniqueLocalV6;
    }

    private byte[] read(HttpResponse<InputStream> response) throws ExtractionException {
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
            throw new ExtractionException("The download failed: " + describe(e), e);
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
