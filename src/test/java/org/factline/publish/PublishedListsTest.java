package org.factline.publish;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import org.factline.claim.Verdict;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The public lists over real HTTP without signing in: the index with its search, and the feeds. */
class PublishedListsTest extends AbstractPublicPagesTest {

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
}
