package org.factline.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.hibernate.search.backend.lucene.lowlevel.common.impl.MetadataFields;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 21, "never lose a workspace": the real application in a child JVM (same classpath, an H2
 * file database and a Lucene index in a temporary folder) works a 200-item import job against a
 * slow web server in this JVM; it is killed with SIGKILL about half-way, started again on the same
 * folders, and finishes the job. Then every item is done, each address became exactly one whole
 * article, and the search index holds as many articles as the database.
 *
 * <p>The job is written into the database directly (H2's AUTO_SERVER lets this JVM in while the
 * child runs): submitting is {@link ImportJobsTest}'s business, surviving the crash this test's,
 * and no production entry point is needed for it. Runs in the normal suite (tag {@code crash}):
 * two application starts, well under two minutes on an idle machine.
 */
@Tag("crash")
class ImportJobCrashTest {

    private static final int ITEMS = 200;
    private static final String PASSWORD = "crash-test-harbour-password-21";
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofMillis(500)).build();

    @TempDir
    Path data;

    private HttpServer server;
    private Process child;
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    private final AtomicInteger served = new AtomicInteger();

    @AfterEach
    void stop() throws Exception {
        if (child != null && child.isAlive()) {
            child.destroyForcibly().waitFor();
        }
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void a_job_survives_a_crash_and_imports_every_address_exactly_once() throws Exception {
        String base = serveSlowArticles();
        String db = "jdbc:h2:file:" + data.resolve("factline") + ";AUTO_SERVER=TRUE";

        child = start(db, "first");
        long jobId = submitJob(db, base);

        await().atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofMillis(20))
                .until(() -> alive(child, "first") && served.get() >= ITEMS / 2);
        child.destroyForcibly().waitFor(); // SIGKILL: no shutdown hook, no flush, no goodbye
        int doneAtCrash = count(db, "select count(*) from import_job_item where state = 'DONE'");
        assertThat(doneAtCrash).as("killed half-way").isBetween(1, ITEMS - 1);

        child = start(db, "second");
        await().atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> alive(child, "second")
                        && count(
                                        db,
                                        "select count(*) from import_job_item where job_id = " + jobId
                                                + " and state <> 'DONE'")
                                == 0);
        // a clean stop, so the index on disk is what the application wrote
        child.destroy();
        child.waitFor();

        String plain = "jdbc:h2:file:" + data.resolve("factline");
        assertThat(count(plain, "select count(*) from import_job_item where state = 'DONE'"))
                .isEqualTo(ITEMS);
        assertThat(count(plain, "select count(*) from article")).as("articles").isEqualTo(ITEMS);
        assertThat(count(
                        plain,
                        "select count(distinct source_url) from article where source_url like '" + base
                                + "/article/%'"))
                .as("each address imported once")
                .isEqualTo(ITEMS);
        assertThat(count(
                        plain,
                        "select count(distinct article_id) from import_job_item where article_id in"
                                + " (select id from article)"))
                .as("each item points at its own article")
                .isEqualTo(ITEMS);
        assertThat(count(
                        plain,
                        "select count(*) from article a where a.body_text = '' or not exists"
                                + " (select 1 from article_original o where o.article_id = a.id)"))
                .as("half-stored articles")
                .isZero();
        assertThat(indexedArticles()).as("search index against the database").isEqualTo(ITEMS);
        assertThat(hits.keySet()).hasSize(ITEMS);
    }

    /** 200 distinct article pages, each answered after a pause, so the kill comes mid-job. */
    private String serveSlowArticles() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/article/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
            try {
                Thread.sleep(60); // a slow site: the child is surely mid-job when it is killed
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            int n = Integer.parseInt(path.substring("/article/".length()));
            ImportJobFixtures.answer(exchange, 200, ImportJobFixtures.page("the harbour tunnel", n));
            served.incrementAndGet();
        });
        server.start();
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private Process start(String db, String name) throws Exception {
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var command = new ArrayList<>(List.of(
                java,
                "-XX:TieredStopAtLevel=1",
                "-cp",
                System.getProperty("java.class.path"),
                "org.factline.FactlineApplication",
                "--server.port=" + port,
                "--spring.datasource.url=" + db,
                "--factline.import.allow-private-addresses=true",
                // one host serves all 200: politeness kept short, leases short so the crashed
                // node's claims come back soon
                "--factline.import.jobs.host-delay=15ms",
                "--factline.import.jobs.lease=5s",
                "--factline.import.jobs.poll-every=200ms",
                "--factline.worthiness.backfill=false",
                "--factline.security.remember-me-key=crash-test-remember-me-key",
                "--vaadin.launch-browser=false"));
        var builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(data.resolve("app-" + name + ".log").toFile());
        builder.environment().put("FACTLINE_DATA_DIR", data.toString());
        builder.environment().put("FACTLINE_ADMIN_PASSWORD", PASSWORD);
        Process process = builder.start();
        var login = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .GET()
                .build();
        await().atMost(Duration.ofMinutes(4))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> alive(process, name) && answers(login));
        return process;
    }

    private boolean alive(Process process, String name) throws IOException {
        if (!process.isAlive()) {
            Path file = data.resolve("app-" + name + ".log");
            Path kept = Path.of("target", "import-job-crash-" + name + ".log");
            Files.copy(file, kept, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            List<String> log = Files.readAllLines(file);
            var why = log.stream()
                    .filter(l -> l.contains("ERROR") || l.contains("Caused by") || l.contains("FAILED"))
                    .limit(30)
                    .toList();
            throw new IllegalStateException(
                    "The application exited (its log: " + kept + "); its errors:\n" + String.join("\n", why));
        }
        return true;
    }

    private static boolean answers(HttpRequest request) throws InterruptedException {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notYet) {
            return false;
        }
    }

    /** The job as {@link ImportJobs#submitUrls} writes it, under the admin's name. */
    private static long submitJob(String db, String base) throws SQLException {
        try (Connection c = DriverManager.getConnection(db, "sa", "")) {
            c.setAutoCommit(false);
            long jobId;
            try (var insert = c.prepareStatement(
                    "insert into import_job (version, created_at, updated_at, label, created_by)"
                            + " values (0, current_timestamp, current_timestamp, 'Crash test', 'admin')",
                    new String[] {"id"})) {
                insert.executeUpdate();
                var keys = insert.getGeneratedKeys();
                keys.next();
                jobId = keys.getLong(1);
            }
            try (var insert = c.prepareStatement("insert into import_job_item (version, created_at, updated_at,"
                    + " job_id, position, address, expand_feed, state, attempts, next_attempt_at)"
                    + " values (0, current_timestamp, current_timestamp, ?, ?, ?, true, 'PENDING', 0,"
                    + " current_timestamp)")) {
                for (int n = 1; n <= ITEMS; n++) {
                    insert.setLong(1, jobId);
                    insert.setInt(2, n);
                    insert.setString(3, base + "/article/" + n);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            c.commit();
            return jobId;
        }
    }

    private static int count(String db, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(db, "sa", "");
                var rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** Article documents in the Lucene index the application left on disk (root documents only). */
    private int indexedArticles() throws IOException {
        Path index;
        try (Stream<Path> dirs = Files.list(data.resolve("index"))) {
            index = dirs.filter(p -> p.getFileName().toString().equalsIgnoreCase("article"))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no Article index under " + data.resolve("index")));
        }
        // one Lucene index per shard, in sub-folders 0, 1, ... (SearchShards)
        List<Path> shards;
        try (Stream<Path> dirs = Files.list(index)) {
            shards = dirs.filter(Files::isDirectory).toList();
        }
        assertThat(shards).as("shards of " + index).isNotEmpty();
        int count = 0;
        for (Path shard : shards) {
            try (var directory = FSDirectory.open(shard);
                    var reader = DirectoryReader.open(directory)) {
                count += new IndexSearcher(reader)
                        .count(new TermQuery(
                                new Term(MetadataFields.typeFieldName(), MetadataFields.TYPE_MAIN_DOCUMENT)));
            }
        }
        return count;
    }
}
