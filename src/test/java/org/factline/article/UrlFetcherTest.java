package org.factline.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.time.Duration;
import org.factline.article.extract.ExtractionException;
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
            "http://0.1.2.3/"
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
        assertThat(UrlFetcher.isInternal(InetAddress.getByName("93.184.216.34")))
                .isFalse();
        assertThat(UrlFetcher.isInternal(InetAddress.getByName("2606:2800:220:1:248:1893:25c8:1946")))
                .isFalse();
    }

    @Test
    void a_server_that_trickles_its_body_is_cut_off() throws Exception {
        var server = com.sun.net.httpserver.HttpServer.create(new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/slow", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, 0);
            try {
                for (int i = 0; i < 30; i++) {
                    exchange.getResponseBody().write('x');
                    exchange.getResponseBody().flush();
                    Thread.sleep(200);
                }
            } catch (InterruptedException | java.io.IOException ignored) {
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
            server.stop(0);
        }
    }
}
