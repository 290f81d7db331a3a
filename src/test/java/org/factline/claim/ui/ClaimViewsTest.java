package org.factline.claim.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.Set;
import org.factline.AbstractAppTest;
import org.factline.article.ArticleFixtures;
import org.factline.article.ArticleImportService;
import org.factline.article.ImportOutcome;
import org.factline.article.PasteFormat;
import org.factline.base.ui.NotFoundView;
import org.factline.claim.ClaimFilter;
import org.factline.claim.ClaimService;
import org.factline.claim.ClaimantKind;
import org.factline.claim.NewClaim;
import org.factline.claim.Verdict;
import org.factline.search.SearchService;
import org.factline.security.AppRoles.Role;
import org.factline.security.SystemAuthentication;
import org.factline.vote.VoteService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;

class ClaimViewsTest extends AbstractAppTest {

    @Autowired
    ClaimService claims;

    @Autowired
    VoteService votes;

    @Autowired
    ArticleImportService imports;

    @Autowired
    SearchService search;

    @Test
    void a_fact_checker_turns_a_passage_into_a_claim_and_votes_on_it() {
        login(user("ui-claimer", Role.FACT_CHECKER));
        String marker = unique("agency");
        long articleId = imports.importPaste(
                        null,
                        "The " + marker + " said exports of the accelerator would need a licence from April. "
                                + "The company estimated a charge of several billion dollars.",
                        PasteFormat.TEXT)
                .articleId();

        new NewClaimDialog(claims, search, articleId, "exports of the accelerator would need a licence from April", 10)
                .open();
        var dialog = _get(NewClaimDialog.class);
        assertThat(dialog.form.text.getValue()).isEqualTo("exports of the accelerator would need a licence from April");
        _setValue(dialog.form.text, "Exports of the accelerator need a licence from April (" + marker + ")");
        _click(dialog.create);

        var view = _get(ClaimView.class); // the dialog opens the new claim
        assertThat(_get(H1.class, spec -> spec.withClasses("claim-title")).getText())
                .contains(marker);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Verdict> choice = _get(RadioButtonGroup.class);
        _setValue(choice, Verdict.MOSTLY_TRUE);
        _click(_get(Button.class, spec -> spec.withText("Vote")));

        var claimId = claims.find(new ClaimFilter(marker, null, null, null), 0, 5, Sort.unsorted())
                .getFirst()
                .id();
        assertThat(votes.tally(claimId).counts().get(Verdict.MOSTLY_TRUE)).isEqualTo(1);
        assertThat(_find(Button.class, spec -> spec.withText("Change vote"))).hasSize(1);
        assertThat(view.getElement().getTextRecursively()).contains("Not enough votes yet (1 of 3 needed).");
    }

    @Test
    void a_teammates_first_vote_moves_the_open_claim_page_into_review_without_a_reload() {
        login(user("ui-claimer", Role.FACT_CHECKER));
        long id = newClaim("Watched while a teammate votes");
        UI.getCurrent().navigate("claims/" + id);
        assertThat(_get(Span.class, spec -> spec.withClasses("status-new")).getText())
                .isEqualTo("New");

        SystemAuthentication.runAs("ui-teammate", () -> votes.castVote(id, Verdict.FALSE, null));
        awaitEvents();

        awaitUi(() -> assertThat(_find(Span.class, spec -> spec.withClasses("status-in_review")))
                .singleElement()
                .satisfies(badge -> assertThat(badge.getText()).isEqualTo("In review")));
        assertThat(_find(Span.class, spec -> spec.withClasses("status-new"))).isEmpty();
    }

    @Test
    void the_claims_list_filters_by_text_and_a_claim_typed_by_hand_needs_text() {
        login(user("ui-claimer", Role.FACT_CHECKER));
        UI.getCurrent().navigate(ClaimsView.class);
        var view = _get(ClaimsView.class);

        _click(_get(Button.class, spec -> spec.withText("New claim")));
        var dialog = _get(NewClaimDialog.class);
        _click(dialog.create);
        assertThat(dialog.form.text.isInvalid()).isTrue();

        String marker = unique("typed");
        _setValue(dialog.form.text, "A claim typed by hand " + marker);
        _click(dialog.create);
        UI.getCurrent().navigate(ClaimsView.class);
        view = _get(ClaimsView.class);
        _setValue(view.text, marker);
        assertThat(GridKt._size(view.grid)).isEqualTo(1);
    }

