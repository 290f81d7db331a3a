package org.factline.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.factline.AbstractIntegrationTest;
import org.factline.article.DiffPiece.Kind;
import org.factline.article.ImportOutcome.Status;
import org.factline.audit.AuditFilter;
import org.factline.audit.AuditLog;
import org.factline.base.ValidationException;
import org.factline.claim.AppearanceSummary;
import org.factline.claim.ClaimService;
import org.factline.claim.NewClaim;
import org.factline.search.SearchService;
import org.factline.search.SearchSort;
import org.factline.security.AppRoles.Role;
import org.factline.security.SystemAuthentication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;

/** Articles that change: a new fetch of an address imported before becomes the article's next version. */
class ArticleVersionsTest extends AbstractIntegrationTest {

    static final String REMOVED = "Chip designers said they were still reviewing the text.";
    static final String REPLACEMENT = "Chip designers declined to comment on the revised text.";

    @Autowired
    ArticleImportService imports;

    @Autowired
    ArticleService articles;

    @Autowired
    ArticleVersions versions;

    @Autowired
    ClaimService claims;

    @Autowired
    AuditLog auditLog;

    @Autowired
    SearchService search;

    /** The page the local server answers, switched by the test; status 0 = answer 200. */
    final AtomicReference<String> page = new AtomicReference<>("");

    final AtomicInteger failWith = new AtomicInteger();
    HttpServer server;
    String base;

    @BeforeEach
    void startServer() throws Exception {
        signIn(user("versions-checker", Role.FACT_CHECKER));
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            if (failWith.get() != 0) {
                exchange.sendResponseHeaders(failWith.get(), -1);
                exchange.close();
                return;
            }
            byte[] body = page.get().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    /** The news page with this test's own words and canonical address. */
    static String story(String marker) {
        return ArticleFixtures.NEWS_PAGE
                .replace("Commerce tightens", "Commerce tightens " + marker)
                .replace("tech/chip-rules", "tech/" + marker)
                .replace("on Tuesday", "on Tuesday (" + marker + ")");
    }

    static String edited(String story, String newWord) {
        return story.replace(REMOVED, REPLACEMENT).replace("officials said", "senior " + newWord + " officials said");
    }

    @Test
    void importing_an_address_again_with_changed_text_stores_version_2_and_finds_passages_again_or_flags_them() {
        String marker = marker("versions");
        page.set(story(marker));
        var first = imports.importUrl(base + "/story");
        assertThat(first.status()).isEqualTo(Status.IMPORTED);
        long id = first.articleId();
        long kept = claims.createFromPassage(
                        new NewClaim("Rules extended " + marker, null, null, Set.of()),
                        id,
                        "to dozens of additional countries",
                        -1)
                .id();
        long removed = claims.createFromPassage(
                        new NewClaim("Still reviewing " + marker, null, null, Set.of()),
                        id,
                        "said they were still reviewing the text",
                        -1)
                .id();

        String newWord = marker("revised");
        page.set(edited(story(marker), newWord));
        var again = imports.importUrl(base + "/story");

        assertThat(again.status()).isEqualTo(Status.UPDATED);
        assertThat(again.articleId()).isEqualTo(id);
        assertThat(again.message()).contains("version 2");
        var detail = articles.get(id);
        assertThat(String.join(
                        " ",
                        detail.sentences().stream().flatMap(p -> p.stream()).toList()))
                .contains(REPLACEMENT)
                .doesNotContain(REMOVED);
        assertThat(versions.list(id))
                .extracting(ArticleVersionEntry::number, ArticleVersionEntry::latest)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2, true), org.assertj.core.groups.Tuple.tuple(1, false));

        awaitEvents();
        AppearanceSummary stillThere = claims.get(kept).appearances().getFirst();
        assertThat(stillThere.anchorLost()).isFalse();
        assertThat(stillThere.changedInVersion()).isNull();
        AppearanceSummary gone = claims.get(removed).appearances().getFirst();
        assertThat(gone.anchorLost()).isTrue();
        assertThat(gone.changedInVersion()).isEqualTo(2);
        assertThat(gone.quote()).isEqualTo("said they were still reviewing the text");
        assertThat(gone.nearestText()).contains("declined to comment on the revised text");

        assertThat(SystemAuthentication.runAsSystem(() -> auditLog.search(
                                new AuditFilter(null, "article.updated", null, null, null), Pageable.ofSize(50)))
                        .stream()
                        .filter(e -> e.summary().contains(marker)))
                .hasSize(1);
        await().atMost(Duration.ofSeconds(10))
                .pollInSameThread()
                .untilAsserted(() -> assertThat(search.search(newWord, SearchSort.RELEVANCE, 0, 5)
                                .hits())
                        .extracting(h -> h.id())
                        .containsExactly(id));

