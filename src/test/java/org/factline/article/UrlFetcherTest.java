package org.factline.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.factline.article.extract.ExtractionException;
import org.factline.base.AddressGuard;
import org.junit.jupiter.api.Test;

/** The server must not become a way into its own network. */
class UrlFetcherTest {

    private final UrlFetcher guarded =
            new UrlFetcher(new ImportProperties(1024 * 1024, false, Duration.ofSeconds(2), Duration.ofSeconds(2), 3));

    @Test
    void internal_addresses_are_refused() {
        for (String url : new String[] {
            "http://127.0.0.1/",
            "http://localhost:8080/admin",
            "http://10.1.2.3/",
            "http://192.168.0.1/",
            "http://172.16.5.4/",
            "http://169.254.169.254/latest/meta-data/",
            "http://[::1]/",
            "http://0.0.0.0/",
            "http://100.64.0.1/",
            "http://[fd00::1]/",
            "http://2130706433/",
            "http://[::ffff:127.0.0.1]/",
            "http://[64:ff9b::7f00:1]/",
            "http://[2002:a9fe:a9fe::]/",
            "http://198.18.0.1/",
            "http://240.0.0.1/",
            "http://0.1.2.3/",
            "http://0177.0.0.1/",
            "http://0x7f000001/",
            "http://017700000001/",
            "http://0/",
            "http://[::]/",
            "http://[fc00::1]/",
            "http://[fe80::1]/",
            "http://[::ffff:7f00:1]/",
            "http://[::ffff:10.0.0.1]/"
        }) {
            assertThatThrownBy(() -> guarded.fetch(url))
                    .as(url)
                    .isInstanceOf(ExtractionException.class)
                    .hasMessageContaining("internal network");
        }
    }

    @Test
    void only_web_schemes_are_accepted() {
        for (String url : new String[] {
            "file:///etc/passwd", "ftp://example.org/a", "gopher://example.org/", "javascript:alert(1)", "not a url"
        }) {
            assertThatThrownBy(() -> guarded.fetch(url)).as(url).isInstanceOf(ExtractionException.class);
        }
    }

    @Test
    void public_addresses_are_not_internal() throws Exception {
        assertThat(AddressGuard.isInternal(InetAddress.getByName("93.184.216.34")))
                .isFalse();
        assertThat(AddressGuard.isInternal(InetAddress.getByName("2606:2800:220:1:248:1893:25c8:1946")))
                .isFalse();
    }