    @Test
    void a_far_too_long_claim_is_refused_with_its_length_and_nothing_is_cut_or_stored() {
        login(user("ui-claimer", Role.FACT_CHECKER));
        UI.getCurrent().navigate(ClaimsView.class);
        _click(_get(Button.class, spec -> spec.withText("New claim")));
        var dialog = _get(NewClaimDialog.class);
        String marker = unique("huge");
        String huge = (marker + " exports rose by a third. ").repeat(100_000 / 30);

        _setValue(dialog.form.text, huge);
        assertThat(dialog.form.text.getValue()).as("kept whole, not cut").isEqualTo(huge);
        assertThat(dialog.form.text.isInvalid()).isTrue();
        assertThat(dialog.form.text.getErrorMessage()).contains("characters; a claim has at most 1,000");
        assertThat(dialog.similar.getElement().getTextRecursively()).doesNotContain("Exception");

        _click(dialog.create);
        assertThat(dialog.isOpened()).isTrue();
        assertThat(claims.find(new ClaimFilter(marker, null, null, null), 0, 5, Sort.unsorted()))
                .isEmpty();
    }

    @Test
    void typing_new_tags_adds_them_to_the_ones_picked() {
        login(user("ui-claimer", Role.FACT_CHECKER));
        UI.getCurrent().navigate(ClaimsView.class);
        _click(_get(Button.class, spec -> spec.withText("New claim")));
        var tags = _get(NewClaimDialog.class).form.tags;
        tags.setValue(Set.of("chips"));

        for (String typed : java.util.List.of("tariffs", "cloud access")) {
            com.vaadin.flow.component.ComponentUtil.fireEvent(
                    tags, new com.vaadin.flow.component.combobox.ComboBoxBase.CustomValueSetEvent<>(tags, true, typed));
        }
        assertThat(tags.getValue()).containsExactlyInAnyOrder("chips", "tariffs", "cloud access");
    }

    @Test
    void a_claimant_page_lists_their_claims_with_status() {
        login(user("ui-claimer", Role.FACT_CHECKER));
        String name = unique("Agency");
        var claim = claims.create(
                new NewClaim("The agency said exports would need a licence (" + name + ")", name, null, Set.of()));
        UI.getCurrent().navigate("claims/" + claim.id());
        var link = _get(Anchor.class, spec -> spec.withText(name));
        assertThat(link.getHref()).startsWith("claimants/");

        UI.getCurrent().navigate(link.getHref());
        var page = _get(ClaimantView.class);
        assertThat(_get(page, H1.class).getText()).isEqualTo(name);
        assertThat(page.getElement().getTextRecursively()).contains("1 claim").contains("New");
        assertThat(_find(page, Anchor.class, spec -> spec.withText(claim.text())))
                .hasSize(1);

        UI.getCurrent().navigate("claims/" + claim.id());
        assertThat(_get(ClaimView.class).getElement().getTextRecursively())
                .contains("History")
                .contains("ui-claimer: Created claim");
    }

    @Test
    void an_editor_says_who_a_claimant_is_and_a_fact_checker_only_reads_it() {
        login(user("ui-claimer", Role.FACT_CHECKER));
        String name = unique("Minister");
        var claim =
                claims.create(new NewClaim("The minister said the bridge opened (" + name + ")", name, null, Set.of()));
        UI.getCurrent().navigate("claims/" + claim.id());
        String claimant = _get(Anchor.class, spec -> spec.withText(name)).getHref();
        UI.getCurrent().navigate(claimant);
        assertThat(_get(ClaimantView.class).getElement().getTextRecursively()).contains("Other");
        assertThat(_find(Button.class, spec -> spec.withText("Edit kind, links and other names")))
                .isEmpty();
        UI.getCurrent().navigate("");

        login(user("ui-claimant-editor", Role.EDITOR));
        UI.getCurrent().navigate(claimant);
        _click(_get(Button.class, spec -> spec.withText("Edit kind, links and other names")));
        var dialog = _get(ClaimantDialog.class);
        _setValue(dialog.kind, ClaimantKind.PERSON);
        _setValue(dialog.links, "https://encyclopedia.example/" + name + "\nnot an address");
        _click(dialog.save);
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.links.isInvalid()).isTrue();

