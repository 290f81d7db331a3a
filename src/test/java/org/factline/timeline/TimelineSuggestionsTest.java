package org.factline.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.factline.timeline.EventFormBuilder.event;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.assertj.core.groups.Tuple;
import org.factline.AbstractIntegrationTest;
import org.factline.article.ArticleImportService;
import org.factline.article.PasteFormat;
import org.factline.base.ValidationException;
import org.factline.claim.ClaimService;
import org.factline.claim.NewClaim;
import org.factline.claim.Verdict;
import org.factline.review.ReviewService;
import org.factline.security.AppRoles.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class TimelineSuggestionsTest extends AbstractIntegrationTest {

    @Autowired
    TimelineSuggestions suggestions;

    @Autowired
    TimelineService timeline;

    @Autowired
    TimelineCategories categories;

    @Autowired
    ArticleImportService imports;

    @Autowired
    ClaimService claims;

    @Autowired
    ReviewService review;

    String marker;

    @BeforeEach
    void setUp() {
        signIn(user("sg-checker", Role.FACT_CHECKER));
        marker = marker("sg");
    }

    private long importArticle(String text) {
        long id = imports.importPaste(marker + " story", text, PasteFormat.TEXT).articleId();
        awaitEvents();
        return id;
    }

    private List<SuggestionDetail> mine() {
        return suggestions.open().stream()
                .filter(s -> s.sentence().contains(marker))
                .toList();
    }

    @Test
    void dated_event_sentences_of_an_imported_article_become_suggestions_an_editor_accepts() {
        long article = importArticle("Background paragraph without any date at all, just context for readers.\n\n"
                + "On 7 October 2011 the Commerce Department announced sweeping export controls on chips ("
                + marker + ").\n\nIn January 2013, the lab released its reasoning model to the public (" + marker
                + ").\n\nThe weather on 3 May 2011 was pleasant for everyone (" + marker + ").");
        assertThatThrownBy(() -> suggestions.open()).isInstanceOf(AccessDeniedException.class);

        signIn(user("sg-editor", Role.EDITOR));
        List<SuggestionDetail> found = mine();
        assertThat(found)
                .extracting(SuggestionDetail::date, SuggestionDetail::precision)
                .containsExactly(
                        Tuple.tuple(LocalDate.of(2013, 1, 1), DatePrecision.MONTH),
                        Tuple.tuple(LocalDate.of(2011, 10, 7), DatePrecision.DAY));
        SuggestionDetail controls = found.get(1);
        assertThat(controls.articleId()).isEqualTo(article);
        assertThat(controls.dateLabel()).isEqualTo("7 Oct 2011");

        EventForm prefill = suggestions.prefill(controls.id());
        assertThat(prefill.articleIds()).containsExactly(article);
        EventDetail event = timeline.create(prefill);
        suggestions.accepted(controls.id(), event.id());
        assertThat(mine()).hasSize(1);
        assertThatThrownBy(() -> suggestions.dismiss(controls.id()))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("already decided");

        suggestions.dismiss(found.getFirst().id());
        assertThat(mine()).isEmpty();
    }

    @Test
    void a_suggestion_close_to_an_existing_event_is_offered_as_a_source_for_it() {
        signIn(user("sg-editor", Role.EDITOR));
        EventDetail existing = timeline.create(event(
                        marker + " Commerce announces chip export controls",
                        LocalDate.of(2012, 10, 7),
                        categories.all().getFirst().id())
                .importance(3)
                .form());
        signIn("sg-checker");
        long article = importArticle("The Commerce Department announced chip export controls on 8 October 2012 ("
                + marker + "), officials said.");

        signIn("sg-editor");
        SuggestionDetail match = mine().getFirst();
        assertThat(match.matchedEventId()).isEqualTo(existing.id());
        EventDetail updated = suggestions.addToMatchedEvent(match.id());
        assertThat(updated.articles()).extracting(EventDetail.ArticleLink::id).containsExactly(article);
        assertThat(mine()).isEmpty();

        signIn("sg-checker");
        importArticle("Officials said on 8 October 2012 that Commerce announced chip export controls again (" + marker
                + " second copy).");
        signIn("sg-editor");
        assertThat(mine())
                .as("a second suggestion for the same event is still offered, pointing at it")
                .allSatisfy(s -> assertThat(s.matchedEventId()).isEqualTo(existing.id()));
    }

    @Test
    void a_newly_verified_dated_claim_is_proposed_once() {
        var claim = claims.create(new NewClaim(
                marker + " Nvidia booked a charge for H20 inventory", "Nvidia", LocalDate.of(2014, 4, 15), Set.of()));
        review.propose(claim.id(), claims.get(claim.id()).summary().version(), Verdict.TRUE, "The filing says so.");
        signIn(user("sg-editor", Role.EDITOR));
        review.approve(claim.id(), claims.get(claim.id()).summary().version());
        awaitEvents();

        List<SuggestionDetail> found = mine();
        assertThat(found).singleElement().satisfies(s -> {
            assertThat(s.fromClaim()).isTrue();
            assertThat(s.claimId()).isEqualTo(claim.id());
            assertThat(s.date()).isEqualTo(LocalDate.of(2014, 4, 15));
        });
        review.reopen(claim.id(), claims.get(claim.id()).summary().version());
        awaitEvents();
        assertThat(mine()).hasSize(1);
    }
}
