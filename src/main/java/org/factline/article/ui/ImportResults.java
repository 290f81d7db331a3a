package org.factline.article.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import org.factline.article.ImportOutcome;

/** One line per imported item: imported, duplicate (with a link) or failed (with the reason). */
final class ImportResults extends Div {

    private final List<ImportOutcome> outcomes = new ArrayList<>();
    private final LongConsumer onOpen;

    ImportResults(LongConsumer onOpen) {
        this.onOpen = onOpen;
        addClassName("import-results");
    }

    void add(ImportOutcome outcome) {
        outcomes.add(outcome);
        var row = new Div();
        row.addClassNames("import-result", "import-" + outcome.status().name().toLowerCase());
        var icon = switch (outcome.status()) {
            case IMPORTED -> outcome.possibleDuplicate() ? VaadinIcon.EXCLAMATION_CIRCLE_O : VaadinIcon.CHECK_CIRCLE;
            case DUPLICATE -> VaadinIcon.COPY_O;
            case UPDATED -> VaadinIcon.REFRESH;
            case UNCHANGED -> VaadinIcon.CHECK;
            case FAILED -> VaadinIcon.CLOSE_CIRCLE;
        };
        row.add(icon.create(), new Span(outcome.item() + ": " + outcome.message()));
        if (outcome.articleId() != null) {
            long id = outcome.articleId();
            var open = new Button(
                    outcome.status() == ImportOutcome.Status.IMPORTED ? "Open" : "Open existing",
                    e -> onOpen.accept(id));
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            open.addClassName("import-open");
            row.add(open);
        }
        if (outcome.possibleDuplicate()) {
            row.add(new Span(String.format(
                    " Possible duplicate of \u201c%s\u201d (%.0f%% similar)",
                    outcome.similarTitle(), outcome.similarity() * 100)));
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
