package org.factline.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.factline.AbstractIntegrationTest;
import org.factline.article.FeedPollOutcome.Status;
import org.factline.audit.AuditFilter;
import org.factline.audit.AuditLog;
import org.factline.base.ValidationException;
import org.factline.security.AppRoles.Role;
import org.factline.security.SystemAuthentication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

class FeedServiceTest extends AbstractIntegrationTest {

    @Autowired
    FeedService feeds;

    @Autowired
    FeedSchedule schedule;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AuditLog auditLog;

    @Autowired
    ArticleVersions versions;

    FeedSite site;

    @Autowired
    ImportJobWorker worker;

    @Autowired
    ImportJobs jobs;

    @BeforeEach
    void start() throws Exception {
        site = new FeedSite();
        removeFeeds();
        // items other tests left open would be worked by this test's worker runs
        jdbc.update("update import_job_item set state = 'CANCELLED' where state in ('PENDING', 'RUNNING')");
        signIn(user("feeder", Role.FACT_CHECKER));
    }

    @AfterEach
    void stop() {
        removeFeeds();
        site.close();
    }

    private void removeFeeds() {
        SystemAuthentication.runAsSystem(() -> feeds.feeds().forEach(f -> feeds.delete(f.id())));
    }

    private FeedSummary add() {
        return feeds.add(new FeedForm(site.feedUrl(), Duration.ofMinutes(5), true));
    }

    /** Runs the import worker (its schedule is off in tests) until no item is due, retries at once. */
    private void importQueued() {
        worker.workDue(java.time.Instant.now().plus(Duration.ofDays(2)));
    }

    private FeedSummary saved() {
        return feeds.feeds().getFirst();
    }

    @Test
    void rss_entries_are_imported_once_and_an_unchanged_feed_costs_a_304() {
        site.page("one", unique("Rss one"));
        site.page("two", unique("Rss two"));
        site.serveFeed(
                "application/rss+xml",
                FeedSite.rss(
                        "Example Wire",
                        FeedSite.rssItem(site.article("one"), "Mon, 30 Nov 2026 10:00:00 GMT"),
                        FeedSite.rssItem(site.article("two"), "Mon, 30 Nov 2026 11:00:00 GMT")));
        var feed = add();
        assertThat(feed.title()).isEqualTo("Example Wire");
        assertThat(feed.lastPolledAt()).as("saving only checks the feed").isNull();

        var first = feeds.pollNow(feed.id());

        assertThat(first.status()).isEqualTo(Status.READ);
        assertThat(first.newEntries()).isEqualTo(2);
        assertThat(first.message()).isEqualTo("2 new: importing (import job " + first.jobId() + ")");
        var job = jobs.job(first.jobId());
        assertThat(job.label()).isEqualTo("Feed: Example Wire");
        assertThat(job.createdBy()).isEqualTo(SystemAuthentication.SYSTEM);
        assertThat(job.pending()).as("the job imports them, in the background").isEqualTo(2);
        assertThat(saved().entriesImported()).isZero();
        assertThat(saved().lastResult()).isEqualTo(first.message());
        assertThat(site.hits("one")).isZero();

        importQueued();

        assertThat(jobs.job(first.jobId()).done()).isEqualTo(2);
        assertThat(saved().lastResult()).as("once the job is through").isEqualTo("2 new: 2 imported");
        assertThat(saved().entriesImported()).isEqualTo(2);
        var kinds = jdbc.queryForList(
                "select source_kind from article where source_url = ? or source_url = ?",
                String.class,
                site.article("one"),
                site.article("two"));
        assertThat(kinds).containsExactly("FEED", "FEED");
        var name = jdbc.queryForObject(
                "select source_name from article where source_url = ?", String.class, site.article("one"));
        assertThat(name).isEqualTo("Example Wire");

        var second = feeds.pollNow(feed.id());

        assertThat(second.status()).isEqualTo(Status.NOT_MODIFIED);
        assertThat(site.ifNoneMatch.getLast())
                .as("the ETag of the first answer")
                .startsWith("\"");
        assertThat(site.feedBodies.get()).as("probe and first poll only").isEqualTo(2);
        assertThat(site.hits("one")).isEqualTo(1);
        var saved = feeds.feeds().getFirst();
        assertThat(saved.lastResult()).isEqualTo("No change");
        assertThat(saved.entriesSeen()).isEqualTo(2);
        assertThat(saved.entriesImported()).isEqualTo(2);
        assertThat(saved.lastError()).isNull();
    }

