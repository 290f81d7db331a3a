package org.factline.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.factline.AbstractIntegrationTest;
import org.factline.article.ArticleFilter;
import org.factline.article.ArticleImportService;
import org.factline.article.ArticleReprocessing;
import org.factline.article.ArticleService;
import org.factline.article.PasteFormat;
import org.factline.article.domain.ArticleStatus;
import org.factline.audit.AuditLog;
import org.factline.base.ConcurrentEditException;
import org.factline.base.ValidationException;
import org.factline.security.AppRoles.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

class DuplicateMergesTest extends AbstractIntegrationTest {

    @Autowired
    DuplicateMerges merges;

    @Autowired
    ArticleImportService imports;

    @Autowired
    ArticleService articles;

    @Autowired
    ArticleReprocessing reprocessing;

    @Autowired
    ClaimService claims;

    @Autowired
    AuditLog auditLog;

    @Autowired
    JdbcTemplate jdbc;

    String editor;

    @BeforeEach
    void signInAsEditor() {
        editor = user("merge-editor", Role.EDITOR);
        signIn(editor);
    }

    @Test
    void merging_moves_the_copys_appearances_into_the_original_and_archives_the_copy_with_its_link() {
        var pair = MergeFixtures.pair(imports, claims, marker("mg"));
        assertThat(appearancesIn(pair.copy())).isEqualTo(3);
        assertThat(appearancesIn(pair.original())).isEqualTo(1);

        var preview = merges.preview(pair.copy(), pair.original());
        assertThat(preview.moving()).isEqualTo(2);
        assertThat(preview.notInOriginal()).isEqualTo(1);
        assertThat(preview.alreadyInOriginal()).isEqualTo(1);

        var done = merges.merge(pair.copy(), pair.original(), preview.copyVersion());
        assertThat(done)
                .usingRecursiveComparison()
                .ignoringFields("copyVersion")
                .isEqualTo(preview);

        assertThat(appearancesIn(pair.copy()))
                .as("the one already in the original stays")
                .isEqualTo(1);
        assertThat(appearancesIn(pair.original())).isEqualTo(3);
        String text = bodyText(pair.original());
        var found = claims.get(pair.inBoth()).appearances().getFirst();
        assertThat(found.articleId()).isEqualTo(pair.original());
        assertThat(found.anchorLost()).isFalse();
        var row = jdbc.queryForMap(
                "select start_offset, end_offset, prefix from claim_appearance where id = ?", found.id());
        assertThat(text.substring((int) row.get("start_offset"), (int) row.get("end_offset")))
                .isEqualTo(found.quote());
        assertThat(text).contains(row.get("prefix") + found.quote());
        var lost = claims.get(pair.onlyInCopy()).appearances().getFirst();
        assertThat(lost.articleId()).isEqualTo(pair.original());
        assertThat(lost.anchorLost()).as("moved with its quote, flagged").isTrue();
        assertThat(lost.quote()).isEqualTo("added by the aggregator");
        assertThat(claims.count(new ClaimFilter(null, null, null, pair.original())))
                .isEqualTo(3);

        var copy = articles.get(pair.copy());
        assertThat(copy.summary().status()).isEqualTo(ArticleStatus.ARCHIVED);
        assertThat(copy.summary().mergedInto()).isEqualTo(pair.original());
        assertThat(copy.mergedIntoTitle()).isEqualTo(preview.originalTitle());
        var byTitle =
                new ArticleFilter(preview.originalTitle().replace("Original ", ""), null, null, null, null, false);
        assertThat(articles.find(byTitle, 0, 10, Sort.unsorted()))
                .as("archived: out of the list (and its search index) like any archived article")
                .extracting(a -> a.id())
                .doesNotContain(pair.copy())
                .contains(pair.original());
        var audit = auditLog.history("article", String.valueOf(pair.copy()), 5).getFirst();
        assertThat(audit.action()).isEqualTo("article.merged");
        assertThat(audit.actor()).isEqualTo(editor);
        assertThat(audit.summary())
                .contains("into \u201c" + preview.originalTitle() + "\u201d")
                .contains("2 claim appearances moved");
    }

