package org.factline.publish;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Set;
import org.factline.AbstractIntegrationTest;
import org.factline.article.ArticleImportService;
import org.factline.article.ArticleService;
import org.factline.article.MetadataEdit;
import org.factline.article.PasteFormat;
import org.factline.claim.ClaimService;
import org.factline.claim.NewClaim;
import org.factline.claim.Verdict;
import org.factline.note.NoteService;
import org.factline.review.ReviewService;
import org.factline.security.AppRoles.Role;
import org.factline.vote.VoteService;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public verdict pages over real HTTP without signing in: what a verified claim shows (and
 * never shows), its ClaimReview JSON-LD, 404 and 410, corrections, caching and the index.
 */
class PublishedVerdictPagesTest extends AbstractIntegrationTest {

    private static final String PUBLIC_URL = "http://localhost:8080";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    ClaimService claims;

    @Autowired
    ReviewService review;

    @Autowired
    VoteService votes;

    @Autowired
    NoteService notes;

    @Autowired
    ArticleImportService imports;

    @Autowired
    ArticleService articles;

    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient http = HttpClient.newHttpClient();
    private String checker;
    private String editor;

    @BeforeEach
    void team() {
        checker = user("pub-checker", Role.FACT_CHECKER);
        editor = user("pub-editor", Role.EDITOR);
    }

    @Test
    void a_verified_claim_with_two_appearances_is_public_with_its_claim_review() throws Exception {
        String marker = marker("twoplaces");
        long older =
                article(marker + " first report", "Daily Ledger", LocalDate.of(2025, 3, 1), "https://ledger.example/a");
        long newer = article(marker + " second report", "Evening Post", LocalDate.of(2025, 4, 2), null);
        long claimId = claimIn(marker + " exports doubled last year", "Jane Minister", older, newer);
        jdbc.update("update claimant set kind = 'PERSON' where name = 'Jane Minister'");
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
    void the_stylesheet_is_public_and_nothing_else_new_is() throws Exception {
        assertThat(get("/published/published.css").statusCode()).isEqualTo(200);
        var post = http.send(
                HttpRequest.newBuilder(uri("/published"))
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isIn(302, 401, 403);
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

    // --- helpers

    private long article(String title, String publisher, LocalDate published, String url) {
        signIn(checker);
        long id = imports.importPaste(title, title + ". The report says exports doubled last year.", PasteFormat.TEXT)
                .articleId();
        articles.updateMetadata(
                id,
                articles.get(id).summary().version(),
                new MetadataEdit(title, null, publisher, published, "en", url));
        return id;
    }

    private long claimIn(String text, String claimant, long articleId, long otherArticleId) {
        signIn(checker);
        long id = claims.createFromPassage(
                        new NewClaim(text, claimant, LocalDate.of(2025, 2, 27), Set.of()),
                        articleId,
                        "exports doubled last year",
                        -1)
                .id();
        claims.addAppearance(id, otherArticleId, "exports doubled last year", -1);
        return id;
    }

    /** A fact-checker proposes, an editor approves (four eyes); leaves the checker signed in. */
    private void approve(long claimId, Verdict verdict, String summary) {
        signIn(checker);
        review.propose(claimId, verdict, summary);
        signIn(editor);
        review.approve(claimId, claims.get(claimId).summary().version());
        signIn(checker);
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        String safe = path.replace(" ", "+");
        return http.send(HttpRequest.newBuilder(uri(safe)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** java.net.http refuses to set Host, so this one speaks HTTP over a socket. */
    private String rawGet(String path, String host) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String meta(Document page, String property) {
        return page.select("meta[property=" + property + "]").attr("content");
    }

    private static JsonNode jsonLd(Document page) {
        return JSON.readTree(
                page.selectFirst("script[type=application/ld+json]").data());
    }
}