    @Test
    void a_server_that_trickles_its_body_is_cut_off() throws Exception {
        var done = new CountDownLatch(1);
        var server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/slow", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, 0);
            try {
                // a byte every 200 ms, for six seconds or until the test is over
                for (int i = 0; i < 30; i++) {
                    exchange.getResponseBody().write('x');
                    exchange.getResponseBody().flush();
                    if (done.await(200, TimeUnit.MILLISECONDS)) {
                        break;
                    }
                }
            } catch (InterruptedException | IOException ignored) {
                // the client hung up, as it should
            }
            exchange.close();
        });
        server.start();
        try {
            var fetcher = new UrlFetcher(
                    new ImportProperties(1024 * 1024, true, Duration.ofSeconds(2), Duration.ofSeconds(1), 3));
            long start = System.nanoTime();
            assertThatThrownBy(() -> fetcher.fetch(
                            "http://127.0.0.1:" + server.getAddress().getPort() + "/slow"))
                    .isInstanceOf(ExtractionException.class)
                    .hasMessageContaining("took longer than 1 seconds");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        } finally {
            done.countDown();
            server.stop(0);
        }
    }

    @Test
    void a_page_over_the_size_limit_is_refused_without_reading_the_rest() throws Exception {
        var server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/endless", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "text/plain");
            exchange.sendResponseHeaders(200, 0);
            byte[] chunk = new byte[64 * 1024];
            try {
                for (int i = 0; i < 16 * 1024; i++) {
                    exchange.getResponseBody().write(chunk);
                }
            } catch (IOException hungUp) {
                // as it should
            }
            exchange.close();
        });
        var done = new CountDownLatch(1);
        server.createContext("/mute", exchange -> {
            try {
                done.await(10, TimeUnit.SECONDS); // says nothing until the test is over
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
        });
        server.start();
        try {
            var fetcher = new UrlFetcher(
                    new ImportProperties(1024 * 1024, true, Duration.ofSeconds(2), Duration.ofSeconds(1), 3));
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            long start = System.nanoTime();
            assertThatThrownBy(() -> fetcher.fetch(base + "/endless"))
                    .isInstanceOf(ExtractionException.class)
                    .hasMessageContaining("larger than the import limit of 1 MB");
            assertThatThrownBy(() -> fetcher.fetch(base + "/mute"))
                    .isInstanceOf(ExtractionException.class)
                    .hasMessageContaining("did not answer within 1 seconds");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        } finally {
            done.countDown();
            server.stop(0);
        }
    }

    // A server on 127.0.0.2 stands in for a public site; 127.0.0.1 is the internal network.

    @Test
    void a_name_that_rebinds_is_connected_to_the_answer_that_was_checked() throws Exception {
        try (var servers = PublicAndInternal.start()) {
            servers.site.createContext("/", exchange -> {
                // No keep-alive: the next fetch needs a connection, and so a lookup, of its own.
                exchange.getResponseHeaders().add("Connection", "close");
                respond(exchange, 200, "the public page");
            });
            var answers = new AtomicInteger();
            AddressGuard.Lookup rebinding =
                    host -> answers.getAndIncrement() == 0 ? new InetAddress[] {SITE} : new InetAddress[] {LOOPBACK};
            var fetcher = new UrlFetcher(PROPERTIES, servers.guard(rebinding));
            String url = "http://rebind.test:" + servers.port + "/";

            var first = fetcher.fetch(url);
            assertThat(new String(first.body(), StandardCharsets.UTF_8)).isEqualTo("the public page");
            assertThat(answers).as("one lookup, and the connection used it").hasValue(1);

            assertThatThrownBy(() -> fetcher.fetch(url))
                    .isInstanceOf(ExtractionException.class)
                    .hasMessageContaining("internal network");
            assertThat(servers.internalHits).isEmpty();
        }
    }

    @Test
    void a_redirect_to_the_same_name_that_now_answers_privately_is_refused() throws Exception {
        try (var servers = PublicAndInternal.start()) {
            servers.site.createContext("/", exchange -> {
                exchange.getResponseHeaders().add("Location", "/admin");
                exchange.getResponseHeaders().add("Connection", "close");
                respond(exchange, 302, "");
            });
            var answers = new AtomicInteger();
            AddressGuard.Lookup rebinding =
                    host -> answers.getAndIncrement() == 0 ? new InetAddress[] {SITE} : new InetAddress[] {LOOPBACK};
            var fetcher = new UrlFetcher(PROPERTIES, servers.guard(rebinding));

            assertThatThrownBy(() -> fetcher.fetch("http://rebind.test:" + servers.port + "/"))
                    .isInstanceOf(ExtractionException.class)
                    .hasMessageContaining("internal network");
            assertThat(answers)
                    .as("the redirect was looked up and checked again")
                    .hasValue(2);
            assertThat(servers.internalHits).isEmpty();
        }
    }

    @Test
    void redirects_to_internal_addresses_are_refused() throws Exception {
        try (var servers = PublicAndInternal.start()) {
            var target = new String[1];
            servers.site.createContext("/", exchange -> {
                exchange.getResponseHeaders().add("Location", target[0]);
                respond(exchange, 301, "");
            });
            var fetcher = new UrlFetcher(PROPERTIES, servers.guard(host -> new InetAddress[] {SITE}));
            for (String internal : List.of(
                    "http://127.0.0.1:" + servers.port + "/admin",
                    "http://2130706433:" + servers.port + "/admin",
                    "http://0177.0.0.1:" + servers.port + "/admin",
                    "http://[::1]:" + servers.port + "/admin",
                    "http://[::ffff:127.0.0.1]:" + servers.port + "/admin",
                    "http://169.254.169.254/latest/meta-data/")) {
                target[0] = internal;
                assertThatThrownBy(() -> fetcher.fetch("http://127.0.0.2:" + servers.port + "/"))
                        .as(internal)
                        .isInstanceOf(ExtractionException.class)
                        .hasMessageContaining("internal network");
            }
            assertThat(servers.internalHits).isEmpty();
        }
    }

    @Test
    void the_intranet_setting_allows_internal_addresses_however_they_are_written() throws Exception {
        var server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/page", exchange -> respond(exchange, 200, "intranet page"));
        server.createContext("/hop", exchange -> {
            exchange.getResponseHeaders()
                    .add("Location", "http://0x7f000001:" + server.getAddress().getPort() + "/page");
            respond(exchange, 302, "");
        });
        server.start();
        try {
            var intranet = new UrlFetcher(
                    new ImportProperties(1024 * 1024, true, Duration.ofSeconds(2), Duration.ofSeconds(2), 3));
            int port = server.getAddress().getPort();
            for (String url : List.of(
                    "http://127.0.0.1:" + port + "/page",
                    // Octal and decimal forms reach 127.0.0.1, as a browser would read them.
                    "http://0177.0.0.1:" + port + "/page",
                    "http://2130706433:" + port + "/page",
                    "http://127.0.0.1:" + port + "/hop")) {
                var fetched = intranet.fetch(url);
                assertThat(new String(fetched.body(), StandardCharsets.UTF_8))
                        .as(url)
                        .isEqualTo("intranet page");
            }
        } finally {
            server.stop(0);
        }
    }

    @Test
    void cookies_from_one_fetch_are_not_sent_with_the_next() throws Exception {
        var server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        var cookies = new CopyOnWriteArrayList<String>();
        server.createContext("/", exchange -> {
            cookies.add(String.valueOf(exchange.getRequestHeaders().getFirst("Cookie")));
            exchange.getResponseHeaders().add("Set-Cookie", "session=someone-else; Path=/");
            respond(exchange, 200, "page");
        });
        server.start();
        try {
            var fetcher = new UrlFetcher(
                    new ImportProperties(1024 * 1024, true, Duration.ofSeconds(2), Duration.ofSeconds(2), 3));
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
            fetcher.fetch(url);
            fetcher.fetch(url);
            assertThat(cookies).containsExactly("null", "null");
        } finally {
            server.stop(0);
        }
    }

    private static final ImportProperties PROPERTIES =
            new ImportProperties(1024 * 1024, false, Duration.ofSeconds(2), Duration.ofSeconds(2), 5);
    private static final InetAddress SITE = address(127, 0, 0, 2);
    private static final InetAddress LOOPBACK = address(127, 0, 0, 1);

    /** A "public" site on 127.0.0.2 and an internal service on 127.0.0.1, on the same port. */
    private record PublicAndInternal(HttpServer site, HttpServer internal, int port, List<String> internalHits)
            implements AutoCloseable {

        static PublicAndInternal start() throws IOException {
            for (int attempt = 0; ; attempt++) {
                var site = HttpServer.create(new InetSocketAddress(SITE, 0), 0);
                int port = site.getAddress().getPort();
                HttpServer internal;
                try {
                    internal = HttpServer.create(new InetSocketAddress(LOOPBACK, port), 0);
                } catch (BindException taken) {
                    site.stop(0);
                    if (attempt == 10) {
                        throw taken;
                    }
                    continue;
                }
                var hits = new CopyOnWriteArrayList<String>();
                internal.createContext("/", exchange -> {
                    hits.add(exchange.getRequestURI().toString());
                    respond(exchange, 200, "internal secrets");
                });
                site.start();
                internal.start();
                return new PublicAndInternal(site, internal, port, hits);
            }
        }

        /** Only the stand-in site counts as public; everything else internal stays internal. */
        AddressGuard guard(AddressGuard.Lookup lookup) {
            return new AddressGuard(false, lookup, a -> AddressGuard.isInternal(a) && !a.equals(SITE));
        }

        @Override
        public void close() {
            site.stop(0);
            internal.stop(0);
        }
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "text/plain; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }

    private static InetAddress address(int a, int b, int c, int d) {
        try {
            return InetAddress.getByAddress(new byte[] {(byte) a, (byte) b, (byte) c, (byte) d});
        } catch (UnknownHostException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    @Test
    void a_conditional_fetch_sends_the_validators_and_a_304_is_no_change() throws Exception {
        var server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        var seen = new CopyOnWriteArrayList<String>();
        server.createContext("/feed", exchange -> {
            String etag = exchange.getRequestHeaders().getFirst("If-None-Match");
            String since = exchange.getRequestHeaders().getFirst("If-Modified-Since");
            seen.add(etag + " | " + since);
            exchange.getResponseHeaders().add("ETag", "\"v1\"");
            exchange.getResponseHeaders().add("Last-Modified", "Mon, 30 Nov 2026 10:00:00 GMT");
            if ("\"v1\"".equals(etag)) {
                exchange.sendResponseHeaders(304, -1);
                exchange.close();
                return;
            }
            byte[] body = "<rss></rss>".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/rss+xml");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            var fetcher = new UrlFetcher(
                    new ImportProperties(1024 * 1024, true, Duration.ofSeconds(2), Duration.ofSeconds(2), 3));
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/feed";

            var first = fetcher.fetchIfChanged(url, UrlFetcher.Validators.NONE);
            assertThat(first.notModified()).isFalse();
            assertThat(first.validators())
                    .isEqualTo(new UrlFetcher.Validators("\"v1\"", "Mon, 30 Nov 2026 10:00:00 GMT"));

            var second = fetcher.fetchIfChanged(url, first.validators());
            assertThat(second.notModified()).isTrue();
            assertThat(second.validators()).isEqualTo(first.validators());
            assertThat(seen).containsExactly("null | null", "\"v1\" | Mon, 30 Nov 2026 10:00:00 GMT");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void conditional_fetches_keep_the_address_guard() {
        assertThatThrownBy(() -> guarded.fetchIfChanged("http://127.0.0.1/feed", UrlFetcher.Validators.NONE))
                .isInstanceOf(ExtractionException.class)
                .hasMessageContaining("internal network");
    }
}
