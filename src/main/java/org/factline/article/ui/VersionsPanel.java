package org.factline.article.ui;

import static com.vaadin.flow.i18n.I18NProvider.translate;

import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import org.factline.article.ArticleVersionEntry;
import org.factline.article.ArticleVersions;
import org.factline.article.DiffPiece;
import org.factline.article.VersionDiff;
import org.factline.base.ItemNotFoundException;
import org.factline.base.ValidationException;
import org.factline.base.ui.Formats;
import org.factline.base.ui.Notifications;

/**
 * The texts an article has had, with dates, and the word diff between two of them: deleted words
 * struck through in {@code <del>}, inserted ones underlined in {@code <ins>} (screen readers name
 * both), in a region the keyboard can reach and scroll.
 */
final class VersionsPanel extends Details {

    @Tag("ins")
    static final class Inserted extends HtmlContainer {
        Inserted(String text) {
            setText(text);
        }
    }

    @Tag("del")
    static final class Deleted extends HtmlContainer {
        Deleted(String text) {
            setText(text);
        }
    }

    final Select<Integer> from = new Select<>();
    final Select<Integer> to = new Select<>();
    final Button compare = new Button(translate("reader.compare"));
    final Div diff = new Div();
    private final ArticleVersions versions;
    private final long articleId;

    VersionsPanel(ArticleVersions versions, long articleId, List<ArticleVersionEntry> entries) {
        this.versions = versions;
        this.articleId = articleId;
        setSummaryText(translate("versions.summary", entries.size()));
        addClassName("reader-versions");
        var list = new UnorderedList();
        for (ArticleVersionEntry v : entries) {
            list.add(new ListItem(translate(
                    v.latest() ? "versions.entry.shown" : "versions.entry",
                    v.number(),
                    Formats.moment(v.fetchedAt()),
                    v.fetchedBy(),
                    translate("reader.words", v.wordCount()))));
        }
        add(list);
        if (entries.size() < 2) {
            add(new Paragraph(translate("versions.only-one")));
            return;
        }
        var numbers = entries.stream().map(ArticleVersionEntry::number).toList();
        from.setLabel(translate("versions.from"));
        to.setLabel(translate("versions.to"));
        from.setItems(numbers);
        to.setItems(numbers);
        from.setValue(numbers.get(1));
        to.setValue(numbers.getFirst());
        compare.addClickListener(e -> show());
        var controls = new Div(from, to, compare);
        controls.addClassName("reader-versions-controls");
        diff.addClassName("reader-diff");
        diff.getElement().setAttribute("tabindex", "0");
        diff.getElement().setAttribute("role", "region");
        diff.getElement().setAttribute("aria-live", "polite");
        add(controls, diff);
        addOpenedChangeListener(e -> {
            if (e.isOpened() && diff.getChildren().findAny().isEmpty()) {
                show();
            }
        });
    }

    void show() {
        diff.removeAll();
        if (from.getValue() == null || to.getValue() == null) {
            return;
        }
        VersionDiff d;
        try {
            d = versions.diff(articleId, from.getValue(), to.getValue());
        } catch (ValidationException | ItemNotFoundException e) {
            Notifications.error(e.getMessage());
            return;
        }
        diff.getElement()
                .setAttribute(
                        "aria-label",
                        translate("versions.diff.label", d.from(), d.to(), d.deletions(), d.insertions()));
        var summary = new Paragraph(
                d.identical()
                        ? translate("versions.identical")
                        : translate("versions.diff.summary", d.deletions(), d.insertions()));
        summary.addClassName("reader-diff-summary");
        diff.add(summary);
        var text = new Div();
        text.addClassName("reader-diff-text");
        for (DiffPiece piece : d.pieces()) {
            text.add(
                    switch (piece.kind()) {
                        case SAME -> new Span(piece.text());
                        case INSERTED -> new Inserted(piece.text());
                        case DELETED -> new Deleted(piece.text());
                    });
        }
        diff.add(text);
    }
}