        var unchanged = imports.importUrl(base + "/story");
        assertThat(unchanged.status()).isEqualTo(Status.UNCHANGED);
        assertThat(unchanged.articleId()).isEqualTo(id);
        assertThat(versions.list(id)).hasSize(2);
    }

    @Test
    void the_diff_between_two_versions_marks_deleted_and_inserted_words() {
        String marker = marker("diff");
        page.set(story(marker));
        long id = imports.importUrl(base + "/story").articleId();
        String newWord = marker("inserted");
        page.set(edited(story(marker), newWord));
        assertThat(imports.importUrl(base + "/story").status()).isEqualTo(Status.UPDATED);

        var diff = versions.diff(id, 1, 2);
        assertThat(diff.identical()).isFalse();
        assertThat(diff.pieces())
                .filteredOn(p -> p.kind() == Kind.INSERTED)
                .extracting(DiffPiece::text)
                .anyMatch(t -> t.contains(newWord))
                .anyMatch(t -> t.contains("declined"));
        assertThat(diff.pieces())
                .filteredOn(p -> p.kind() == Kind.DELETED)
                .extracting(DiffPiece::text)
                .anyMatch(t -> t.contains("said they were still reviewing"));
        assertThat(diff.pieces())
                .filteredOn(p -> p.kind() == Kind.SAME)
                .extracting(DiffPiece::text)
                .anyMatch(t -> t.contains("to dozens of additional countries"));
        assertThatThrownBy(() -> versions.diff(id, 2, 2)).isInstanceOf(ValidationException.class);
    }

    @Test
    void another_address_with_the_same_text_stays_a_duplicate() {
        String marker = marker("samewords");
        // no canonical link: the fetched addresses are what tells the two apart
        page.set(story(marker).replaceAll("<link rel=\"canonical\"[^>]*>", ""));
        var first = imports.importUrl(base + "/one");
        assertThat(first.status()).isEqualTo(Status.IMPORTED);

        var second = imports.importUrl(base + "/two");

        assertThat(second.status()).isEqualTo(Status.DUPLICATE);
        assertThat(second.articleId()).isEqualTo(first.articleId());
        assertThat(versions.list(first.articleId())).hasSize(1);
        // and the first address again, unchanged, is not an error
        assertThat(imports.importUrl(base + "/one").status()).isEqualTo(Status.UNCHANGED);
    }

    @Test
    void check_for_update_fetches_the_address_again() {
        String marker = marker("check");
        page.set(story(marker));
        long id = imports.importUrl(base + "/checked").articleId();

        assertThat(imports.checkForUpdate(id).status()).isEqualTo(Status.UNCHANGED);
        page.set(edited(story(marker), marker("fresh")));
        var updated = imports.checkForUpdate(id);
        assertThat(updated.status()).isEqualTo(Status.UPDATED);
        assertThat(updated.message()).contains("version 2");
        assertThat(articles.get(id).summary().wordCount()).isPositive();

        failWith.set(503);
        var failed = imports.checkForUpdate(id);
        assertThat(failed.status()).isEqualTo(Status.FAILED);
        assertThat(failed.message())
                .startsWith("Could not fetch the article again")
                .contains("503");
        assertThat(versions.list(id)).hasSize(2);
    }

    @Test
    void check_for_update_is_refused_for_an_article_not_imported_from_a_web_address() {
        long id = imports.importPaste(null, "Pasted words about " + marker("pasted") + " and rules.", PasteFormat.TEXT)
                .articleId();
        assertThatThrownBy(() -> imports.checkForUpdate(id))
                .isInstanceOf(ValidationException.class)
                .hasMessage("Only articles imported from a web address can be checked for an update;"
                        + " this one was pasted.");
        assertThat(versions.list(id)).extracting(ArticleVersionEntry::number).containsExactly(1);
    }

    @Test
    void people_without_the_fact_checker_role_may_not_check_for_updates_or_read_versions() {
        String marker = marker("roles");
        page.set(story(marker));
        long id = imports.importUrl(base + "/roles").articleId();
        signIn(user("versions-admin-only", Role.ADMIN));
        assertThatThrownBy(() -> imports.checkForUpdate(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> versions.list(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> versions.diff(id, 1, 2)).isInstanceOf(AccessDeniedException.class);
        assertThat(SystemAuthentication.runAsSystem(() -> versions.list(id))).hasSize(1);
    }
}
