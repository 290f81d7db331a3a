package org.factline.worthiness.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.factline.AbstractAppTest;
import org.factline.article.ArticleImportService;
import org.factline.article.ArticleSummary;
import org.factline.article.PasteFormat;
import org.factline.article.ui.ArticlesView;
import org.factline.security.AppRoles.Role;
import org.factline.worthiness.SentenceScore;
import org.factline.worthiness.TriageService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class TriageViewsTest extends AbstractAppTest {

    @Autowired
    ArticleImportService imports;

    @Autowired
    TriageService triage;

    String marker;
    long articleId;

    @BeforeEach
    void article() {
        login(user("ui-triage", Role.FACT_CHECKER));
        marker = marker("tv");
        articleId = imports.importPaste(
                        marker + " chips report",
                        "Thanks for reading. Chinese firms bought 1.2 million " + marker
                                + " chips in 2024, up 40 percent, the ministry said.\n\nExports of accelerators fell 30"
                                + " percent after the October 2023 rules, according to customs data. See you next week.",
                        PasteFormat.TEXT)
                .articleId();
        awaitEvents();
        triage.saveThreshold(TriageService.MIN_THRESHOLD);
    }

    @AfterEach
    void resetThreshold() {
        signIn("ui-triage");
        triage.saveThreshold(TriageService.DEFAULT_THRESHOLD);
    }

    private TriagePanel.SidePanel panel() {
        return _get(TriagePanel.SidePanel.class);
    }

    private List<Div> cards() {
        return _find(panel().list, Div.class, spec -> spec.withClasses("triage-card"));
    }

    @Test
    void the_reader_lists_check_worthy_sentences_to_claim_or_dismiss() {
        UI.getCurrent().navigate("articles/" + articleId);
        var first = cards().getFirst();
        String sentence = _get(first, Span.class, spec -> spec.withClasses("triage-sentence"))
                .getText();
        assertThat(sentence).isNotBlank();
        assertThat(_get(first, Span.class, spec -> spec.withClasses("triage-score"))
                        .getText())
                .matches("\\d+");
        int before = cards().size();

        _click(_get(first, Button.class, spec -> spec.withText("Dismiss")));
        assertThat(cards()).hasSize(before - 1);
        assertThat(panel().dismissed.isVisible()).isTrue();
        assertThat(panel().dismissed.getSummaryText()).isEqualTo("Dismissed (1)");
        assertThat(triage.triage(articleId).dismissed())
                .extracting(SentenceScore::text)
                .containsExactly(sentence);

        _click(_get(panel().dismissed, Button.class, spec -> spec.withText("Restore")));
        assertThat(cards()).hasSize(before);
        assertThat(panel().dismissed.isVisible()).isFalse();

        String top = _get(cards().getFirst(), Span.class, spec -> spec.withClasses("triage-sentence"))
                .getText();
        _click(_get(cards().getFirst(), Button.class, spec -> spec.withText("Create claim")));
        var dialog = _get(Dialog.class);
        assertThat(dialog.getHeaderTitle()).isEqualTo("Claim from this passage");
        _click(_get(dialog, Button.class, spec -> spec.withText("Create claim")));
        // the claim page opens; the sentence counts as accepted and leaves the candidates
        assertThat(triage.triage(articleId).sentences())
                .filteredOn(s -> s.text().equals(top))
                .extracting(SentenceScore::decision)
                .containsExactly(SentenceScore.Decision.CLAIMED);
        assertThat(triage.triage(articleId).candidates())
                .noneMatch(s -> s.text().equals(top));
    }

    @Test
    void raising_the_threshold_shortens_the_list_and_the_articles_list_counts_strong_sentences() {
        UI.getCurrent().navigate("articles/" + articleId);
        int all = cards().size();
        assertThat(all).isPositive();
        LocatorJ._setValue(panel().threshold, TriageService.MAX_THRESHOLD);
        assertThat(triage.threshold()).isEqualTo(TriageService.MAX_THRESHOLD);
        assertThat(cards().size()).isLessThanOrEqualTo(all);
        // the panel shows exactly what the service offers at the new bar (at most five at first)
        assertThat(cards().size())
                .isEqualTo(Math.min(
                        TriagePanel.SHOWN, triage.triage(articleId).candidates().size()));
        assertThat(triage.triage(articleId).candidates())
                .allSatisfy(s -> assertThat(s.score()).isGreaterThanOrEqualTo(TriageService.MAX_THRESHOLD));
        assertThat(panel().summary.getText()).contains(Integer.toString(TriageService.MAX_THRESHOLD));

        triage.saveThreshold(TriageService.MIN_THRESHOLD);
        UI.getCurrent().navigate(ArticlesView.class);
        @SuppressWarnings("unchecked")
        Grid<ArticleSummary> grid = _get(Grid.class);
        int row = 0;
        while (GridKt._get(grid, row).id() != articleId) {
            row++;
        }
        var count = (Span) GridKt._getCellComponent(grid, row, "Check-worthy");
        assertThat(count.getText())
                .isEqualTo(
                        Integer.toString(triage.strongCounts(List.of(articleId)).get(articleId)));
        assertThat(Integer.parseInt(count.getText())).isPositive();
    }

    @Test
    void only_admins_open_the_model_page_and_retraining_explains_what_is_missing() {
        assertThatThrownBy(() -> UI.getCurrent().navigate(WorthinessAdminView.class))
                .isInstanceOf(MockAccessDeniedException.class);
        login(ADMIN);
        UI.getCurrent().navigate(WorthinessAdminView.class);
        var view = _get(WorthinessAdminView.class);
        assertThat(view.status.getText()).startsWith("Active model: ");
        _click(view.retrain);
        assertThat(_get(ConfirmDialog.class).isOpened()).isTrue();
    }
}
