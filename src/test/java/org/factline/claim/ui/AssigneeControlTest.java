package org.factline.claim.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import org.factline.AbstractAppTest;
import org.factline.claim.ClaimAssignments;
import org.factline.claim.ClaimService;
import org.factline.security.AppRoles.Role;
import org.factline.user.TeamMember;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/** The assignee control on the claim page, for editors and for fact-checkers. */
class AssigneeControlTest extends AbstractAppTest {

    @Autowired
    ClaimService claims;

    @Autowired
    ClaimAssignments assignments;

    @Test
    void an_editor_assigns_from_the_claim_page_and_unassigns() {
        String checker = user("ui-assign-checker", Role.FACT_CHECKER);
        login(user("ui-assign-editor", Role.EDITOR));
        long claimId = newClaim("Claim to hand out");
        UI.getCurrent().navigate("claims/" + claimId);
        var control = _get(AssigneeControl.class);
        assertThat(control.current.getText()).isEqualTo("Unassigned");
        assertThat(control.picker.isVisible()).isTrue();

        TeamMember member = control.picker
                .getGenericDataView()
                .getItems()
                .filter(m -> m.username().equals(checker))
                .findFirst()
                .orElseThrow();
        _setValue(control.picker, member);
        assertThat(claims.get(claimId).summary().assignee()).isEqualTo(checker);
        assertThat(control.current.getText()).isEqualTo("Assigned to Test " + checker);

        _click(control.unassign);
        assertThat(claims.get(claimId).summary().assignee()).isNull();
        assertThat(control.current.getText()).isEqualTo("Unassigned");
    }

    @Test
    void a_fact_checker_takes_a_free_claim_gives_it_back_and_cannot_assign_others() {
        String checker = user("ui-assign-checker", Role.FACT_CHECKER);
        login(checker);
        long claimId = newClaim("Claim to take");
        UI.getCurrent().navigate("claims/" + claimId);
        var control = _get(AssigneeControl.class);
        assertThat(control.picker.isVisible()).isFalse();
        assertThat(control.unassign.isVisible()).isFalse();

        _click(control.take);
        assertThat(claims.get(claimId).summary().assignee()).isEqualTo(checker);
        assertThat(control.take.isVisible()).isFalse();
        _click(control.giveBack);
        assertThat(claims.get(claimId).summary().assignee()).isNull();
    }

    @Test
    void a_teammates_claim_offers_a_fact_checker_nothing_to_take_and_updates_live() {
        String other = user("ui-assign-checker-2", Role.FACT_CHECKER);
        login(user("ui-assign-checker", Role.FACT_CHECKER));
        long claimId = newClaim("Claim someone took");
        UI.getCurrent().navigate("claims/" + claimId);
        var control = _get(AssigneeControl.class);
        assertThat(control.take.isVisible()).isTrue();

        var me = SecurityContextHolder.getContext();
        signIn(other);
        assignments.assign(claimId, null, other); // a teammate, elsewhere
        SecurityContextHolder.setContext(me);
        awaitEvents();
        MockVaadin.clientRoundtrip(false);

        assertThat(control.current.getText()).isEqualTo("Assigned to Test " + other);
        assertThat(control.take.isVisible()).isFalse();
        assertThat(control.giveBack.isVisible()).isFalse();
        assertThat(control.unassign.isVisible()).isFalse();
    }
}
