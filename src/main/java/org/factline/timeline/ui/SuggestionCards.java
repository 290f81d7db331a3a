package org.factline.timeline.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.function.SerializableRunnable;
import java.util.List;
import org.factline.base.ui.EmptyState;
import org.factline.base.ui.Notifications;
import org.factline.timeline.SuggestionDetail;
import org.factline.timeline.TimelineSuggestions;

/**
 * The suggestions tab's cards: the sentence and its source, and the editor's choices (add as a
 * source to the matching event, create an event from the prefilled form, dismiss).
 */
final class SuggestionCards {

    private final TimelineSuggestions suggestions;
    private final EventDialogs dialogs;
    private final SerializableRunnable decided;

    SuggestionCards(TimelineSuggestions suggestions, EventDialogs dialogs, SerializableRunnable decided) {
        this.suggestions = suggestions;
        this.dialogs = dialogs;
        this.decided = decided;
    }

    /** A card for each open suggestion, or a note that there are none. */
    List<Component> of(List<SuggestionDetail> open) {
        if (open.isEmpty()) {
            return List.of(new EmptyState(
                    VaadinIcon.LIGHTBULB,
                    "No suggestions",
                    "Factline proposes events from dated sentences in imported articles and from verified,"
                            + " dated claims. New ones appear here."));
        }
        return open.stream().<Component>map(this::card).toList();
    }

    private Div card(SuggestionDetail s) {
        var title = new Span(s.title());
        title.addClassName("tl-suggestion-title");
        var source = s.fromClaim()
                ? new Anchor("claims/" + s.claimId(), "Verified claim")
                : new Anchor("articles/" + s.articleId(), s.articleTitle() == null ? "Article" : s.articleTitle());
        var meta = new Div(new Span(s.dateLabel()), new Span("from "), source);
        meta.addClassName("event-meta");
        var quote = new Div(new Span("\u201c" + s.sentence() + "\u201d"));
        quote.addClassName("claim-quote");
        var actions = new Div();
        actions.addClassName("event-actions");
        if (s.matchedEventId() != null) {
            var attach = new Button("Add as source to \u201c" + s.matchedEventTitle() + "\u201d", e -> {
                suggestions.addToMatchedEvent(s.id());
                Notifications.success("Added to the existing event.");
                decided.run();
            });
            attach.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(attach);
        }
        var create = new Button(
                s.matchedEventId() == null ? "Create event\u2026" : "Create a new event anyway\u2026",
                e -> dialogs.createFrom(suggestions.prefill(s.id()), saved -> {
                    suggestions.accepted(s.id(), saved.id());
                    decided.run();
                }));
        if (s.matchedEventId() == null) {
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        var dismiss = new Button("Dismiss", e -> {
            suggestions.dismiss(s.id());
            decided.run();
        });
        dismiss.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        actions.add(create, dismiss);
        var card = new Div(title, meta, quote, actions);
        card.addClassName("tl-suggestion");
        return card;
    }
}