    @Test
    void atom_a_new_entry_alone_is_imported_and_a_missing_page_counts_as_failed() {
        site.page("first", unique("Atom first"));
        site.serveFeed(
                "application/atom+xml",
                FeedSite.atom(
                        "Atom desk", FeedSite.atomEntry("urn:e:1", site.article("first"), "2026-12-01T09:00:00Z")));
        var feed = add();
        assertThat(feeds.pollNow(feed.id()).newEntries()).isEqualTo(1);
        importQueued();
        assertThat(saved().entriesImported()).isEqualTo(1);

        site.page("second", unique("Atom second"));
        site.serveFeed(
                "application/atom+xml",
                FeedSite.atom(
                        "Atom desk",
                        FeedSite.atomEntry("urn:e:2", site.article("second"), "2026-12-02T09:00:00Z"),
                        FeedSite.atomEntry("urn:e:gone", site.article("gone"), "2026-12-02T09:00:00Z"),
                        FeedSite.atomEntry("urn:e:1", site.article("first"), "2026-12-01T09:00:00Z")));
        var result = feeds.pollNow(feed.id());
        importQueued();

        assertThat(result.newEntries()).isEqualTo(2);
        assertThat(saved().lastResult()).isEqualTo("2 new: 1 imported, 1 failed");
        assertThat(jobs.items(result.jobId()))
                .extracting(ImportJobItemEntry::state)
                .containsExactly(ImportItemState.DONE, ImportItemState.FAILED);
        assertThat(site.hits("first"))
                .as("the known entry is not fetched again")
                .isEqualTo(1);
        assertThat(site.hits("second")).isEqualTo(1);
        var saved = feeds.feeds().getFirst();
        assertThat(saved.entriesSeen()).isEqualTo(3);
        assertThat(saved.entriesFailed()).isEqualTo(1);
    }

    @Test
    void json_feed_an_entry_whose_updated_time_changed_is_submitted_again() {
        site.page("story", unique("Json story"));
        site.page("other", unique("Json other"));
        site.serveFeed(
                "application/feed+json",
                FeedSite.jsonFeed(
                        "JSON desk",
                        FeedSite.jsonItem("s1", site.article("story"), "2026-12-01T09:00:00Z"),
                        FeedSite.jsonItem("s2", site.article("other"), "2026-12-01T09:00:00Z")));
        var feed = add();
        assertThat(feed.title()).isEqualTo("JSON desk");
        assertThat(feeds.pollNow(feed.id()).newEntries()).isEqualTo(2);
        importQueued();
        assertThat(saved().entriesImported()).isEqualTo(2);
        long storyId = jdbc.queryForObject(
                "select article_id from feed_entry where feed_id = ? and link = ?",
                Long.class,
                feed.id(),
                site.article("story"));

        site.page("story", unique("Json story corrected"));
        site.serveFeed(
                "application/feed+json",
                FeedSite.jsonFeed(
                        "JSON desk",
                        FeedSite.jsonItem("s1", site.article("story"), "2026-12-01T15:30:00Z"),
                        FeedSite.jsonItem("s2", site.article("other"), "2026-12-01T09:00:00Z")));
        var result = feeds.pollNow(feed.id());
        importQueued();

        assertThat(result.newEntries()).isEqualTo(1);
        assertThat(saved().lastResult())
                .as("its changed page, stored as the next version")
                .isEqualTo("1 new: 1 imported");
        assertThat(saved().entriesImported()).isEqualTo(3);
        assertThat(versions.list(storyId))
                .as("the same article, now in two versions")
                .hasSize(2);
        assertThat(site.hits("story")).isEqualTo(2);
        assertThat(site.hits("other")).isEqualTo(1);
        assertThat(feeds.feeds().getFirst().entriesSeen())
                .as("the same entry, seen again")
                .isEqualTo(2);
    }

    @Test
    void a_broken_feed_records_the_error_and_stays() {
        site.page("p", unique("Broken later"));
        site.serveFeed("application/rss+xml", FeedSite.rss("Flaky", FeedSite.rssItem(site.article("p"), "")));
        var feed = add();

        site.failFeed(503);
        var result = feeds.pollNow(feed.id());

        assertThat(result.status()).isEqualTo(Status.FAILED);
        var saved = feeds.feeds().getFirst();
        assertThat(saved.lastError()).contains("503");
        assertThat(saved.lastPolledAt()).isNotNull();
        assertThat(saved.lastSuccessAt()).isNull();
        assertThat(saved.active()).isTrue();

        site.serveFeed("application/rss+xml", "<rss><channel><item><link>");
        assertThat(feeds.pollNow(feed.id()).message()).contains("could not be read");
        assertThat(feeds.feeds()).hasSize(1);
    }

