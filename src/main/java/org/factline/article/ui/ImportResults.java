package org.factline.article.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.ArrayList;
import java.util.List;
import org.factline.article.ImportOutcome;

/** One line per imported item: imported, duplicate (with a link) or failed (with the reason). */
final class ImportResults extends Div {

    private final List<ImportOutcome> outcomes = new ArrayList<>();

    ImportResults() {
        addClassName("import-results");
    }

    void add(ImportOutcome outcome) {
        outcomes.add(outcome);
        var row = new Div();
        row.addClassNames("import-result", "import-" + outcome.status().name().toLowerCase());
        var icon = switch (outcome.status()) {
            case IMPORTED -> outcome.possibleDuplicate() ? VaadinIcon.EXCLAMATION_CIRCLE_O : VaadinIcon.CHECK_CIRCLE;
            case DUPLICATE -> VaadinIcon.COPY_O;
            case FAILED -> VaadinIcon.CLOSE_CIRCLE;
        };
        row.add(icon.create(), new Span(outcome.item() + ": " + outcome.message()));
        if (outcome.articleId() != null) {
            row.add(new Anchor("articles/" + outcome.articleId(), outcome.status() == ImportOutcome.Status.DUPLICATE ? "Open existing" : "Open"));
        }
        if (outcome.possibleDuplicate()) {
            row.add(new Span(String.format(" Possible duplicate of \u201c%s\u201d (%.0f%% similar)", outcome.similarTitle(),
                    outcome.similarity() * 100)));
        }
        add(row);
    }

    List<ImportOutcome> outcomes() {
        return List.copyOf(outcomes);
    }

    void clear() {
        outcomes.clear();
        removeAll();
    }
}
