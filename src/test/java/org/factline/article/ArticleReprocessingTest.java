package org.factline.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.factline.AbstractIntegrationTest;
import org.factline.base.ConcurrentEditException;
import org.factline.claim.AppearanceSummary;
import org.factline.claim.ClaimService;
import org.factline.claim.NewClaim;
import org.factline.security.AppRoles.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

class ArticleReprocessingTest extends AbstractIntegrationTest {

    @Autowired
    ArticleReprocessing reprocessing;

    @Autowired
    ArticleImportService imports;

    @Autowired
    ArticleService articles;

    @Autowired
    ClaimService claims;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void processing_again_updates_the_text_and_finds_claim_passages_again_or_flags_them() {
        signIn(user("rp-editor", Role.EDITOR));
        String marker = unique("rp");
        String text = "Officials said exports of the " + marker + " accelerator would need a licence from April.\n\n"
                + "The company expected a large charge as a result of the decision.";
        long id = imports.importPaste(marker + " story", text, PasteFormat.TEXT).articleId();
        // what an older, worse extractor had kept: a boilerplate line in front
        String old = "Subscribe to our newsletter for daily updates.\n\n"
                + articles.get(id).summary().title() + "\n\n" + text;
        jdbc.update("update article set body_text = ?, content_hash = ? where id = ?", old, "old-" + marker, id);
        long kept = claims.createFromPassage(
                        new NewClaim("A large charge " + marker, null, null, Set.of()),
                        id,
                        "The company expected a large charge",
                        old.indexOf("The company expected"))
                .id();
        long boilerplate = claims.createFromPassage(
                        new NewClaim("Newsletter " + marker, null, null, Set.of()),
                        id,
                        "Subscribe to our newsletter",
                        0)
                .id();

        assertThatThrownBy(() ->
                        reprocessing.reprocess(id, articles.get(id).summary().version() - 1))
                .isInstanceOf(ConcurrentEditException.class);
        var result = reprocessing.reprocess(id, articles.get(id).summary().version());
        assertThat(result).isEqualTo(ArticleReprocessing.Result.UPDATED);
        awaitEvents();
        assertThat(String.join(" ", articles.get(id).sentences().getFirst())).startsWith("Officials said exports");

        AppearanceSummary found = claims.get(kept).appearances().getFirst();
        assertThat(found.anchorLost()).isFalse();
        assertThat(claims.get(boilerplate).appearances().getFirst().anchorLost())
                .isTrue();

        assertThat(reprocessing.reprocess(id, articles.get(id).summary().version()))
                .isEqualTo(ArticleReprocessing.Result.UNCHANGED);
    }

    @Test
    void only_editors_process_again() {
        signIn(user("rp-checker", Role.FACT_CHECKER));
        long id = imports.importPaste(
                        null, "Some text about chips " + unique("rp") + " and export rules.", PasteFormat.TEXT)
                .articleId();
        assertThatThrownBy(() -> reprocessing.reprocess(id, 0)).isInstanceOf(AccessDeniedException.class);
    }
}