    @Test
    void an_address_that_is_no_feed_is_refused_when_saving() {
        assertThatThrownBy(() -> feeds.add(new FeedForm(site.base() + "/page.html", Duration.ofMinutes(30), true)))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("not an RSS, Atom or JSON feed")
                .hasMessageContaining("text/html")
                .extracting(e -> ((ValidationException) e).field())
                .isEqualTo("address");
        assertThatThrownBy(() -> feeds.add(new FeedForm(site.feedUrl(), Duration.ofMinutes(2), true)))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("5 minutes");
        assertThatThrownBy(() -> feeds.add(new FeedForm("ftp://example.org/feed", Duration.ofMinutes(30), true)))
                .hasMessageContaining("http or https");
        assertThat(feeds.feeds()).isEmpty();
    }

    @Test
    void a_feed_is_due_an_interval_after_its_last_poll_and_never_while_paused() {
        site.serveFeed("application/rss+xml", FeedSite.rss("Due"));
        var feed = add();
        var now = java.time.Instant.now();
        assertThat(schedule.due(now.plusSeconds(1))).as("new: due at once").contains(feed.id());

        var results = SystemAuthentication.runAsSystem(() -> schedule.pollDue(now.plusSeconds(1), () -> true));

        assertThat(results).extracting(FeedPollOutcome::feedId).containsExactly(feed.id());
        var polled = feeds.feeds().getFirst().lastPolledAt();
        assertThat(schedule.due(polled.plus(Duration.ofMinutes(4)))).doesNotContain(feed.id());
        assertThat(schedule.due(polled.plus(Duration.ofMinutes(5)))).contains(feed.id());

        var paused = feeds.setActive(feed.id(), feeds.feeds().getFirst().version(), false);
        assertThat(paused.active()).isFalse();
        assertThat(schedule.due(polled.plus(Duration.ofDays(1)))).doesNotContain(feed.id());

        feeds.update(paused.id(), paused.version(), new FeedForm(site.feedUrl(), Duration.ofHours(2), true));
        assertThat(schedule.due(polled.plus(Duration.ofMinutes(90)))).doesNotContain(feed.id());
        assertThat(schedule.due(polled.plus(Duration.ofMinutes(120)))).contains(feed.id());
    }

