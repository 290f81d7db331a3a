package org.factline.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import org.factline.AbstractIntegrationTest;
import org.factline.article.ArticleImportService;
import org.factline.article.PasteFormat;
import org.factline.base.ConcurrentEditException;
import org.factline.base.ValidationException;
import org.factline.security.AppRoles.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;

class ClaimServiceTest extends AbstractIntegrationTest {

    @Autowired
    ClaimService claims;

    @Autowired
    ArticleImportService imports;

    @BeforeEach
    void signInAsFactChecker() {
        signIn(user("claimer", Role.FACT_CHECKER));
    }

    @Test
    void starting_review_moves_only_a_new_claim_and_leaves_its_version_to_decisions() {
        long id = newClaim("First note arrives");
        long seen = claims.get(id).summary().version();

        claims.startReview(id);
        claims.startReview(id); // a second note changes nothing

        var claim = claims.get(id).summary();
        assertThat(claim.status()).isEqualTo(ClaimStatus.IN_REVIEW);
        assertThat(claim.version()).isEqualTo(seen);
        // a decision still bumps the version, so a form opened before it is refused
        claims.moveTo(id, seen, ClaimStatus.PROPOSED, null);
        assertThatThrownBy(() -> claims.moveTo(id, seen, ClaimStatus.IN_REVIEW, null))
                .isInstanceOf(ConcurrentEditException.class);
        claims.startReview(id);
        assertThat(claims.status(id)).isEqualTo(ClaimStatus.PROPOSED);
    }

    @Test
    void a_claim_from_a_selected_passage_is_anchored_in_its_article() {
        String marker = unique("lab");
        long articleId = imports.importPaste(
                        null,
                        "The " + marker + " said its new model was trained for under six million dollars. "
                                + "Analysts questioned the figure because it left out research costs.",
                        PasteFormat.TEXT)
                .articleId();

        var claim = claims.createFromPassage(
                new NewClaim(
                        "The model was trained for under six million dollars",
                        " DeepSeek ",
                        LocalDate.of(2025, 1, 20),
                        Set.of("Training cost", " models ")),
                articleId,
                "trained for under six million dollars",
                -1);

        var detail = claims.get(claim.id());
        assertThat(detail.summary().status()).isEqualTo(ClaimStatus.NEW);
        assertThat(detail.summary().claimant()).isEqualTo("DeepSeek");
        assertThat(detail.summary().tags()).containsExactlyInAnyOrder("training cost", "models");
        assertThat(detail.appearances()).singleElement().satisfies(a -> {
            assertThat(a.articleId()).isEqualTo(articleId);
            assertThat(a.quote()).isEqualTo("trained for under six million dollars");
            assertThat(a.anchorLost()).isFalse();
        });
        assertThat(claims.find(new ClaimFilter(null, null, null, articleId), 0, 10, Sort.unsorted()))
                .extracting(ClaimSummary::id)
                .containsExactly(claim.id());
    }

    @Test
    void the_same_claim_in_another_article_is_another_appearance() {
        long first = imports.importPaste(
                        null,
                        unique("First") + " report: the export rule took effect on 17 November.",
                        PasteFormat.TEXT)
                .articleId();
        long second = imports.importPaste(
                        null,
                        unique("Second") + " report: officials said the export rule took effect on 17 November.",
                        PasteFormat.TEXT)
                .articleId();
        var claim = claims.createFromPassage(
                new NewClaim("The export rule took effect on 17 November", null, null, Set.of()),
                first,
                "the export rule took effect on 17 November",
                -1);

        claims.addAppearance(claim.id(), second, "the export rule took effect on 17 November", -1);

        assertThat(claims.get(claim.id()).appearances()).hasSize(2);
        assertThatThrownBy(() ->
                        claims.addAppearance(claim.id(), second, "the export rule took effect on 17 November", -1))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("already");
    }

    @Test
    void claimants_are_shared_whatever_the_spelling_of_case_and_spaces() {
        String name = unique("Commerce Department");
        claims.create(new NewClaim("First statement by the department", name, null, Set.of()));
        claims.create(
                new NewClaim("Second statement by the department", "  " + name.toUpperCase() + " ", null, Set.of()));
        assertThat(claims.claimantNames(name.substring(0, 12), 20)).containsOnlyOnce(name);
    }

    @Test
    void bad_input_is_refused_with_the_field_named() {
        assertField(() -> claims.create(new NewClaim("   ", null, null, Set.of())), "text");
        assertField(() -> claims.create(new NewClaim("x".repeat(1001), null, null, Set.of())), "text");
        assertField(() -> claims.create(new NewClaim("A fine claim", null, null, Set.of("t".repeat(61)))), "tags");
        long articleId = imports.importPaste(
                        null,
                        unique("Text") + " about chips and export rules for the anchoring test.",
                        PasteFormat.TEXT)
                .articleId();
        assertField(
                () -> claims.createFromPassage(
                        new NewClaim("A claim", null, null, Set.of()), articleId, "words not in the article", -1),
                "selection");
    }

    @Test
    void admins_without_editorial_roles_are_refused() {
        signIn(user("claim-pure-admin", Role.ADMIN));
        assertThatThrownBy(() -> claims.create(new NewClaim("A claim", null, null, Set.of())))
                .isInstanceOf(AccessDeniedException.class);
    }

    private static void assertField(Runnable action, String field) {
        assertThatThrownBy(action::run)
                .isInstanceOf(ValidationException.class)
                .extracting(e -> ((ValidationException) e).field())
                .isEqualTo(field);
    }
}
