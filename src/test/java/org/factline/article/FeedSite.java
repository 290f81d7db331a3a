package org.factline.article;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * A news site on loopback for feed tests: one feed at {@code /feed} whose body the test changes,
 * answered with an ETag and a 304 to a matching If-None-Match, and article pages at
 * {@code /a/<name>} with text of their own. Counts every request.
 */
final class FeedSite implements AutoCloseable {

    private final HttpServer server;
    private volatile String feed = "";
    private volatile String feedType = "application/rss+xml";
    private volatile int feedStatus = 200;
    private volatile @Nullable CountDownLatch feedGate;
    final List<String> ifNoneMatch = new CopyOnWriteArrayList<>();
    final AtomicInteger feedRequests = new AtomicInteger();
    final AtomicInteger feedBodies = new AtomicInteger();
    private final Map<String, String> pages = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> pageHits = new ConcurrentHashMap<>();

    FeedSite() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/feed", this::feed);
        server.createContext("/a/", this::page);
        server.createContext("/page.html", exchange -> send(exchange, 200, "text/html", ArticleFixtures.NEWS_PAGE));
        server.setExecutor(java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor());
        server.start();
    }

    String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    String feedUrl() {
        return base() + "/feed";
    }

    String article(String name) {
        return base() + "/a/" + name;
    }

    void serveFeed(String contentType, String body) {
        this.feedType = contentType;
        this.feed = body;
        this.feedStatus = 200;
    }

    void failFeed(int status) {
        this.feedStatus = status;
    }

    /** Feed requests wait until {@link #open} (to hold a poll mid-fetch). */
    void holdFeed() {
        feedGate = new CountDownLatch(1);
    }

    void open() {
        var gate = feedGate;
        if (gate != null) {
            gate.countDown();
        }
    }

    /** An article page with a text no other test has. */
    void page(String name, String uniqueWords) {
        pages.put(
                name,
                ArticleFixtures.NEWS_PAGE
                        .replace("Commerce tightens", uniqueWords)
                        .replace("tech/chip-rules", "tech/" + uniqueWords.replaceAll("\\W", "-"))
                        .replace("on Tuesday", uniqueWords + " on Tuesday"));
    }

    int hits(String name) {
        return pageHits.computeIfAbsent(name, n -> new AtomicInteger()).get();
    }

    private void feed(HttpExchange exchange) throws IOException {
        feedRequests.incrementAndGet();
        var gate = feedGate;
        if (gate != null) {
            try {
                gate.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        String sent = exchange.getRequestHeaders().getFirst("If-None-Match");
        ifNoneMatch.add(sent == null ? "" : sent);
        if (feedStatus != 200) {
            send(exchange, feedStatus, "text/plain", "Server trouble");
            return;
        }
        String body = feed;
        String etag = "\"" + Integer.toHexString(body.hashCode()) + "\"";
        exchange.getResponseHeaders().add("ETag", etag);
        if (etag.equals(sent)) {
            exchange.sendResponseHeaders(304, -1);
            exchange.close();
            return;
        }
        feedBodies.incrementAndGet();
        send(exchange, 200, feedType, body);
    }

    private void page(HttpExchange exchange) throws IOException {
        String name = exchange.getRequestURI().getPath().substring("/a/".length());
        pageHits.computeIfAbsent(name, n -> new AtomicInteger()).incrementAndGet();
        String body = pages.get(name);
        if (body == null) {
            send(exchange, 404, "text/plain", "Not found");
        } else {
            send(exchange, 200, "text/html; charset=utf-8", body);
        }
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    static String rss(String title, String... items) {
        var xml = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>")
                .append(title)
                .append("</title><link>https://example.org/</link><description>Test</description>");
        for (String item : items) {
            xml.append(item);
        }
        return xml.append("</channel></rss>").toString();
    }

    static String rssItem(String link, String pubDate) {
        return "<item><title>Item</title><link>" + link + "</link><guid>" + link + "</guid><pubDate>" + pubDate
                + "</pubDate></item>";
    }

    static String atom(String title, String... entries) {
        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>"
                        + "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>")
                .append(title)
                .append("</title><id>urn:test:feed</id><updated>2026-12-01T10:00:00Z</updated>");
        for (String entry : entries) {
            xml.append(entry);
        }
        return xml.append("</feed>").toString();
    }

    static String atomEntry(String id, String link, String updated) {
        return "<entry><title>Entry</title><id>" + id + "</id><link href=\"" + link + "\"/><updated>" + updated
                + "</updated></entry>";
    }

    static String jsonFeed(String title, String... items) {
        return "{\"version\": \"https://jsonfeed.org/version/1.1\", \"title\": \"" + title + "\", \"items\": ["
                + String.join(",", items) + "]}";
    }

    static String jsonItem(String id, String url, String modified) {
        return "{\"id\": \"" + id + "\", \"url\": \"" + url + "\", \"content_text\": \"x\", \"date_modified\": \""
                + modified + "\"}";
    }

    @Override
    public void close() {
        open();
        server.stop(0);
    }
}