        _setValue(dialog.links, "https://encyclopedia.example/" + name + "\n\nhttps://ministry.example/team");
        _click(dialog.save);
        assertThat(dialog.isOpened()).isFalse();
        var page = _get(ClaimantView.class);
        assertThat(page.getElement().getTextRecursively()).contains("Person");
        assertThat(_find(page, Anchor.class, spec -> spec.withText("https://ministry.example/team")))
                .hasSize(1);
    }

    @Test
    void admins_without_editorial_roles_cannot_open_a_claim_or_a_claimant() {
        login(user("ui-claimer", Role.FACT_CHECKER));
        String name = unique("Agency");
        var claim =
                claims.create(new NewClaim("The agency said nothing to admins (" + name + ")", name, null, Set.of()));
        UI.getCurrent().navigate("claims/" + claim.id());
        String claimant = _get(Anchor.class, spec -> spec.withText(name)).getHref();
        UI.getCurrent().navigate(""); // signing in again reloads the page that is open

        login(user("ui-claims-pure-admin", Role.ADMIN));
        assertDenied("claims/" + claim.id());
        assertDenied(claimant);
    }

    @Test
    void addresses_without_a_claim_or_claimant_show_the_not_found_page_with_the_reason() {
        login(user("ui-claimer", Role.FACT_CHECKER));
        UI.getCurrent().navigate("claims/" + Long.MAX_VALUE);
        assertThat(_find(ClaimView.class)).isEmpty();
        assertThat(_get(NotFoundView.class).getElement().getTextRecursively()).contains("This claim no longer exists.");
        assertThat(_get(Anchor.class, spec -> spec.withText("All claims")).getHref())
                .isEqualTo("claims");

        UI.getCurrent().navigate("claims/x");
        assertThat(_get(NotFoundView.class).getElement().getTextRecursively())
                .contains("There is no claim at this address.");

        UI.getCurrent().navigate("claimants/" + Long.MAX_VALUE);
        assertThat(_find(ClaimantView.class)).isEmpty();
        assertThat(_get(NotFoundView.class).getElement().getTextRecursively()).contains("There is no such claimant.");
    }

    @Test
    void a_passage_gone_from_a_new_version_of_its_article_is_flagged_with_both_texts() {
        login(user("ui-claimer", Role.FACT_CHECKER));
        String marker = marker("changed");
        // pasted pages with the same canonical address: the second paste is version 2 of the first
        String story = ArticleFixtures.NEWS_PAGE
                .replace("tech/chip-rules", "tech/" + marker)
                .replace("on Tuesday", "on Tuesday (" + marker + ")");
        long articleId = imports.importPaste(null, story, PasteFormat.HTML).articleId();
        long claimId = claims.createFromPassage(
                        new NewClaim("Still reviewing " + marker, null, null, Set.of()),
                        articleId,
                        "said they were still reviewing the text",
                        -1)
                .id();
        UI.getCurrent().navigate("claims/" + claimId);
        assertThat(_find(Span.class, spec -> spec.withClasses("appearance-changed")))
                .isEmpty();

        var update = imports.importPaste(
                null,
                story.replace("said they were still reviewing the text", "declined to comment on the revised text"),
                PasteFormat.HTML);
        assertThat(update.status()).isEqualTo(ImportOutcome.Status.UPDATED);

        // the open page redraws once the passages were looked for in version 2
        awaitUi(() -> assertThat(_get(Span.class, spec -> spec.withClasses("appearance-changed"))
                        .getText())
                .isEqualTo("changed in version 2"));
        assertThat(_get(Div.class, spec -> spec.withClasses("claim-quote")).getText())
                .isEqualTo("said they were still reviewing the text");
        assertThat(_get(Div.class, spec -> spec.withClasses("claim-quote-now")).getText())
                .contains("Version 2 reads:", "declined to comment on the revised text");
    }
}
