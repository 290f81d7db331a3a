package org.factline.article;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.factline.article.extract.ExtractionException;
import org.factline.base.AddressGuard;
import org.jspecify.annotations.Nullable;

/**
 * Fetches a page for import, carefully: http and https only, a size cap, timeouts, a bounded
 * number of redirects, and no connections to loopback, private, link-local or other internal
 * addresses unless configured for an intranet ({@link AddressGuard} checks the very addresses
 * every connection, redirects included, goes to).
 */
final class UrlFetcher {

    record Fetched(URI finalUri, byte[] body, String contentType) {

        /** The character set the server declared, if it is one Java knows. */
        java.nio.charset.@Nullable Charset charset() {
            return charsetOf(contentType);
        }
    }

    private static final Pattern CHARSET = Pattern.compile("(?i)charset\\s*=\\s*\"?([\\w.:-]+)");

    /** The character set named in a media type ({@code text/html; charset=GB18030}), if Java knows it. */
    static java.nio.charset.@Nullable Charset charsetOf(String mediaType) {
        var m = CHARSET.matcher(mediaType);
        if (!m.find()) {
            return null;
        }
        try {
            return Charset.forName(m.group(1));
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private static final String INTERNAL = "This address points to an internal network and can't be imported."
            + " An admin can allow internal addresses for intranets.";

    private final ImportProperties properties;
    private final CloseableHttpClient client;

    UrlFetcher(ImportProperties properties) {
        this(properties, AddressGuard.of(properties.allowPrivateAddresses()));
    }

    /**
     * The client connects only to addresses the guard handed it. (The JDK's HttpClient takes no
     * resolver: it looked names up again after our check, the gap DNS rebinding uses.)
     */
    UrlFetcher(ImportProperties properties, AddressGuard guard) {
        this.properties = properties;
        // fetch follows redirects itself, so every hop is counted and checked alike; one person's
        // import carries no cookies or credentials into another's (the guard's client does neither).
        this.client = guard.httpClient(properties.connectTimeout(), properties.readTimeout(), 25, 5)
                // The size cap and the stored original are the bytes as the server sent them.
                .disableContentCompression()
                .build();
    }

    /**
     * The validators of an answer, sent back as {@code If-None-Match} / {@code If-Modified-Since}
     * so an unchanged resource costs a 304 and no body.
     */
    record Validators(@Nullable String etag, @Nullable String lastModified) {
        static final Validators NONE = new Validators(null, null);
    }

    /** The answer to a conditional fetch: {@code fetched} is null when the server said 304 Not Modified. */
    record Conditional(@Nullable Fetched fetched, Validators validators) {
        boolean notModified() {
            return fetched == null;
        }
    }

    private static final String PAGE_ACCEPT =
            "text/html,application/xhtml+xml,text/plain,application/pdf;q=0.9,*/*;q=0.5";
    private static final String FEED_ACCEPT = "application/rss+xml,application/atom+xml,application/feed+json,"
            + "application/xml;q=0.9,text/xml;q=0.9,application/json;q=0.8,*/*;q=0.5";

    Fetched fetch(String url) throws ExtractionException {
        Fetched fetched = exchange(url, Validators.NONE, PAGE_ACCEPT).fetched();
        if (fetched == null) { // only an answer to validators we sent is a 304
            throw new ExtractionException("The server answered 304 for " + url + ".");
        }
        return fetched;
    }

    /**
     * Fetches a feed unless it is unchanged since {@code since}; the same checks and limits as
     * {@link #fetch}. The answer carries the validators to send next time (the old ones on a 304
     * that names none).
     */
    Conditional fetchIfChanged(String url, Validators since) throws ExtractionException {
        return exchange(url, since, FEED_ACCEPT);
    }

    private Conditional exchange(String url, Validators since, String accept) throws ExtractionException {
        URI uri = parse(url);
        for (int hop = 0; hop <= properties.maxRedirects(); hop++) {
            checkScheme(uri);
            var request = new HttpGet(uri);
            request.setHeader("User-Agent", "Factline/0.1 (fact-checking desk)");
            request.setHeader("Accept", accept);
            if (since.etag() != null) {
                request.setHeader("If-None-Match", since.etag());
            }
            if (since.lastModified() != null) {
                request.setHeader("If-Modified-Since", since.lastModified());
            }
            ClassicHttpResponse response = send(uri, request);
            int status = response.getCode();
            if (status == 304 && (since.etag() != null || since.lastModified() != null)) {
                request.cancel();
                return new Conditional(
                        null,
                        new Validators(
                                header(response, "ETag", since.etag()),
                                header(response, "Last-Modified", since.lastModified())));
            }
            Header location = response.getFirstHeader("Location");
            if (status >= 300 && status < 400 && location != null && location.getValue() != null) {
                request.cancel();
                try {
                    uri = uri.resolve(location.getValue().strip());
                } catch (IllegalArgumentException badLocation) {
                    throw new ExtractionException("The server redirected to an invalid address.", badLocation);
                }
                continue;
            }
            if (status != 200) {
                request.cancel();
                String answer = "The server answered " + status + " for " + uri + ".";
                throw FetchFailure.retryable(status) ? new FetchFailure(answer) : new ExtractionException(answer);
            }
            String contentType = java.util.Objects.requireNonNullElse(header(response, "Content-Type", null), "");
            var validators = new Validators(header(response, "ETag", null), header(response, "Last-Modified", null));
            return new Conditional(new Fetched(uri, read(request, response), contentType), validators);
        }
        throw new ExtractionException("Too many redirects (more than " + properties.maxRedirects() + ").");
    }

    /** A header's value, clipped: validators are stored, and a server may send anything. */
    private static @Nullable String header(ClassicHttpResponse response, String name, @Nullable String otherwise) {
        Header header = response.getFirstHeader(name);
        if (header == null || header.getValue() == null || header.getValue().isBlank()) {
            return otherwise;
        }
        String value = header.getValue().strip();
        return value.length() > 500 ? otherwise : value;
    }

    private ClassicHttpResponse send(URI uri, HttpGet request) throws ExtractionException {
        // The response timeout bounds each wait for bytes; this bounds the wait for the whole head.
        var deadline = Deadline.after(properties.readTimeout(), request);
        try {
            return client.executeOpen(null, request, null);
        } catch (AddressGuard.InternalAddressException e) {
            // Deliberately vague: the answer must not map the server's network for the asker.
            throw new ExtractionException(INTERNAL, e);
        } catch (UnknownHostException e) {
            throw new ExtractionException("The host " + uri.getHost() + " could not be found.", e);
        } catch (IOException e) {
            if (deadline.passed() || e instanceof SocketTimeoutException) {
                throw new FetchFailure(
                        uri.getHost() + " did not answer within "
                                + properties.readTimeout().toSeconds() + " seconds.",
                        e);
            }
            throw new FetchFailure("Could not reach " + uri.getHost() + ": " + describe(e), e);
        } finally {
            deadline.cancel();
        }
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

    /** The address itself is checked when the client connects ({@link AddressGuard}). */
    private static void checkScheme(URI uri) throws ExtractionException {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new ExtractionException("Redirected to a non-web address; not followed.");
        }
        if (uri.getHost() == null) {
            throw new ExtractionException("Redirected to an address without a host name; not followed.");
        }
    }

    private byte[] read(HttpGet request, ClassicHttpResponse response) throws ExtractionException {
        if (response.getEntity() == null) {
            return new byte[0];
        }
        // The head arrived in time; a trickling body is cut off by this deadline.
        var deadline = Deadline.after(properties.readTimeout(), request);
        try (InputStream in = response.getEntity().getContent()) {
            var out = new ByteArrayOutputStream();
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            for (int n; (n = in.read(buffer)) > 0; ) {
                total += n;
                if (total > properties.maxBytes()) {
                    // Closing would read the rest first; dropping the connection doesn't.
                    request.cancel();
                    throw new ExtractionException("The page is larger than the import limit of "
                            + properties.maxBytes() / (1024 * 1024) + " MB.");
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (IOException e) {
            if (deadline.passed()) {
                throw new FetchFailure(
                        "The page took longer than " + properties.readTimeout().toSeconds() + " seconds to download.",
                        e);
            }
            throw new FetchFailure("The download failed: " + describe(e), e);
        } finally {
            deadline.cancel();
        }
    }

    /** Drops the request's connection when time is up; blocking reads then fail at once. */
    private static final class Deadline {
        private final AtomicBoolean passed = new AtomicBoolean();
        private final CompletableFuture<Void> watchdog;

        private Deadline(Duration limit, HttpGet request) {
            this.watchdog = CompletableFuture.runAsync(
                    () -> {
                        passed.set(true);
                        request.cancel();
                    },
                    CompletableFuture.delayedExecutor(limit.toMillis(), TimeUnit.MILLISECONDS));
        }

        static Deadline after(Duration limit, HttpGet request) {
            return new Deadline(limit, request);
        }

        boolean passed() {
            return passed.get();
        }

        void cancel() {
            watchdog.cancel(false);
        }
    }

    private static String describe(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
