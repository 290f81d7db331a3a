package org.factline.publish;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.factline.AbstractIntegrationTest;
import org.factline.article.ArticleImportService;
import org.factline.article.ArticleService;
import org.factline.article.MetadataEdit;
import org.factline.article.PasteFormat;
import org.factline.claim.ClaimService;
import org.factline.claim.ClaimantKind;
import org.factline.claim.ClaimantProfiles;
import org.factline.claim.NewClaim;
import org.factline.claim.Verdict;
import org.factline.note.EvidenceForm;
import org.factline.note.EvidenceService;
import org.factline.note.NoteService;
import org.factline.review.ReviewService;
import org.factline.security.AppRoles.Role;
import org.factline.security.SystemAuthentication;
import org.factline.vote.VoteService;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Shared set-up of the public pages' tests: the app on its port, a fact-checker and an editor,
 * articles and claims made through the real services, and an anonymous HTTP client.
 */
abstract class AbstractPublicPagesTest extends AbstractIntegrationTest {

    protected static final String PUBLIC_URL = "http://localhost:8080";
    protected static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    protected int port;

    @Autowired
    protected ClaimService claims;

    @Autowired
    protected ReviewService review;

    @Autowired
    protected VoteService votes;

    @Autowired
    protected NoteService notes;

    @Autowired
    protected ArticleImportService imports;

    @Autowired
    protected ArticleService articles;

    @Autowired
    protected JdbcTemplate jdbc;

    @Autowired
    protected EvidenceService evidence;

    @Autowired
    protected ClaimantProfiles claimants;

    @Autowired
    protected PublishingSettings publishing;

    protected final HttpClient http = HttpClient.newHttpClient();
    protected String checker;
    protected String editor;

    @BeforeEach
    void team() {
        checker = user("pub-checker", Role.FACT_CHECKER);
        editor = user("pub-editor", Role.EDITOR);
    }

    /** Every test starts and ends with the settings from the environment (application-test.properties). */
    @BeforeEach
    @AfterEach
    void defaultPublishingSettings() {
        var defaults = new PublishingSettingsForm(null, null, null, false);
        SystemAuthentication.runAsSystem(() -> {
            var settings = publishing.get();
            if (!settings.saved().equals(defaults)) {
                publishing.save(settings.version(), defaults);
            }
        });
    }

    /** Evidence added by the fact-checker; an editor shows it publicly when {@code shown}. Leaves the checker signed in. */
    protected long evidenceOn(long claimId, EvidenceForm form, boolean shown) {
        signIn(checker);
        var item = evidence.add(claimId, form, null);
        if (shown) {
            signIn(editor);
            evidence.showPublicly(item.id(), item.version(), true);
            signIn(checker);
        }
        return item.id();
    }

    /** Makes the claimant of that name a person, as an editor would on the claimant's page; leaves the checker signed in. */
    protected void describeClaimant(String name, ClaimantKind kind, List<String> links) {
        signIn(editor);
        long id = claims.claimantIdByName(name).orElseThrow();
        claimants.describe(id, claimants.get(id).version(), kind, links);
        signIn(checker);
    }

    protected long article(String title, String publisher, LocalDate published, String url) {
        signIn(checker);
        long id = imports.importPaste(title, title + ". The report says exports doubled last year.", PasteFormat.TEXT)
                .articleId();
        articles.updateMetadata(
                id,
                articles.get(id).summary().version(),
                new MetadataEdit(title, null, publisher, published, "en", url));
        return id;
    }

    protected long claimIn(String text, String claimant, long articleId, long otherArticleId) {
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
    protected void approve(long claimId, Verdict verdict, String summary) {
        signIn(checker);
        review.propose(claimId, verdict, summary);
        signIn(editor);
        review.approve(claimId, claims.get(claimId).summary().version());
        signIn(checker);
    }

    protected URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    protected HttpResponse<String> get(String path) throws IOException, InterruptedException {
        String safe = path.replace(" ", "+");
        return http.send(HttpRequest.newBuilder(uri(safe)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** java.net.http refuses to set Host, so this one speaks HTTP over a socket. */
    protected String rawGet(String path, String host) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    protected static String meta(Document page, String property) {
        return page.select("meta[property=" + property + "]").attr("content");
    }

    protected static JsonNode jsonLd(Document page) {
        return JSON.readTree(
                page.selectFirst("script[type=application/ld+json]").data());
    }
}
