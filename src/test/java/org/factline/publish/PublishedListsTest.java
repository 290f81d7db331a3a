package org.factline.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import jakarta.persistence.EntityManagerFactory;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.factline.claim.ClaimantKind;
import org.factline.claim.Verdict;
import org.factline.note.EvidenceForms;
import org.factline.note.SourceType;
import org.factline.note.Stance;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The public lists over real HTTP without signing in: the index with its search, and the feeds. */
class PublishedListsTest extends AbstractPublicPagesTest {

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Test
    void the_index_lists_newest_first_in_pages_of_twenty_and_searches_the_claim_text() throws Exception {
        String marker = marker("paged");
        signIn(checker);
        for (int i = 1; i <= 21; i++) {
            approve(newClaim(marker + " number " + i + " claim"), Verdict.TRUE, "Checked " + i);
        }

        Document first = Jsoup.parse(get("/published?q=" + marker.toUpperCase()).body());
        assertThat(first.select("ol.verdict-list li")).hasSize(20);
        assertThat(first.select("ol.verdict-list li a").first().text()).contains(marker + " number 21 claim");
        assertThat(first.select("a[rel=prev]")).isEmpty();
        String next = first.select("a[rel=next]").attr("href");
        assertThat(next).contains("page=2");

        Document second = Jsoup.parse(get(next).body());
        assertThat(second.select("ol.verdict-list li")).hasSize(1);
        assertThat(second.select("ol.verdict-list li a").text()).contains(marker + " number 1 claim");
        assertThat(second.select("a[rel=next]")).isEmpty();
        assertThat(second.select("a[rel=prev]").attr("href")).contains("page=1");

        assertThat(Jsoup.parse(get("/published?q=" + marker + "+number+7+").body())
                        .select("ol.verdict-list li"))
                .hasSize(1);
        assertThat(get("/published?q=nothing" + marker).body()).contains("No published verdict matches");
    }

