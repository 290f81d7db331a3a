package org.factline.claim.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import java.time.LocalDate;
import java.util.Set;
import org.factline.AbstractAppTest;
import org.factline.claim.ClaimService;
import org.factline.claim.ClaimantChoice;
import org.factline.claim.NewClaim;
import org.factline.claim.Verdict;
import org.factline.review.ReviewService;
import org.factline.security.AppRoles.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ClaimantViewTest extends AbstractAppTest {

    @Autowired
    ClaimService claims;

    @Autowired
    ReviewService review;

    @Test
    void the_claimant_page_charts_the_verdict_record_and_the_claims_by_month() {
        String checker = user("chart-checker", Role.FACT_CHECKER);
        String editor = user("chart-editor", Role.EDITOR);
        login(checker);
        String name = unique("Chart Agency");
        long t1 = claims.create(
                        new NewClaim("First true claim (" + name + ")", name, LocalDate.of(2025, 1, 5), Set.of()))
                .id();
        long t2 = claims.create(
                        new NewClaim("Second true claim (" + name + ")", name, LocalDate.of(2025, 1, 20), Set.of()))
                .id();
        long f1 = claims.create(new NewClaim("A false claim (" + name + ")", name, LocalDate.of(2025, 3, 2), Set.of()))
                .id();
        claims.create(new NewClaim("An open claim (" + name + ")", name, null, Set.of()));
        for (long id : new long[] {t1, t2}) {
            review.propose(id, Verdict.TRUE, "The published figures confirm it.");
        }
        review.propose(f1, Verdict.FALSE, "The published figures say otherwise.");
        login(editor);
        for (long id : new long[] {t1, t2, f1}) {
            review.approve(id, claims.get(id).summary().version());
        }
        long claimantId = claims.claimantIdByName(name).orElseThrow();

        UI.getCurrent().navigate("claimants/" + claimantId);
        var page = _get(ClaimantView.class);
        var record = _get(page, Div.class, spec -> spec.withClasses("verdict-record"));
        assertThat(record.getElement().getAttribute("role")).isEqualTo("img");
        assertThat(record.getElement().getAttribute("aria-label"))
                .contains("True 2")
                .contains("False 1")
                .contains("Mixed 0");
        assertThat(_find(record, Div.class, spec -> spec.withClasses("verdict-record-row")))
                .extracting(d -> d.getElement().getAttribute("data-verdict") + "="
                        + d.getElement().getAttribute("data-count"))
                .containsExactly("TRUE=2", "MOSTLY_TRUE=0", "MIXED=0", "MOSTLY_FALSE=0", "FALSE=1", "UNVERIFIABLE=0");
        var months = _get(page, Div.class, spec -> spec.withClasses("claims-by-month"));
        assertThat(_find(months, Div.class, spec -> spec.withClasses("claims-by-month-column")))
                .extracting(d -> d.getElement().getAttribute("data-month") + "="
                        + d.getElement().getAttribute("data-count"))
                .containsExactly("2025-01=2", "2025-02=0", "2025-03=1");
        assertThat(months.getElement().getAttribute("aria-label"))
                .contains("Jan 2025 2")
                .contains("Mar 2025 1");
    }

    @Test
    void an_editor_merges_a_claimant_after_a_confirmation_and_the_old_page_redirects() {
        login(user("merge-ui-editor", Role.EDITOR));
        String keep = unique("Harbour Board");
        String gone = unique("Harbor Board");
        claims.create(new NewClaim("The board kept the harbour open (" + keep + ")", keep, null, Set.of()));
        var moved = claims.create(new NewClaim("The board raised fees (" + gone + ")", gone, null, Set.of()));
        long keepId = claims.claimantIdByName(keep).orElseThrow();
        long goneId = claims.claimantIdByName(gone).orElseThrow();

        UI.getCurrent().navigate("claimants/" + goneId);
        _click(_get(Button.class, spec -> spec.withText("Merge into another claimant")));
        var dialog = _get(ClaimantMergeDialog.class);
        _click(dialog.next);
        assertThat(dialog.survivor.isInvalid()).as("no claimant picked yet").isTrue();
        var choice = new ClaimantChoice(keepId, keep);
        _setValue(dialog.survivor, choice);
        _click(dialog.next);
        var confirm = dialog.confirm;
        assertThat(confirm).isNotNull();
        assertThat(confirm.isOpened()).isTrue();
        String text = confirm.getElement().getTextRecursively();
        assertThat(text).contains("1 claim of " + gone + " will name " + keep).contains(gone + "'s page");
        ConfirmDialogKt._fireConfirm(confirm);
        assertThat(_get(ClaimantView.class).getElement().getTextRecursively())
                .contains("Also known as " + gone)
                .contains(moved.text());
        assertThat(_get(H1.class).getText()).isEqualTo(keep);

        UI.getCurrent().navigate("claimants/" + goneId);
        assertThat(_get(H1.class).getText())
                .as("the merged page sends on to the survivor")
                .isEqualTo(keep);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("claimants/" + keepId);
    }
}