    @Test
    void undo_puts_every_appearance_back_exactly_and_brings_the_copy_back_flagged() {
        var pair = MergeFixtures.pair(imports, claims, marker("mg"));
        var before = appearanceRows(pair);
        var preview = merges.preview(pair.copy(), pair.original());
        merges.merge(pair.copy(), pair.original(), preview.copyVersion());
        assertThat(appearanceRows(pair)).isNotEqualTo(before);

        var undoPlan = merges.undoPreview(pair.copy());
        assertThat(undoPlan.goingBack()).isEqualTo(2);
        assertThat(undoPlan.changedSince()).isZero();
        assertThat(undoPlan.mergedBy()).isEqualTo(editor);
        merges.undo(pair.copy());

        assertThat(appearanceRows(pair)).isEqualTo(before);
        var copy = articles.get(pair.copy());
        assertThat(copy.summary().status()).isEqualTo(ArticleStatus.ACTIVE);
        assertThat(copy.summary().mergedInto()).isNull();
        assertThat(copy.summary().possibleDuplicateOf()).isEqualTo(pair.original());
        assertThat(auditLog.history("article", String.valueOf(pair.copy()), 5).getFirst())
                .satisfies(e -> {
                    assertThat(e.action()).isEqualTo("article.merge-undone");
                    assertThat(e.summary()).contains("2 claim appearances back in the copy");
                });
        assertThatThrownBy(() -> merges.undo(pair.copy()))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("is not merged");
        // and it can be merged again
        merges.merge(
                pair.copy(),
                pair.original(),
                articles.get(pair.copy()).summary().version());
        assertThat(appearancesIn(pair.original())).isEqualTo(3);
    }

    @Test
    void undo_after_the_original_was_processed_again_still_puts_the_appearances_back_in_the_copy() {
        var pair = MergeFixtures.pair(imports, claims, marker("mg"));
        // the original as an older extractor kept it, boilerplate in front: processing again changes it
        String text = bodyText(pair.original());
        jdbc.update(
                "update article set body_text = ?, content_hash = ? where id = ?",
                "Subscribe to our newsletter for daily updates.\n\n" + text,
                "old-" + pair.original(),
                pair.original());
        var before = appearanceRows(pair);
        merges.merge(
                pair.copy(),
                pair.original(),
                merges.preview(pair.copy(), pair.original()).copyVersion());
        reprocessing.reprocess(
                pair.original(), articles.get(pair.original()).summary().version());
        awaitEvents(); // the passages of the original are found again in its new text
        var plan = merges.undoPreview(pair.copy());
        assertThat(plan.goingBack()).isEqualTo(2);
        assertThat(plan.changedSince()).as("re-anchored in the new text").isEqualTo(1);
        merges.undo(pair.copy());

        assertThat(appearanceRows(pair))
                .as("back at their place in the copy (the original's own one was found again at its place)")
                .isEqualTo(before);
    }

