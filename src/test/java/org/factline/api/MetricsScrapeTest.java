package org.factline.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.search.RequiredSearch;
import org.factline.article.ArticleImportService;
import org.factline.article.ImportOutcome;
import org.factline.article.PasteFormat;
import org.factline.claim.ClaimService;
import org.factline.claim.Verdict;
import org.factline.review.ReviewService;
import org.factline.search.SearchService;
import org.factline.search.SearchSort;
import org.factline.security.AppRoles.Role;
import org.factline.security.TokenScope;
import org.factline.vote.VoteService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The domain meters move when the work happens through the services, and the Prometheus scrape
 * (an admin's token) carries every one of them.
 */
class MetricsScrapeTest extends AbstractApiTest {

    @Autowired
    MeterRegistry registry;

    @Autowired
    VoteService votes;

    @Autowired
    ClaimService claims;

    @Autowired
    ReviewService review;

    @Autowired
    ArticleImportService imports;

    @Autowired
    SearchService search;

    @Test
    void a_vote_through_the_service_moves_the_votes_counter() {
        signIn(user("metrics-checker", Role.FACT_CHECKER));
        long claimId = newClaim("Metered claim");
        double before = count(registry.get("factline.votes.cast").tag("verdict", "mostly-false"));

        votes.castVote(claimId, Verdict.MOSTLY_FALSE, null);
        awaitEvents(); // counted by the vote module's listener of VoteCast, after commit

        assertThat(count(registry.get("factline.votes.cast").tag("verdict", "mostly-false")))
                .isEqualTo(before + 1);
    }

    @Test
    void imports_count_by_way_and_failures_apart() {
        signIn(user("metrics-checker", Role.FACT_CHECKER));
        double imported = count(registry.get("factline.articles.imported").tag("way", "paste"));
        double failed = count(registry.get("factline.articles.import.failures").tag("way", "paste"));

        ImportOutcome ok = imports.importPaste(
                "Metered " + marker("article"), "A pasted text about " + marker("chips") + ".", PasteFormat.TEXT);
        ImportOutcome refused = imports.importPaste("Empty", "   ", PasteFormat.TEXT);

        assertThat(ok.status()).isEqualTo(ImportOutcome.Status.IMPORTED);
        assertThat(refused.status()).isEqualTo(ImportOutcome.Status.FAILED);
        assertThat(count(registry.get("factline.articles.imported").tag("way", "paste")))
                .isEqualTo(imported + 1);
        assertThat(count(registry.get("factline.articles.import.failures").tag("way", "paste")))
                .isEqualTo(failed + 1);
    }

    @Test
    void an_approval_counts_as_a_verdict_decided_and_a_search_is_timed() {
        signIn(user("metrics-checker", Role.FACT_CHECKER));
        long claimId = newClaim("Metered verdict");
        review.propose(claimId, claims.get(claimId).summary().version(), Verdict.TRUE, "Checked.");
        double approved = count(registry.get("factline.verdicts.decided").tag("outcome", "approved"));
        signIn(user("metrics-editor", Role.EDITOR));
        review.approve(claimId, claims.get(claimId).summary().version());
        awaitEvents();
        assertThat(count(registry.get("factline.verdicts.decided").tag("outcome", "approved")))
                .isEqualTo(approved + 1);

        long searches = registry.get("factline.search.latency")
                .tag("kind", "results")
                .timer()
                .count();
        search.results("metered", SearchSort.RELEVANCE, 0, 10);
        assertThat(registry.get("factline.search.latency")
                        .tag("kind", "results")
                        .timer()
                        .count())
                .isEqualTo(searches + 1);
    }

    @Test
    void the_prometheus_scrape_carries_every_domain_meter() throws Exception {
        var scrape = get("/actuator/prometheus", token(user("metrics-admin", Role.ADMIN), TokenScope.READ));
        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
        assertThat(scrape.body())
                .contains("factline_articles_imported_total{")
                .contains("way=\"bulk\"")
                .contains("way=\"feed\"")
                .contains("factline_articles_import_failures_total{")
                .contains("factline_votes_cast_total{")
                .contains("factline_verdicts_decided_total{")
                .contains("outcome=\"more-work\"")
                .contains("factline_search_latency_seconds_bucket{")
                .contains("factline_ui_sessions{")
                .contains("factline_ui_open_tabs{")
                .contains("factline_push_messages_total{")
                .contains("hikaricp_connections_active{")
                .contains("jvm_memory_used_bytes{")
                .contains("http_server_requests_");
    }

    private static double count(RequiredSearch meter) {
        return meter.counter().count();
    }
}
