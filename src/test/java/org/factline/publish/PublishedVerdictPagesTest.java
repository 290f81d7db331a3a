package org.factline.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.factline.claim.ClaimantKind;
import org.factline.claim.Verdict;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The public verdict pages over real HTTP without signing in: what a verified claim shows (and
 * never shows), its ClaimReview JSON-LD, 404 and 410, corrections and caching.
 */
class PublishedVerdictPagesTest extends AbstractPublicPagesTest {

    @Test
    void a_verified_claim_with_two_appearances_is_public_with_its_claim_review() throws Exception {
        String marker = marker("twoplaces");
        long older =
                article(marker + " first report", "Daily Ledger", LocalDate.of(2025, 3, 1), "https://ledger.example/a");
        long newer = article(marker + " second report", "Evening Post", LocalDate.of(2025, 4, 2), null);
        long claimId = claimIn(marker + " exports doubled last year", "Jane Minister", older, newer);
        describeClaimant(
                "Jane Minister", ClaimantKind.PERSON, List.of("https://en.wikipedia.example/wiki/Jane_Minister"));
        votes.castVote(claimId, Verdict.FALSE, "votereason" + marker);
        notes.post(claimId, "notetext" + marker);
        approve(claimId, Verdict.MOSTLY_FALSE, "The customs figures show a rise of 12 percent.");

        var response = get("/published/claims/" + claimId);
        assertThat(response.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(response.body());
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(page.select("header")).isNotEmpty();
        assertThat(page.select("main h1").text()).contains(marker + " exports doubled last year");
        assertThat(page.select("footer")).isNotEmpty();
        assertThat(meta(page, "og:title")).contains(marker + " exports doubled last year");
        assertThat(meta(page, "og:description"))
                .isEqualTo("Mostly false: The customs figures show a rise of 12 percent.");
        assertThat(meta(page, "og:url")).isEqualTo(PUBLIC_URL + "/published/claims/" + claimId);
        assertThat(page.select("a[href=https://ledger.example/a]").text()).isEqualTo(marker + " first report");
        assertThat(page.text()).contains("Evening Post", "Daily Ledger", "1 March 2025", "Jane Minister");

        JsonNode review = jsonLd(page);
        assertThat(review.get("@context").asString()).isEqualTo("https://schema.org");
        assertThat(review.get("@type").asString()).isEqualTo("ClaimReview");
        assertThat(review.get("url").asString()).isEqualTo(PUBLIC_URL + "/published/claims/" + claimId);
        assertThat(review.get("claimReviewed").asString()).startsWith(marker + " exports doubled last year");
        JsonNode rating = review.get("reviewRating");
        assertThat(rating.get("@type").asString()).isEqualTo("Rating");
        assertThat(rating.get("alternateName").asString()).isEqualTo("Mostly false");
        assertThat(rating.get("ratingValue").asInt()).isEqualTo(2);
        assertThat(rating.get("bestRating").asInt()).isEqualTo(5);
        assertThat(rating.get("worstRating").asInt()).isEqualTo(1);
        assertThat(review.get("author").get("@type").asString()).isEqualTo("Organization");
        assertThat(review.get("author").get("name").asString()).isEqualTo("Factline");
        assertThat(review.get("author").get("url").asString()).isEqualTo(PUBLIC_URL);
        assertThat(Instant.parse(review.get("datePublished").asString()))
                .isEqualTo(Instant.parse(review.get("dateModified").asString()));
        JsonNode claim = review.get("itemReviewed");
        assertThat(claim.get("@type").asString()).isEqualTo("Claim");
        assertThat(claim.get("author").get("@type").asString()).isEqualTo("Person");
        assertThat(claim.get("author").get("name").asString()).isEqualTo("Jane Minister");
        assertThat(claim.get("author").get("sameAs").get(0).asString())
                .isEqualTo("https://en.wikipedia.example/wiki/Jane_Minister");
        assertThat(claim.get("datePublished").asString()).isEqualTo("2025-02-27");
        JsonNode appearances = claim.get("appearance");
        assertThat(appearances.size()).isEqualTo(2);
        JsonNode first = appearances.get(0);
        assertThat(first.get("@type").asString()).isEqualTo("CreativeWork");
        assertThat(first.get("url").asString()).isEqualTo("https://ledger.example/a");
        assertThat(first.get("headline").asString()).isEqualTo(marker + " first report");
        assertThat(first.get("publisher").get("@type").asString()).isEqualTo("Organization");
        assertThat(first.get("publisher").get("name").asString()).isEqualTo("Daily Ledger");
        assertThat(first.get("datePublished").asString()).startsWith("2025-03-01");
        assertThat(appearances.get(1).has("url")).as("no address, no url").isFalse();
        assertThat(appearances.get(1).get("publisher").get("name").asString()).isEqualTo("Evening Post");
        assertThat(claim.get("firstAppearance").get("headline").asString()).isEqualTo(marker + " first report");

        assertThat(response.body())
                .doesNotContain("votereason" + marker, "notetext" + marker, checker, editor, "pub-editor-2");
    }

    @Test
    void an_archived_article_is_left_out() throws Exception {
        String marker = marker("archived");
        long kept = article(marker + " kept report", "Daily Ledger", LocalDate.of(2025, 5, 1), null);
        long archived = article(marker + " withdrawn report", "Gossip Sheet", LocalDate.of(2025, 1, 1), null);
        long claimId = claimIn(marker + " exports doubled last year", "Someone", kept, archived);
        approve(claimId, Verdict.FALSE, "They fell.");
        signIn(editor);
        articles.archive(archived, articles.get(archived).summary().version());

        String body = get("/published/claims/" + claimId).body();
        assertThat(body).contains(marker + " kept report").doesNotContain(marker + " withdrawn report", "Gossip Sheet");
        JsonNode claim = jsonLd(Jsoup.parse(body)).get("itemReviewed");
        assertThat(claim.get("appearance").size()).isEqualTo(1);
        assertThat(claim.get("firstAppearance").get("headline").asString()).isEqualTo(marker + " kept report");
        assertThat(claim.get("author").get("@type").asString())
                .as("claimants of kind other")
                .isEqualTo("Organization");
    }

    @Test
    void a_claim_never_approved_is_not_found_and_not_listed() throws Exception {
        String marker = marker("unapproved");
        signIn(checker);
        long claimId = newClaim(marker + " a proposal only");
        review.propose(claimId, Verdict.TRUE, "Draft summary " + marker);

        assertThat(get("/published/claims/" + claimId).statusCode()).isEqualTo(404);
        assertThat(get("/published/claims/987654321").statusCode()).isEqualTo(404);
        assertThat(get("/published?q=" + marker).body())
                .doesNotContain(marker + " a proposal only")
                .contains("No published verdict matches");
    }

    @Test
    void a_reopened_claim_is_gone_until_decided_again_and_then_shows_its_correction() throws Exception {
        String marker = marker("reopened");
        signIn(checker);
        long claimId = newClaim(marker + " the bridge opened in May");
        approve(claimId, Verdict.TRUE, "The city's notice says so.");
        String firstApproval = jsonLd(
                        Jsoup.parse(get("/published/claims/" + claimId).body()))
                .get("datePublished")
                .asString();

        signIn(editor);
        review.reopen(claimId, claims.get(claimId).summary().version());
        var gone = get("/published/claims/" + claimId);
        assertThat(gone.statusCode()).isEqualTo(410);
        assertThat(gone.body()).contains("withdrawn").doesNotContain("The city's notice says so.");
        assertThat(get("/published?q=" + marker).body()).doesNotContain(marker + " the bridge");

        approve(claimId, Verdict.MOSTLY_TRUE, "It opened in May to pedestrians, in June to cars.");
        var back = get("/published/claims/" + claimId);
        assertThat(back.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(back.body());
        assertThat(page.select("section.corrections").text()).contains("True", "The city's notice says so.");
        assertThat(page.select("section.verdict").text()).contains("Mostly true", "to cars");
        JsonNode review = jsonLd(page);
        assertThat(review.get("datePublished").asString()).isEqualTo(firstApproval);
        assertThat(Instant.parse(review.get("dateModified").asString())).isAfter(Instant.parse(firstApproval));
        assertThat(get("/published?q=" + marker).body()).contains(marker + " the bridge");
    }

    @Test
    void an_unverifiable_verdict_has_no_rating_value() throws Exception {
        signIn(checker);
        long claimId = newClaim("Unverifiable secret meeting");
        approve(claimId, Verdict.UNVERIFIABLE, "No record of the meeting is public.");

        JsonNode rating =
                jsonLd(Jsoup.parse(get("/published/claims/" + claimId).body())).get("reviewRating");
        assertThat(rating.get("alternateName").asString()).isEqualTo("Unverifiable");
        assertThat(rating.has("ratingValue")).isFalse();
        assertThat(rating.has("bestRating")).isFalse();
    }

    @Test
    void script_breaking_text_stays_inside_the_json_ld() throws Exception {
        signIn(checker);
        long claimId = newClaim("They said </script><script>alert(1)</script> on air");
        approve(claimId, Verdict.FALSE, "Nothing of the sort & more.");

        String body = get("/published/claims/" + claimId).body();
        assertThat(body).doesNotContain("<script>alert(1)");
        assertThat(jsonLd(Jsoup.parse(body)).get("claimReviewed").asString()).contains("</script><script>alert(1)");
    }

    @Test
    void a_foreign_host_header_does_not_change_the_addresses() throws Exception {
        signIn(checker);
        long claimId = newClaim("Host header claim");
        approve(claimId, Verdict.TRUE, "Confirmed.");

        String raw = rawGet("/published/claims/" + claimId, "evil.example");
        assertThat(raw).startsWith("HTTP/1.1 200").doesNotContain("evil.example");
        assertThat(raw).contains(PUBLIC_URL + "/published/claims/" + claimId);
    }

    @Test
    void a_conditional_get_with_the_etag_is_not_modified() throws Exception {
        signIn(checker);
        long claimId = newClaim("Cached claim");
        approve(claimId, Verdict.MIXED, "Half of it holds.");

        var first = get("/published/claims/" + claimId);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(first.headers().firstValue("Last-Modified")).isPresent();
        var again = http.send(
                HttpRequest.newBuilder(uri("/published/claims/" + claimId))
                        .header("If-None-Match", etag)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
    }

    @Test
    void the_stylesheet_is_public_and_nothing_else_new_is() throws Exception {
        assertThat(get("/published/published.css").statusCode()).isEqualTo(200);
        var post = http.send(
                HttpRequest.newBuilder(uri("/published"))
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isIn(302, 401, 403);
    }
}
