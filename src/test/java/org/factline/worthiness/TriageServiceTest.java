package org.factline.worthiness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.factline.AbstractIntegrationTest;
import org.factline.article.ArticleImportService;
import org.factline.article.PasteFormat;
import org.factline.base.ValidationException;
import org.factline.claim.ClaimService;
import org.factline.claim.NewClaim;
import org.factline.security.AppRoles.Role;
import org.factline.security.SystemAuthentication;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class TriageServiceTest extends AbstractIntegrationTest {

    @Autowired
    TriageService triage;

    @Autowired
    ModelRetraining retraining;

    @Autowired
    ArticleImportService imports;

    @Autowired
    ClaimService claims;

    @Autowired
    ActiveModel activeModel;

    @Autowired
    TriageBackfill backfill;

    String marker;

    @BeforeEach
    void setUp() {
        signIn(user("cw-checker", Role.FACT_CHECKER));
        marker = marker("cw");
    }

    private long importArticle(String text) {
        long id =
                imports.importPaste(marker + " report", text, PasteFormat.TEXT).articleId();
        awaitEvents();
        return id;
    }

    private static final String STORY = "Thanks for reading our weekly newsletter.\n\n"
            + "Chinese firms bought 1.2 million Nvidia H20 chips in 2024, up 40 percent from a year earlier, the"
            + " ministry said. The export rules were tightened in October 2023, according to the Commerce Department.\n\n"
            + "We hope you enjoy the rest of the issue. See you next week.";

    private SentenceScore sentence(ArticleTriageDetail view, String start) {
        return view.sentences().stream()
                .filter(s -> s.text().startsWith(start))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void an_imported_article_is_scored_and_its_checkable_sentences_rank_above_small_talk() {
        long id = importArticle(marker + " opens. " + STORY);
        ArticleTriageDetail view = triage.triage(id);
        assertThat(view.modelName()).isEqualTo(activeModel.get().name());
        assertThat(view.sentences()).hasSizeGreaterThanOrEqualTo(5);
        assertThat(view.sentences()).allSatisfy(s -> assertThat(s.score()).isBetween(0, 100));
        int chips = sentence(view, "Chinese firms bought").score();
        assertThat(chips).isGreaterThan(sentence(view, "Thanks for reading").score());
        assertThat(chips).isGreaterThan(sentence(view, "We hope you enjoy").score());
        // the list counts the same sentences the reader offers, and fewer once one is dismissed
        triage.saveThreshold(TriageService.MIN_THRESHOLD);
        int offered = triage.triage(id).candidates().size();
        assertThat(offered).isPositive();
        assertThat(triage.strongCounts(List.of(id)).get(id)).isEqualTo(offered);
        triage.dismiss(id, triage.triage(id).candidates().getFirst().index());
        assertThat(triage.strongCounts(List.of(id)).get(id)).isEqualTo(offered - 1);
        triage.saveThreshold(TriageService.DEFAULT_THRESHOLD);
    }

    @Test
    void a_dismissal_is_the_teams_and_can_be_taken_back() {
        long id = importArticle(marker + " opens. " + STORY);
        triage.saveThreshold(TriageService.MIN_THRESHOLD);
        SentenceScore chips = sentence(triage.triage(id), "Chinese firms bought");
        triage.dismiss(id, chips.index());

        signIn(user("cw-other", Role.FACT_CHECKER));
        triage.saveThreshold(TriageService.MIN_THRESHOLD);
        ArticleTriageDetail seen = triage.triage(id);
        assertThat(sentence(seen, "Chinese firms bought").decision()).isEqualTo(SentenceScore.Decision.DISMISSED);
        assertThat(seen.candidates()).noneMatch(s -> s.index() == chips.index());
        assertThat(seen.dismissed()).extracting(SentenceScore::index).containsExactly(chips.index());

        triage.restore(id, chips.index());
        assertThat(sentence(triage.triage(id), "Chinese firms bought").decision())
                .isEqualTo(SentenceScore.Decision.NONE);
        assertThatThrownBy(() -> triage.dismiss(id, 999))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("no longer in the article");
    }

    @Test
    void a_claim_made_from_a_passage_marks_its_sentence_as_worth_checking() {
        long id = importArticle(marker + " opens. " + STORY);
        String passage = "The export rules were tightened in October 2023, according to the Commerce Department.";
        claims.createFromPassage(
                new NewClaim(marker + " rules tightened in October 2023", null, null, Set.of()), id, passage, -1);
        awaitEvents();
        assertThat(sentence(triage.triage(id), "The export rules").decision())
                .isEqualTo(SentenceScore.Decision.CLAIMED);
        assertThat(sentence(triage.triage(id), "Chinese firms bought").decision())
                .isEqualTo(SentenceScore.Decision.NONE);
    }

    @Test
    void thresholds_are_per_person_and_kept_in_range() {
        triage.saveThreshold(77);
        assertThat(triage.threshold()).isEqualTo(77);
        signIn(user("cw-third", Role.FACT_CHECKER));
        assertThat(triage.threshold()).isEqualTo(TriageService.DEFAULT_THRESHOLD);
        assertThatThrownBy(() -> triage.saveThreshold(100)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> triage.saveThreshold(TriageService.MIN_THRESHOLD - 1))
                .isInstanceOf(ValidationException.class);
        signIn("cw-checker");
        assertThat(triage.threshold()).isEqualTo(77);
        triage.saveThreshold(TriageService.DEFAULT_THRESHOLD);
    }

    @Test
    void only_admins_retrain_and_the_candidate_is_judged_on_held_back_feedback() {
        assertThatThrownBy(() -> retraining.retrain()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> retraining.history()).isInstanceOf(AccessDeniedException.class);
        signIn(user("cw-editor", Role.EDITOR));
        assertThatThrownBy(() -> retraining.retrain()).isInstanceOf(AccessDeniedException.class);

        // This team cares about model releases and not about share prices: the opposite of what
        // the shipped model (trained on political debates, fond of figures) would rank first.
        String text = IntStream.range(0, 40)
                .mapToObj(i -> "The " + marker + " lab released open model weights for version " + (i + 1)
                        + " of its assistant. Shares of " + marker + " rose " + (10 + i) + " percent in "
                        + (1990 + i) + ", analysts said.")
                .collect(Collectors.joining("\n\n"));
        signIn("cw-checker");
        long id = importArticle(text);
        for (SentenceScore s : triage.triage(id).sentences()) {
            if (s.text().startsWith("The " + marker)) {
                triage.claimed(id, s.text());
            } else if (s.text().startsWith("Shares of")) {
                triage.dismiss(id, s.index());
            }
        }
        signIn(user("cw-admin", Role.ADMIN));
        String shipped = ActiveModel.shipped().name();
        try {
            RetrainOutcome outcome = retraining.retrain();
            assertThat(outcome.heldOutItems()).isGreaterThanOrEqualTo(2 * ModelRetraining.MIN_HELD_OUT_PER_CLASS);
            assertThat(outcome.trainingItems()).isGreaterThan(outcome.heldOutItems());
            assertThat(outcome.previousName()).isEqualTo(shipped);
            assertThat(outcome.candidateScore()).isGreaterThan(0.9);
            assertThat(outcome.previousScore()).isLessThan(0.8);
            assertThat(outcome.replaced()).isTrue();
            var history = retraining.history();
            assertThat(history.models().getFirst().name()).isEqualTo(outcome.candidateName());
            assertThat(history.models().getFirst().active()).isTrue();
            assertThat(history.activeModel()).isEqualTo(outcome.candidateName());
            assertThat(retraining.activeModelFile()).startsWith("# factline check-worthiness model\nname\tteam-");
            // the new model re-scores the articles in the background (run here in the foreground)
            assertThat(SystemAuthentication.runAsSystem(backfill::run)).isPositive();
            signIn("cw-checker");
            assertThat(triage.triage(id).modelName()).isEqualTo(outcome.candidateName());
            signIn("cw-admin");
        } finally {
            retraining.useShippedModel();
        }
        assertThat(retraining.history().activeModel())
                .isEqualTo(ActiveModel.shipped().name());
    }
}
