package org.factline.review.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.stream.IntStream;
import org.factline.AbstractAppTest;
import org.factline.claim.ClaimService;
import org.factline.claim.ClaimStatus;
import org.factline.claim.Verdict;
import org.factline.note.NoteService;
import org.factline.review.ReviewService;
import org.factline.security.AppRoles.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ReviewViewsTest extends AbstractAppTest {

    @Autowired
    ClaimService claims;

    @Autowired
    NoteService notes;

    @Autowired
    ReviewService review;

    @Test
    void a_fact_checker_proposes_and_an_editor_approves_from_the_queue() {
        login(user("ui-rev-checker", Role.FACT_CHECKER));
        long claimId = newClaim("Claim for the queue");
        UI.getCurrent().navigate("claims/" + claimId);
        @SuppressWarnings("unchecked")
        Select<Verdict> label = _get(Select.class, spec -> spec.withLabel("Proposed verdict"));
        _setValue(label, Verdict.MOSTLY_FALSE);
        _setValue(
                _get(TextArea.class, spec -> spec.withLabel("Public summary")),
                "The figure leaves out most of the cost.");
        _click(_get(Button.class, spec -> spec.withText("Propose verdict")));
        assertThat(claims.status(claimId)).isEqualTo(ClaimStatus.PROPOSED);
        notes.post(claimId, "The figure is on page 4 of the filing.");

        login(user("ui-rev-editor", Role.EDITOR));
        UI.getCurrent().navigate(ReviewView.class);
        var queue = _get(ReviewView.class);
        assertThat(GridKt._size(queue.grid)).isPositive();
        assertThat(IntStream.range(0, GridKt._size(queue.grid))
                        .mapToObj(i -> GridKt._get(queue.grid, i).claimId()))
                .contains(claimId);
        assertThat(IntStream.range(0, GridKt._size(queue.grid))
                        .mapToObj(i -> GridKt._get(queue.grid, i))
                        .filter(i -> i.claimId() == claimId))
                .singleElement()
                .satisfies(i -> {
                    assertThat(i.notes()).isEqualTo(1);
                    assertThat(i.evidence()).isZero();
                });

        UI.getCurrent().navigate("claims/" + claimId);
        _click(_get(Button.class, spec -> spec.withText("Approve verdict")));
        assertThat(claims.status(claimId)).isEqualTo(ClaimStatus.VERIFIED);
    }

    @Test
    void an_editor_requests_more_work_with_a_message_the_fact_checkers_then_see() {
        login(user("ui-rev-checker", Role.FACT_CHECKER));
        long claimId = newClaim("Claim needing more work");
        review.propose(claimId, claims.get(claimId).summary().version(), Verdict.FALSE, "The data says no.");

        login(user("ui-rev-editor", Role.EDITOR));
        UI.getCurrent().navigate("claims/" + claimId);
        var message = _get(TextArea.class, spec -> spec.withLabel("Message to the fact-checkers"));
        _click(_get(Button.class, spec -> spec.withText("Request more work")));
        assertThat(message.isInvalid()).isTrue(); // the message is required; nothing changed
        assertThat(claims.status(claimId)).isEqualTo(ClaimStatus.PROPOSED);

        _setValue(message, "Quote the table the figure comes from.");
        _click(_get(Button.class, spec -> spec.withText("Request more work")));
        assertThat(claims.status(claimId)).isEqualTo(ClaimStatus.IN_REVIEW);

        login(user("ui-rev-checker", Role.FACT_CHECKER));
        UI.getCurrent().navigate("claims/" + claimId);
        assertThat(_get(Div.class, spec -> spec.withClasses("review-request"))
                        .getElement()
                        .getTextRecursively())
                .contains("More work asked for by ui-rev-editor")
                .contains("Quote the table the figure comes from.");
        assertThat(_get(Button.class, spec -> spec.withText("Propose verdict"))).isNotNull();
        assertThat(_find(Button.class, spec -> spec.withText("Request more work")))
                .isEmpty();
    }

    @Test
    void fact_checkers_get_no_decision_buttons_on_a_proposed_verdict() {
        login(user("ui-rev-checker", Role.FACT_CHECKER));
        long claimId = newClaim("Claim proposed by me");
        review.propose(claimId, claims.get(claimId).summary().version(), Verdict.TRUE, "Confirmed.");
        UI.getCurrent().navigate("claims/" + claimId);
        assertThat(_find(Button.class, spec -> spec.withText("Request more work")))
                .isEmpty();
        assertThat(_find(Button.class, spec -> spec.withText("Approve verdict")))
                .isEmpty();
    }

    @Test
    void the_proposer_is_not_offered_approval_and_is_told_why() {
        login(user("ui-rev-self", Role.FACT_CHECKER, Role.EDITOR));
        long claimId = newClaim("Claim proposed by an editor");
        review.propose(claimId, claims.get(claimId).summary().version(), Verdict.TRUE, "Confirmed.");
        UI.getCurrent().navigate("claims/" + claimId);
        assertThat(_find(Button.class, spec -> spec.withText("Approve verdict")))
                .isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("four-eyes-note"))
                        .getText())
                .contains("another editor approves it");
        assertThat(_get(Button.class, spec -> spec.withText("Request more work")))
                .isNotNull();

        login(user("ui-rev-editor", Role.EDITOR));
        UI.getCurrent().navigate("claims/" + claimId);
        assertThat(_get(Button.class, spec -> spec.withText("Approve verdict"))).isNotNull();
        assertThat(_find(Paragraph.class, spec -> spec.withClasses("four-eyes-note")))
                .isEmpty();
    }

    @Test
    void fact_checkers_cannot_open_the_review_queue() {
        login(user("ui-rev-checker", Role.FACT_CHECKER));
        assertThatThrownBy(() -> UI.getCurrent().navigate(ReviewView.class))
                .isInstanceOf(MockAccessDeniedException.class);
    }
}
