package org.factline.review.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Set;
import org.factline.AbstractAppTest;
import org.factline.claim.ClaimService;
import org.factline.claim.ClaimStatus;
import org.factline.claim.NewClaim;
import org.factline.security.AppRoles.Role;
import org.factline.vote.Verdict;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ReviewViewsTest extends AbstractAppTest {

    @Autowired
    ClaimService claims;

    @Autowired
    org.factline.note.NoteService notes;

    @Test
    void a_fact_checker_proposes_and_an_editor_approves_from_the_queue() {
        login(user("ui-rev-checker", Role.FACT_CHECKER));
        long claimId = claims.create(new NewClaim(unique("Claim for the queue"), null, null, Set.of()))
                .id();
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
        assertThat(java.util.stream.IntStream.range(0, GridKt._size(queue.grid))
                        .mapToObj(i -> GridKt._get(queue.grid, i).claimId()))
                .contains(claimId);
        assertThat(java.util.stream.IntStream.range(0, GridKt._size(queue.grid))
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
    void fact_checkers_cannot_open_the_review_queue() {
        login(user("ui-rev-checker", Role.FACT_CHECKER));
        assertThatThrownBy(() -> UI.getCurrent().navigate(ReviewView.class))
                .isInstanceOf(MockAccessDeniedException.class);
    }
}
