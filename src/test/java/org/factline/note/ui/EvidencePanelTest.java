package org.factline.note.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import org.factline.AbstractAppTest;
import org.factline.claim.ui.ClaimView;
import org.factline.note.EvidenceForms;
import org.factline.note.EvidenceService;
import org.factline.note.SourceType;
import org.factline.note.Stance;
import org.factline.security.AppRoles.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class EvidencePanelTest extends AbstractAppTest {

    @Autowired
    EvidenceService evidence;

    long claimId;

    @BeforeEach
    void aClaimPage() {
        login(user("ui-ev-checker", Role.FACT_CHECKER));
        claimId = newClaim("Claim needing sources");
        UI.getCurrent().navigate("claims/" + claimId);
    }

    private String page() {
        return _get(ClaimView.class).getElement().getTextRecursively();
    }

    @Test
    void a_bad_address_is_marked_in_the_dialog_and_nothing_typed_is_lost() {
        _click(_get(Button.class, spec -> spec.withText("Add evidence")));
        var dialog = _get(EvidenceDialog.class);
        _setValue(dialog.url, "javascript:alert(1)");
        _setValue(dialog.quote, "Exports of the chip need a licence.");
        _setValue(dialog.sourceType, SourceType.COMPANY_STATEMENT);
        _setValue(dialog.stance, Stance.SUPPORTS);
        _click(dialog.save);

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.url.isInvalid()).isTrue();
        assertThat(dialog.url.getErrorMessage()).contains("https://");
        assertThat(dialog.quote.getValue()).isEqualTo("Exports of the chip need a licence.");

        _setValue(dialog.url, "https://investor.example.com/8-k");
        _setValue(dialog.language, "en");
        _click(dialog.save);
        assertThat(dialog.isOpened()).isFalse();
        assertThat(page())
                .contains("Evidence (1)")
                .contains("1 supports")
                .contains("investor.example.com")
                .contains("Exports of the chip need a licence.");
        assertThat(evidence.list(claimId)).singleElement().satisfies(e -> {
            assertThat(e.accessedOn()).isEqualTo(LocalDate.now());
            assertThat(e.sourceType()).isEqualTo(SourceType.COMPANY_STATEMENT);
        });
    }

    @Test
    void an_uploaded_executable_is_refused_and_a_document_is_added_with_a_download_link() {
        _click(_get(Button.class, spec -> spec.withText("Add evidence")));
        var dialog = _get(EvidenceDialog.class);
        _setValue(dialog.sourceType, SourceType.PRIMARY_DOCUMENT);
        _setValue(dialog.stance, Stance.REFUTES);
        dialog.received("setup.pdf", new byte[] {'M', 'Z', 0, 0, 0, 0, 0, 0});
        _click(dialog.save);
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.fileStatus.getText()).contains("program or script");

        dialog.received("big.pdf", null);
        assertThat(dialog.fileStatus.getText()).contains("larger than 10 MB");

        dialog.received("rule.pdf", EvidenceForms.PDF);
        _click(dialog.save);
        assertThat(dialog.isOpened()).isFalse();
        assertThat(page()).contains("rule.pdf").contains("1 refutes");
    }

    @Test
    void evidence_added_elsewhere_appears_live_and_its_author_edits_and_deletes_it() {
        String other = user("ui-ev-other", Role.FACT_CHECKER);
        signIn(other);
        evidence.add(
                claimId,
                EvidenceForms.source(
                        "Statement by the ministry",
                        "https://gov.example.org/statement",
                        SourceType.OFFICIAL_STATEMENT,
                        Stance.CONTEXT),
                null);
        signIn("ui-ev-checker");
        awaitEvents();
        MockVaadin.clientRoundtrip(false);
        assertThat(page()).contains("Statement by the ministry");
        assertThat(_find(Button.class, spec -> spec.withText("Delete"))).isEmpty();

        evidence.add(
                claimId,
                EvidenceForms.source("My own source", "https://example.org/mine", SourceType.DATASET, Stance.SUPPORTS),
                null);
        awaitEvents();
        MockVaadin.clientRoundtrip(false);
        _click(_get(Button.class, spec -> spec.withText("Edit")));
        var dialog = _get(EvidenceDialog.class);
        assertThat(dialog.title.getValue()).isEqualTo("My own source");
        _setValue(dialog.title, "My corrected source");
        _click(dialog.save);
        assertThat(page()).contains("My corrected source");

        _click(_get(Button.class, spec -> spec.withText("Delete")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(page()).doesNotContain("My corrected source").contains("Statement by the ministry");
    }

    @Test
    void an_editor_shows_an_item_on_the_public_page_and_everyone_sees_that_it_is_public() {
        evidence.add(
                claimId,
                EvidenceForms.source(
                        "Harbour ledger", "https://harbour.example/ledger", SourceType.DATASET, Stance.REFUTES),
                null);
        UI.getCurrent().navigate("claims/" + claimId);
        assertThat(_find(Checkbox.class, spec -> spec.withLabel("Show on the public page")))
                .as("fact-checkers have no toggle")
                .isEmpty();
        assertThat(_find(Span.class, spec -> spec.withText("Public"))).isEmpty();

        login(user("ui-ev-editor", Role.EDITOR));
        UI.getCurrent().navigate("claims/" + claimId);
        var toggle = _get(Checkbox.class, spec -> spec.withLabel("Show on the public page"));
        assertThat(toggle.getValue()).isFalse();
        _setValue(toggle, true);
        assertThat(evidence.list(claimId).getFirst().shownPublicly()).isTrue();
        assertThat(_get(Checkbox.class, spec -> spec.withLabel("Show on the public page"))
                        .getValue())
                .isTrue();

        login("ui-ev-checker");
        UI.getCurrent().navigate("claims/" + claimId);
        assertThat(_get(Span.class, spec -> spec.withText("Public")).getClassNames())
                .contains("evidence-public");
        assertThat(_find(Checkbox.class, spec -> spec.withLabel("Show on the public page")))
                .isEmpty();

        _click(_get(Button.class, spec -> spec.withText("Edit")));
        var dialog = _get(EvidenceDialog.class);
        _setValue(dialog.title, "Harbour ledger, corrected");
        _click(dialog.save);
        assertThat(page()).contains("Harbour ledger, corrected");
        assertThat(_find(Span.class, spec -> spec.withText("Public")))
                .as("a fact-checker's edit takes it off the public page")
                .isEmpty();
    }
}