    @Test
    void only_a_flagged_active_copy_is_merged_into_its_original_once() {
        var pair = MergeFixtures.pair(imports, claims, marker("mg"));
        long version = articles.get(pair.copy()).summary().version();
        assertThatThrownBy(() -> merges.merge(pair.copy(), pair.copy(), version))
                .isInstanceOf(ValidationException.class)
                .hasMessage("An article can't be merged into itself.");
        assertThatThrownBy(() -> merges.preview(pair.original(), pair.copy()))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("is not flagged as a copy of");
        long unrelated = imports.importPaste(
                        null, "A different story about " + marker("mg") + " and rice harvests.", PasteFormat.TEXT)
                .articleId();
        assertThatThrownBy(() -> merges.merge(pair.copy(), unrelated, version))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("only a flagged near-duplicate");

        articles.archive(pair.copy(), version);
        long archived = articles.get(pair.copy()).summary().version();
        assertThatThrownBy(() -> merges.merge(pair.copy(), pair.original(), archived))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("is archived; restore it before merging it");
        articles.restore(pair.copy(), archived);

        long current = articles.get(pair.copy()).summary().version();
        assertThatThrownBy(() -> merges.merge(pair.copy(), pair.original(), current - 1))
                .isInstanceOf(ConcurrentEditException.class);
        merges.merge(pair.copy(), pair.original(), current);
        long merged = articles.get(pair.copy()).summary().version();
        assertThatThrownBy(() -> merges.merge(pair.copy(), pair.original(), merged))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("is already merged into another article");
        assertThatThrownBy(() -> articles.restore(pair.copy(), merged))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("undo the merge");
        String copyText = jdbc.queryForObject("select body_text from article where id = ?", String.class, pair.copy());
        assertThat(imports.importPaste(null, copyText, PasteFormat.TEXT).message())
                .as("importing the copy again says where it went")
                .contains("merged into another article");
        assertThat(appearancesIn(pair.original())).isEqualTo(3);
    }

    @Test
    void of_two_editors_merging_at_once_one_wins() throws Exception {
        var pair = MergeFixtures.pair(imports, claims, marker("mg"));
        long version = articles.get(pair.copy()).summary().version();
        var context = SecurityContextHolder.getContext();
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(2);
        try {
            var results = new ArrayList<Future<String>>();
            for (int i = 0; i < 2; i++) {
                results.add(pool.submit(() -> {
                    SecurityContextHolder.setContext(context);
                    start.await();
                    try {
                        merges.merge(pair.copy(), pair.original(), version);
                        return "merged";
                    } catch (ConcurrentEditException | ValidationException refused) {
                        return "refused";
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                }));
            }
            start.countDown();
            var outcomes = new ArrayList<String>();
            for (var result : results) {
                outcomes.add(result.get(30, TimeUnit.SECONDS));
            }
            assertThat(outcomes).containsExactlyInAnyOrder("merged", "refused");
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.queryForObject(
                        "select count(*) from article_merge where copy_id = ?", Integer.class, pair.copy()))
                .isEqualTo(1);
        assertThat(appearancesIn(pair.original())).isEqualTo(3);
    }

    @Test
    void fact_checkers_cannot_merge_or_undo() {
        signIn(user("merge-checker", Role.FACT_CHECKER));
        var pair = MergeFixtures.pair(imports, claims, marker("mg"));
        long version = articles.get(pair.copy()).summary().version();
        assertThatThrownBy(() -> merges.preview(pair.copy(), pair.original()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> merges.merge(pair.copy(), pair.original(), version))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> merges.undo(pair.copy())).isInstanceOf(AccessDeniedException.class);
        signIn(user("merge-admin", Role.ADMIN));
        assertThatThrownBy(() -> merges.merge(pair.copy(), pair.original(), version))
                .as("an admin merges only when also an editor")
                .isInstanceOf(AccessDeniedException.class);
        assertThat(appearancesIn(pair.copy())).isEqualTo(3);
    }

    private int appearancesIn(long articleId) {
        return jdbc.queryForObject(
                "select count(*) from claim_appearance where article_id = ?", Integer.class, articleId);
    }

    private String bodyText(long articleId) {
        return jdbc.queryForObject("select body_text from article where id = ?", String.class, articleId);
    }

    private List<Map<String, Object>> appearanceRows(MergeFixtures.Pair pair) {
        return jdbc.queryForList(
                "select id, claim_id, article_id, quote, start_offset, end_offset, prefix, suffix, anchor_lost"
                        + " from claim_appearance where claim_id in (?, ?, ?) order by id",
                pair.inBoth(),
                pair.onlyInCopy(),
                pair.alreadyInOriginal());
    }
}
