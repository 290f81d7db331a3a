package org.factline.vote.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.factline.AbstractAppTest;
import org.factline.claim.ClaimService;
import org.factline.claim.Verdict;
import org.factline.review.ReviewService;
import org.factline.security.AppRoles.Role;
import org.factline.security.SystemAuthentication;
import org.factline.vote.VoteService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The vote panel on the claim page: casting, changing, the tally, closed votes, who sees what. */
class VotePanelTest extends AbstractAppTest {

    @Autowired
    ClaimService claims;

    @Autowired
    VoteService votes;

    @Autowired
    ReviewService review;

    long claimId;

    @BeforeEach
    void aClaim() {
        login(user("panel-checker", Role.FACT_CHECKER));
        claimId = newClaim("Claim on the vote panel");
    }

    @Test
    void a_vote_is_cast_then_changed_and_the_tally_shows_it() {
        UI.getCurrent().navigate("claims/" + claimId);

        _click(_get(Button.class, spec -> spec.withText("Vote")));
        assertThat(votes.tally(claimId).total())
                .as("no verdict chosen, nothing cast")
                .isZero();
        assertThat(choice().isInvalid()).isTrue();

        _setValue(choice(), Verdict.MOSTLY_FALSE);
        _click(_get(Button.class, spec -> spec.withText("Vote")));
        assertThat(tallyText()).contains("Mostly false 1").contains("Not enough votes yet (1 of 3 needed).");

        _setValue(choice(), Verdict.FALSE);
        _click(_get(Button.class, spec -> spec.withText("Change vote")));
        assertThat(votes.tally(claimId).counts().get(Verdict.FALSE)).isEqualTo(1);
        assertThat(votes.tally(claimId).total()).isEqualTo(1);
        assertThat(tallyText()).contains("False 1").contains("Mostly false 0");
    }

    @Test
    void the_panel_opens_with_ones_earlier_vote_and_teammates_votes_counted() {
        SystemAuthentication.runAs("panel-mate-1", () -> votes.castVote(claimId, Verdict.TRUE, null));
        SystemAuthentication.runAs("panel-mate-2", () -> votes.castVote(claimId, Verdict.TRUE, null));
        votes.castVote(claimId, Verdict.MOSTLY_TRUE, "Close to the filing");

        UI.getCurrent().navigate("claims/" + claimId);

        assertThat(choice().getValue()).isEqualTo(Verdict.MOSTLY_TRUE);
        assertThat(_find(Button.class, spec -> spec.withText("Change vote"))).hasSize(1);
        assertThat(tallyText()).contains("Leading: True").contains("3 votes");
    }

    @Test
    void a_decided_claim_shows_closed_votes_and_no_vote_button() {
        review.propose(claimId, claims.get(claimId).summary().version(), Verdict.FALSE, "The filing says otherwise.");
        login(user("panel-editor", Role.EDITOR));
        review.approve(claimId, claims.get(claimId).summary().version());

        UI.getCurrent().navigate("claims/" + claimId);

        assertThat(_find(Button.class, spec -> spec.withText("Vote"))).isEmpty();
        assertThat(_find(RadioButtonGroup.class)).isEmpty();
        assertThat(_get(Div.class, spec -> spec.withClasses("vote-panel"))
                        .getElement()
                        .getTextRecursively())
                .contains("Voting is closed");
    }

    @Test
    void editors_see_the_viewpoint_advice_and_fact_checkers_do_not() {
        UI.getCurrent().navigate("claims/" + claimId);
        assertThat(_find(Div.class, spec -> spec.withClasses("viewpoint-advice")))
                .isEmpty();

        login(user("panel-editor", Role.EDITOR));
        UI.getCurrent().navigate("claims/" + claimId);
        assertThat(_find(Div.class, spec -> spec.withClasses("viewpoint-advice")))
                .hasSize(1);
    }

    @Test
    void admins_without_an_editorial_role_are_refused_the_claim_page() {
        login(user("panel-admin", Role.ADMIN));
        assertThatThrownBy(() -> UI.getCurrent().navigate("claims/" + claimId))
                .isInstanceOf(MockAccessDeniedException.class);
    }

    @SuppressWarnings("unchecked")
    private static RadioButtonGroup<Verdict> choice() {
        return _get(RadioButtonGroup.class);
    }

    private static String tallyText() {
        return _get(Div.class, spec -> spec.withClasses("vote-tally"))
                .getElement()
                .getTextRecursively();
    }
}
