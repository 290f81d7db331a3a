package org.factline.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.factline.AbstractIntegrationTest;
import org.factline.article.domain.ArticleOriginalRepository;
import org.factline.base.ValidationException;
import org.factline.security.AppRoles.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** Import jobs against a real web server on loopback, worked by the real worker (driven by the test). */
class ImportJobsTest extends AbstractIntegrationTest {

    @Autowired
    ImportJobs jobs;

    @Autowired
    ImportJobWorker worker;

    @Autowired
    ImportJobQueue queue;

    @Autowired
    ImportJobProperties properties;

    @Autowired
    ArticleService articles;

    @Autowired
    ArticleOriginalRepository originals;

    @Autowired
    JdbcTemplate jdbc;

    private HttpServer server;
    private String base;
    private String subject;
    /** Requests per path, and when each arrived. */
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();

    private final List<Long> arrivals = Collections.synchronizedList(new ArrayList<>());

    @BeforeEach
    void web() throws Exception {
        // Jobs other tests left open would be worked here too (against their stopped servers).
        jdbc.update("update import_job_item set state = 'CANCELLED' where state in ('PENDING', 'RUNNING')");
        subject = marker("budget");
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            arrivals.add(System.nanoTime());
            String path = exchange.getRequestURI().getPath();
            int n = hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
            if (path.startsWith("/flaky") && n == 1) {
                ImportJobFixtures.answer(exchange, 503, "");
            } else if (path.startsWith("/gone")) {
                ImportJobFixtures.answer(exchange, 404, "");
            } else if (path.startsWith("/late") && n == 1) {
                ImportJobFixtures.answer(exchange, 404, ""); // not published yet
            } else if (path.startsWith("/feed")) {
                exchange.getResponseHeaders().add("Content-Type", "application/rss+xml");
                byte[] feed = ("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Wire</title>"
                                + "<item><title>A</title><link>" + base + "/story/21</link></item>"
                                + "<item><title>B</title><link>" + base + "/story/22</link></item>"
                                + "</channel></rss>")
                        .getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(200, feed.length);
                exchange.getResponseBody().write(feed);
                exchange.close();
            } else {
                int page = Math.abs(path.hashCode()) % 100_000;
                String text = path.startsWith("/copy")
                        ? ImportJobFixtures.page(subject, 7)
                        : ImportJobFixtures.page(subject, page);
                ImportJobFixtures.answer(exchange, 200, text);
            }
        });
        // one thread per request: the arrival times are not those of a queue behind a busy handler
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        signIn(user("job-importer", Role.FACT_CHECKER));
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private List<ImportJobItemEntry> items(long jobId) {
        return jobs.items(jobId);
    }

    @Test
    void a_job_of_addresses_imports_each_once() {
        var urls =
                IntStream.rangeClosed(1, 6).mapToObj(i -> base + "/story/" + i).toList();
        var job = jobs.submitUrls("Six stories", urls);
        assertThat(job.total()).isEqualTo(6);
        assertThat(job.pending()).isEqualTo(6);
        assertThat(job.createdBy()).isEqualTo("job-importer");

        assertThat(worker.workDue(Instant.now())).isEqualTo(6);
        assertThat(worker.workDue(Instant.now().plus(Duration.ofHours(2))))
                .as("nothing left")
                .isZero();

        var done = jobs.job(job.id());
        assertThat(done.done()).isEqualTo(6);
        assertThat(done.finished()).isTrue();
        assertThat(done.progress()).isEqualTo(1.0);
        var items = items(job.id());
        assertThat(items).extracting(ImportJobItemEntry::state).containsOnly(ImportItemState.DONE);
        assertThat(items)
                .extracting(ImportJobItemEntry::articleId)
                .doesNotContainNull()
                .doesNotHaveDuplicates();
        assertThat(items).extracting(ImportJobItemEntry::attempts).containsOnly(1);
        for (int i = 1; i <= 6; i++) {
            assertThat(hits.get("/story/" + i)).as("story %d fetched once", i).hasValue(1);
        }
        var article = articles.get(items.getFirst().articleId());
        assertThat(article.summary().importedBy()).isEqualTo("job-importer");
        assertThat(originals.findById(items.getFirst().articleId())).isPresent();
    }

    @Test
    void a_server_error_is_retried_and_then_succeeds() {
        var job = jobs.submitUrls("Flaky", List.of(base + "/flaky/1"));
        worker.workDue(Instant.now());
        var waiting = items(job.id()).getFirst();
        assertThat(waiting.state()).isEqualTo(ImportItemState.PENDING);
        assertThat(waiting.attempts()).isEqualTo(1);
        assertThat(waiting.outcome()).contains("503").contains("Trying again");
        assertThat(waiting.nextAttemptAt())
                .isAfter(Instant.now().plus(properties.retryDelay()).minusMillis(500));

        worker.workDue(Instant.now().plus(Duration.ofHours(2))); // as if the backoff had passed
        var done = items(job.id()).getFirst();
        assertThat(done.state()).isEqualTo(ImportItemState.DONE);
        assertThat(done.attempts()).isEqualTo(2);
        assertThat(done.articleId()).isNotNull();
    }

    @Test
    void a_not_found_page_fails_at_once() {
        var job = jobs.submitUrls("Gone", List.of(base + "/gone/1"));
        worker.workDue(Instant.now());
        assertThat(worker.workDue(Instant.now().plus(Duration.ofHours(2)))).isZero();
        var failed = items(job.id()).getFirst();
        assertThat(failed.state()).isEqualTo(ImportItemState.FAILED);
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.outcome()).contains("404");
        assertThat(hits.get("/gone/1")).hasValue(1);
        assertThat(jobs.job(job.id()).failed()).isEqualTo(1);
    }

    @Test
    void a_failure_that_persists_is_given_up_after_the_last_attempt() {
        server.createContext("/down", exchange -> ImportJobFixtures.answer(exchange, 502, ""));
        var job = jobs.submitUrls("Down", List.of(base + "/down/1"));
        worker.workDue(Instant.now().plus(Duration.ofDays(2)));
        var failed = items(job.id()).getFirst();
        assertThat(failed.state()).isEqualTo(ImportItemState.FAILED);
        assertThat(failed.attempts()).isEqualTo(properties.maxAttempts());
        assertThat(failed.outcome()).contains("gave up after " + properties.maxAttempts());
    }

    @Test
    void fetches_from_one_host_keep_the_politeness_delay() {
        var urls =
                IntStream.rangeClosed(1, 5).mapToObj(i -> base + "/paced/" + i).toList();
        jobs.submitUrls("Paced", urls);
        worker.workDue(Instant.now());
        List<Long> times = new ArrayList<>(arrivals);
        Collections.sort(times);
        assertThat(times).hasSize(5);
        long spanMillis = (times.getLast() - times.getFirst()) / 1_000_000;
        // Each fetch reserves its moment one delay after the previous one, just before connecting;
        // what happens between that and the server's handler (connecting, a busy machine) shifts
        // single arrivals either way but does not add up, so the first-to-last span is checked, not
        // each gap. Without pacing, the four workers' requests arrive at once (a span near 0).
        assertThat(spanMillis)
                .isGreaterThanOrEqualTo(
                        (times.size() - 1) * properties.hostDelay().toMillis() * 3 / 4);
    }

    @Test
    void a_duplicate_is_done_and_points_at_the_existing_article() {
        var job = jobs.submitUrls("Copies", List.of(base + "/copy/a", base + "/copy/b"));
        worker.workDue(Instant.now());
        var items = items(job.id());
        assertThat(items).extracting(ImportJobItemEntry::state).containsOnly(ImportItemState.DONE);
        assertThat(items.get(0).articleId()).isEqualTo(items.get(1).articleId());
        assertThat(items)
                .extracting(ImportJobItemEntry::outcome)
                .anySatisfy(o -> assertThat(o).startsWith("Duplicate of"));
        assertThat(jobs.job(job.id()).failed()).isZero();
    }

    @Test
    void a_feed_address_stands_for_its_articles() {
        var job = jobs.submitUrls("Feed", List.of(base + "/feed.xml"));
        worker.workDue(Instant.now());
        var items = items(job.id());
        assertThat(items).hasSize(3);
        assertThat(items.getFirst().outcome()).contains("2 articles were added");
        assertThat(items.subList(1, 3))
                .extracting(ImportJobItemEntry::item)
                .containsExactly(base + "/story/21", base + "/story/22");
        assertThat(items).extracting(ImportJobItemEntry::state).containsOnly(ImportItemState.DONE);
        assertThat(items.subList(1, 3))
                .extracting(ImportJobItemEntry::articleId)
                .doesNotContainNull();
    }

    @Test
    void uploaded_files_are_imported_as_a_job() {
        String text = "Uploaded memo about " + subject + ": the council approved the new transport budget on"
                + " Thursday after a long debate about bus lanes and the cost of the tram extension.";
        var job = jobs.submitFiles(
                "Memos",
                List.of(
                        new UploadedFile("memo.txt", text.getBytes(StandardCharsets.UTF_8)),
                        new UploadedFile("empty.txt", new byte[0])));
        worker.workDue(Instant.now());
        var items = items(job.id());
        assertThat(items.get(0).state()).isEqualTo(ImportItemState.DONE);
        assertThat(articles.get(items.get(0).articleId()).summary().sourceKind().name())
                .isEqualTo("UPLOAD");
        assertThat(items.get(1).state()).isEqualTo(ImportItemState.FAILED);
        assertThat(items.get(1).attempts())
                .as("an unreadable file is not retried")
                .isEqualTo(1);
    }

    @Test
    void cancelling_stops_the_pending_items() {
        var job = jobs.submitUrls("To cancel", List.of(base + "/story/31", base + "/story/32", base + "/story/33"));
        var cancelled = jobs.cancel(job.id());
        assertThat(cancelled.cancelled()).isEqualTo(3);
        assertThat(cancelled.finished()).isTrue();
        assertThat(cancelled.cancelledBy()).isEqualTo("job-importer");
        assertThat(worker.workDue(Instant.now())).isZero();
        assertThat(hits).isEmpty();
    }

    @Test
    void retry_failed_works_the_failed_items_again() {
        var job = jobs.submitUrls("Late", List.of(base + "/late/1", base + "/story/41"));
        worker.workDue(Instant.now());
        assertThat(jobs.job(job.id()).failed()).isEqualTo(1);

        var again = jobs.retryFailed(job.id());
        assertThat(again.failed()).isZero();
        assertThat(again.pending()).isEqualTo(1);
        worker.workDue(Instant.now());
        var late = items(job.id()).getFirst();
        assertThat(late.state()).isEqualTo(ImportItemState.DONE);
        assertThat(late.attempts()).isEqualTo(1);
        assertThat(hits.get("/story/41"))
                .as("the done item is not fetched again")
                .hasValue(1);
    }

    @Test
    void a_claimed_item_is_not_claimed_again_until_its_lease_ends() throws Exception {
        var job = jobs.submitUrls("Claims", List.of(base + "/story/51"));
        long itemId = items(job.id()).getFirst().id();
        var first = queue.claim(itemId, Instant.now()).orElseThrow();
        assertThat(queue.claim(itemId, Instant.now().plus(Duration.ofHours(2))))
                .as("second worker")
                .isEmpty();
        assertThat(items(job.id()).getFirst().state()).isEqualTo(ImportItemState.RUNNING);

        // the first worker's node stops; once the lease is over another worker takes the item
        jdbc.update(
                "update import_job_item set lease_until = ? where id = ?",
                java.sql.Timestamp.from(Instant.now().minusSeconds(1)),
                itemId);
        var second = queue.claim(itemId, Instant.now()).orElseThrow();
        worker.work(second);
        long articleId = items(job.id()).getFirst().articleId();

        // the first worker wakes up and finishes too: its article must not be stored
        long before = articles.count(ArticleFilter.all());
        worker.work(first);
        assertThat(articles.count(ArticleFilter.all())).isEqualTo(before);
        var item = items(job.id()).getFirst();
        assertThat(item.state()).isEqualTo(ImportItemState.DONE);
        assertThat(item.articleId()).isEqualTo(articleId);
        assertThat(item.attempts()).isEqualTo(2);
    }

    @Test
    void addresses_are_checked_before_a_job_starts() {
        assertThatThrownBy(() -> jobs.submitUrls("Nothing", List.of(" ", "")))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("at least one");
        var tooMany = IntStream.range(0, ArticleImportService.MAX_URLS_PER_BATCH + 1)
                .mapToObj(i -> base + "/story/x" + i)
                .toList();
        assertThatThrownBy(() -> jobs.submitUrls("Too many", tooMany))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("At most");
    }

    @Test
    void only_fact_checkers_start_cancel_or_retry_but_everyone_watches() {
        var job = jobs.submitUrls("Watched", List.of(base + "/story/61"));
        signIn(user("job-admin-only", Role.ADMIN));
        assertThatThrownBy(() -> jobs.submitUrls("Mine", List.of(base + "/story/62")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> jobs.cancel(job.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> jobs.retryFailed(job.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> jobs.submitFiles("Mine", List.of(new UploadedFile("a.txt", new byte[1]))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(jobs.job(job.id()).label()).isEqualTo("Watched");
        assertThat(jobs.items(job.id())).hasSize(1);
        assertThat(jobs.jobs(0, 50)).extracting(ImportJobSummary::id).contains(job.id());
    }
}