    @Test
    void two_polls_of_one_feed_at_once_one_polls_the_other_is_told_busy() throws Exception {
        site.page("race", unique("Race story"));
        site.serveFeed("application/rss+xml", FeedSite.rss("Race", FeedSite.rssItem(site.article("race"), "")));
        var feed = add();
        site.holdFeed();
        var principal = org.springframework.security.core.context.SecurityContextHolder.getContext();
        try (var threads = Executors.newFixedThreadPool(2)) {
            var first = threads.submit(() -> {
                org.springframework.security.core.context.SecurityContextHolder.setContext(principal);
                return feeds.pollNow(feed.id());
            });
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> site.feedRequests.get() == 2);
            var second = threads.submit(() -> {
                org.springframework.security.core.context.SecurityContextHolder.setContext(principal);
                return feeds.pollNow(feed.id());
            });
            assertThat(second.get(10, TimeUnit.SECONDS).status()).isEqualTo(Status.BUSY);
            site.open();
            assertThat(first.get(20, TimeUnit.SECONDS).status()).isEqualTo(Status.READ);
        }
        importQueued();
        assertThat(site.hits("race")).isEqualTo(1);
    }

    @Autowired
    org.factline.article.domain.FeedRepository feedRepository;

    @Autowired
    FeedPoller poller;

    @Autowired
    org.factline.search.SearchIndexService searchIndex;

    @Autowired
    javax.sql.DataSource dataSource;

    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactionManager;

    /** Two nodes' schedulers fire together: the one holding the lock polls, the other skips the round. */
    @Test
    void two_nodes_racing_for_a_round_one_polls() throws Exception {
        site.page("node", unique("Node story"));
        site.serveFeed("application/rss+xml", FeedSite.rss("Nodes", FeedSite.rssItem(site.article("node"), "")));
        var feed = add();
        var otherNode = new FeedSchedule(
                feedRepository,
                poller,
                new org.factline.base.ClusterLock(dataSource, transactionManager),
                searchIndex,
                java.time.Clock.systemUTC());
        var dueBy = java.time.Instant.now().plusSeconds(1);
        site.holdFeed();
        try (var threads = Executors.newFixedThreadPool(2)) {
            var first = threads.submit(() -> schedule.round(dueBy));
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> site.feedRequests.get() == 2);

            assertThat(threads.submit(() -> otherNode.round(dueBy)).get(10, TimeUnit.SECONDS))
                    .isFalse();

            site.open();
            assertThat(first.get(20, TimeUnit.SECONDS)).isTrue();
        }
        importQueued();
        assertThat(site.feedRequests.get()).isEqualTo(2);
        assertThat(site.hits("node")).isEqualTo(1);
        assertThat(feeds.feeds().getFirst().entriesImported()).isEqualTo(1);
    }

    @Test
    void an_entry_its_job_still_imports_is_not_queued_again_and_a_cancelled_one_is_left() {
        site.page("slow", unique("Queued story"));
        site.serveFeed("application/rss+xml", FeedSite.rss("Queue", FeedSite.rssItem(site.article("slow"), "")));
        var feed = add();
        var first = feeds.pollNow(feed.id());
        assertThat(first.newEntries()).isEqualTo(1);

        site.page("next", unique("Queued next"));
        site.serveFeed(
                "application/rss+xml",
                FeedSite.rss(
                        "Queue",
                        FeedSite.rssItem(site.article("next"), ""),
                        FeedSite.rssItem(site.article("slow"), "")));
        var second = feeds.pollNow(feed.id());
        assertThat(second.newEntries()).as("the first entry's job has it still").isEqualTo(1);
        assertThat(jobs.items(second.jobId()))
                .extracting(ImportJobItemEntry::item)
                .containsExactly(site.article("next"));

        jobs.cancel(first.jobId());
        importQueued();

        assertThat(site.hits("slow")).as("cancelled before it was fetched").isZero();
        assertThat(site.hits("next")).isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select last_error from feed_entry where link = ?", String.class, site.article("slow")))
                .isEqualTo("The import was cancelled.");
        assertThat(saved().entriesFailed()).isEqualTo(1);
        assertThat(saved().entriesImported()).isEqualTo(1);

        site.serveFeed(
                "application/rss+xml",
                FeedSite.rss(
                        "Queue renamed",
                        FeedSite.rssItem(site.article("next"), ""),
                        FeedSite.rssItem(site.article("slow"), "")));
        assertThat(feeds.pollNow(feed.id()).newEntries())
                .as("someone cancelled it: later polls leave it")
                .isZero();
    }

    @Test
    void retrying_a_feed_jobs_failed_items_imports_the_entries_and_says_so_on_the_feed() {
        site.serveFeed("application/rss+xml", FeedSite.rss("Late pages", FeedSite.rssItem(site.article("later"), "")));
        var feed = add();
        var poll = feeds.pollNow(feed.id());
        importQueued();
        assertThat(saved().lastResult()).isEqualTo("1 new: 1 failed");
        assertThat(jdbc.queryForObject(
                        "select status from feed_entry where link = ?", String.class, site.article("later")))
                .isEqualTo("FAILED");

        site.page("later", unique("Late page"));
        jobs.retryFailed(poll.jobId());
        assertThat(jdbc.queryForObject(
                        "select status from feed_entry where link = ?", String.class, site.article("later")))
                .isEqualTo("QUEUED");
        importQueued();

        assertThat(saved().lastResult()).isEqualTo("1 new: 1 imported");
        assertThat(saved().entriesImported()).isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from article where source_url = ? and source_kind = 'FEED'",
                        Integer.class,
                        site.article("later")))
                .isEqualTo(1);
    }

    @Test
    void changes_are_audited() {
        site.serveFeed("application/rss+xml", FeedSite.rss("Audited"));
        var feed = add();
        var changed = feeds.update(feed.id(), feed.version(), new FeedForm(site.feedUrl(), Duration.ofHours(6), true));
        var paused = feeds.setActive(changed.id(), changed.version(), false);
        feeds.delete(paused.id());
        awaitEvents();

        for (String action : List.of("feed.added", "feed.changed", "feed.paused", "feed.deleted")) {
            assertThat(SystemAuthentication.runAsSystem(() ->
                            auditLog.search(new AuditFilter("feeder", action, null, null, null), Pageable.ofSize(50))))
                    .as(action)
                    .anySatisfy(e -> assertThat(e.summary()).contains(site.feedUrl()));
        }
    }

    @Test
    void only_fact_checkers_change_feeds_but_everyone_sees_them() {
        site.serveFeed("application/rss+xml", FeedSite.rss("Roles"));
        var feed = add();

        signIn(user("feed-admin-only", Role.ADMIN));
        assertThat(feeds.feeds()).extracting(FeedSummary::id).containsExactly(feed.id());
        assertThatThrownBy(() -> feeds.add(new FeedForm(site.feedUrl() + "?x", Duration.ofHours(1), true)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> feeds.pollNow(feed.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> feeds.delete(feed.id())).isInstanceOf(AccessDeniedException.class);
        assertThat(site.feedRequests.get())
                .as("only the check when it was added")
                .isEqualTo(1);
    }
}