    @Test
    void the_atom_and_json_feeds_carry_the_latest_verdicts_and_nothing_unapproved() throws Exception {
        String marker = marker("feeds");
        long article = article(marker + " feed report", "Daily Ledger", LocalDate.of(2025, 5, 5), null);
        long other = article(marker + " feed follow-up", "Evening Post", LocalDate.of(2025, 5, 6), null);
        long verified = claimIn(marker + " exports doubled last year", "Jane Minister", article, other);
        long draft = claimIn(marker + " imports halved", "Jane Minister", article, other);
        approve(verified, Verdict.FALSE, "The customs figures show a fall.");
        String page = PUBLIC_URL + "/published/claims/" + verified;

        var atom = get("/published/feed.atom");
        assertThat(atom.statusCode()).isEqualTo(200);
        assertThat(atom.headers().firstValue("Content-Type").orElse("")).startsWith("application/atom+xml");
        SyndFeed feed = new SyndFeedInput().build(new StringReader(atom.body()));
        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        assertThat(feed.getEntries())
                .filteredOn(e -> page.equals(e.getLink()))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.getTitle()).isEqualTo("False: " + marker + " exports doubled last year");
                    assertThat(e.getDescription().getValue()).isEqualTo("The customs figures show a fall.");
                    assertThat(e.getUri()).isEqualTo(page);
                });
        assertThat(atom.body()).doesNotContain(marker + " imports halved");

        var json = get("/published/claimreview.json");
        assertThat(json.statusCode()).isEqualTo(200);
        JsonNode reviews = JSON.readTree(json.body());
        assertThat(reviews.isArray()).isTrue();
        var ours = new ArrayList<JsonNode>();
        reviews.forEach(r -> {
            if (page.equals(r.get("url").asString())) {
                ours.add(r);
            }
        });
        assertThat(ours).singleElement().satisfies(r -> {
            assertThat(r.get("@type").asString()).isEqualTo("ClaimReview");
            assertThat(r.get("reviewRating").get("ratingValue").asInt()).isEqualTo(1);
            assertThat(r.get("itemReviewed").get("author").get("name").asString())
                    .isEqualTo("Jane Minister");
        });
        assertThat(json.body()).doesNotContain("/published/claims/" + draft + "\"");

        String etag = json.headers().firstValue("ETag").orElseThrow();
        var again = http.send(
                HttpRequest.newBuilder(uri("/published/claimreview.json"))
                        .header("If-None-Match", etag)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(again.statusCode()).isEqualTo(304);
    }

    @Test
    void the_index_answers_304_while_nothing_changed_and_a_withdrawal_moves_its_last_modified() throws Exception {
        String marker = marker("cachedindex");
        signIn(checker);
        long claimId = newClaim(marker + " the tunnel opened early");
        approve(claimId, Verdict.TRUE, "The operator's notice says so.");

        var first = get("/published");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();
        assertThat(first.body()).contains(marker);
        assertThat(conditional("/published", "If-None-Match", etag).statusCode())
                .isEqualTo(304);
        assertThat(conditional("/published", "If-Modified-Since", lastModified).statusCode())
                .isEqualTo(304);
        assertThat(conditional("/published?q=" + marker, "If-None-Match", etag).statusCode())
                .as("another search is another page")
                .isEqualTo(200);

        // Last-Modified counts whole seconds: the withdrawal must fall in a later one to be seen.
        long approvedSecond = DateTimeFormatter.RFC_1123_DATE_TIME
                .parse(lastModified, Instant::from)
                .getEpochSecond();
        await().atMost(Duration.ofSeconds(3)).until(() -> Instant.now().getEpochSecond() > approvedSecond);
        signIn(editor);
        review.reopen(claimId, claims.get(claimId).summary().version());

        var afterWithdrawal = conditional("/published", "If-Modified-Since", lastModified);
        assertThat(afterWithdrawal.statusCode()).isEqualTo(200);
        assertThat(afterWithdrawal.body()).doesNotContain(marker);
        assertThat(conditional("/published", "If-None-Match", etag).statusCode())
                .isEqualTo(200);
    }

    @Test
    void a_page_of_the_feeds_and_the_index_loads_in_a_fixed_number_of_statements() throws Exception {
        String marker = marker("queries");
        long article =
                article(marker + " report", "Daily Ledger", LocalDate.of(2025, 6, 1), "https://ledger.example/q");
        long other = article(marker + " follow-up", "Evening Post", LocalDate.of(2025, 6, 2), null);
        long last = 0;
        for (int i = 0; i < PublishedVerdicts.PAGE_SIZE; i++) {
            String claimant = marker + " Office " + i;
            last = claimIn(marker + " exports rose by " + i + " percent", claimant, article, other);
            describeClaimant(claimant, ClaimantKind.ORGANIZATION, List.of("https://office.example/" + i));
            evidenceOn(
                    last,
                    EvidenceForms.source(
                            "Table " + i, "https://stats.example/" + i, SourceType.DATASET, Stance.REFUTES),
                    true);
            approve(last, Verdict.values()[i % Verdict.values().length], "Checked against table " + i + ".");
        }
        awaitEvents();
        var feedStatements = statements("/published/claimreview.json");
        JsonNode reviews = JSON.readTree(get("/published/claimreview.json").body());
        assertThat(reviews.size()).isEqualTo(PublishedVerdicts.PAGE_SIZE);
        assertThat(reviews.get(0).get("itemReviewed").get("appearance").size()).isEqualTo(2);
        assertThat(reviews.get(0).get("citation").size()).isEqualTo(1);
        assertThat(reviews.get(0)
                        .get("itemReviewed")
                        .get("author")
                        .get("sameAs")
                        .size())
                .isEqualTo(1);

        // One verdict's page needs about as many; 20 verdicts one by one would need twenty times that.
        long page = statements("/published/claims/" + last);
        long feed = feedStatements;
        long atom = statements("/published/feed.atom");
        long index = statements("/published");
        assertThat(feed).as("JSON feed of 20 verdicts").isLessThanOrEqualTo(page + 4);
        assertThat(atom).as("Atom feed of 20 verdicts").isLessThanOrEqualTo(page + 4);
        assertThat(feed).isLessThanOrEqualTo(16);
        assertThat(index).as("index page of 20").isLessThanOrEqualTo(8);
    }

    /**
     * The SQL statements Hibernate prepared while answering one anonymous request. Hibernate's
     * statistics count every thread, and background work (job and webhook polls, presence sweeps)
     * may run during a request: the fewest of three identical requests is the request's own count.
     */
    private long statements(String path) throws Exception {
        Statistics statistics =
                entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        long fewest = Long.MAX_VALUE;
        for (int attempt = 0; attempt < 3; attempt++) {
            statistics.clear();
            statistics.setStatisticsEnabled(true);
            try {
                assertThat(get(path).statusCode()).isEqualTo(200);
                fewest = Math.min(fewest, statistics.getPrepareStatementCount());
            } finally {
                statistics.setStatisticsEnabled(false);
            }
        }
        return fewest;
    }

    private HttpResponse<String> conditional(String path, String header, String value) throws Exception {
        return http.send(
                HttpRequest.newBuilder(uri(path)).header(header, value).build(), HttpResponse.BodyHandlers.ofString());
    }
}
