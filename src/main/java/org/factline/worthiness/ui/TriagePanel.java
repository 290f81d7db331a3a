package org.factline.worthiness.ui;

import static com.vaadin.flow.i18n.I18NProvider.translate;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.List;
import org.factline.article.ArticleDetail;
import org.factline.article.ui.ReaderPanel;
import org.factline.base.ItemNotFoundException;
import org.factline.base.ValidationException;
import org.factline.base.ui.Broadcaster;
import org.factline.base.ui.Notifications;
import org.factline.claim.ui.ClaimDialogs;
import org.factline.worthiness.ArticleTriageDetail;
import org.factline.worthiness.SentenceScore;
import org.factline.worthiness.TriageChanged;
import org.factline.worthiness.TriageService;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * In the reader: translate("triage.title") sentences of the article, strongest first, each with
 * "Create claim" and "Dismiss"; the same sentences marked in the text; the reader's own
 * threshold. Dismissals by teammates show up at once.
 */
@org.springframework.stereotype.Component
@Order(20)
class TriagePanel implements ReaderPanel {

    static final int SHOWN = 5;

    private final TriageService triage;
    private final ClaimDialogs claimDialogs;
    private final Broadcaster broadcaster;

    TriagePanel(TriageService triage, ClaimDialogs claimDialogs, Broadcaster broadcaster) {
        this.triage = triage;
        this.claimDialogs = claimDialogs;
        this.broadcaster = broadcaster;
    }

    @Override
    public Component create(ArticleDetail article, SelectionReader selection) {
        return new SideList(article.summary().id());
    }

    /** One reader's panel; redraws itself on its own changes and on teammates'. */
    final class SideList extends Aside {

        private final long articleId;
        final IntegerField threshold = new IntegerField(translate("triage.threshold"));
        final Checkbox highlight = new Checkbox(translate("triage.highlight"), true);
        final Div list = new Div();
        final Details dismissed = new Details();
        final Span summary = new Span();
        private boolean showAll;

        SideList(long articleId) {
            this.articleId = articleId;
            addClassName("triage-panel");
            var heading = new H3(translate("triage.title"));
            heading.addClassName("triage-heading");
            var help = new Paragraph(translate("triage.help"));
            help.addClassName("triage-help");
            threshold.setMin(TriageService.MIN_THRESHOLD);
            threshold.setMax(TriageService.MAX_THRESHOLD);
            threshold.setStep(1);
            threshold.setStepButtonsVisible(true);
            threshold.setWidth("9rem");
            threshold.setValue(triage.threshold());
            threshold.addValueChangeListener(e -> {
                if (!e.isFromClient() || e.getValue() == null) {
                    return;
                }
                try {
                    triage.saveThreshold(e.getValue());
                    threshold.setInvalid(false);
                    refresh();
                } catch (ValidationException invalid) {
                    threshold.setInvalid(true);
                    threshold.setErrorMessage(invalid.getMessage());
                }
            });
            highlight.addValueChangeListener(e -> refresh());
            var controls = new HorizontalLayout(threshold, highlight);
            controls.setAlignItems(FlexComponent.Alignment.BASELINE);
            controls.setWrap(true);
            list.addClassName("triage-list");
            dismissed.addClassName("triage-dismissed");
            add(heading, summary, controls, help, list, dismissed);
            addAttachListener(attach -> {
                refresh();
                var subscription = broadcaster.subscribe(TriageChanged.topic(articleId), attach.getUI(), this::refresh);
                addDetachListener(detach -> {
                    subscription.remove();
                    detach.unregisterListener();
                });
            });
        }

        void refresh() {
            ArticleTriageDetail view = triage.triage(articleId);
            List<SentenceScore> candidates = view.candidates();
            summary.setText(
                    candidates.isEmpty()
                            ? translate("triage.none", view.threshold())
                            : translate("triage.count", candidates.size(), view.threshold()));
            summary.addClassName("triage-summary");
            list.removeAll();
            if (candidates.isEmpty()) {
                list.add(new Paragraph(
                        view.sentences().isEmpty()
                                ? translate("triage.no-sentences")
                                : translate("triage.nothing-left")));
            }
            int shown = showAll ? candidates.size() : Math.min(SHOWN, candidates.size());
            candidates.subList(0, shown).forEach(s -> list.add(card(s)));
            if (shown < candidates.size()) {
                var more = new Button(translate("triage.show-all", candidates.size()), e -> {
                    showAll = true;
                    refresh();
                });
                more.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                list.add(more);
            }
            showDismissed(view.dismissed());
            if (highlight.getValue()) {
                int bar = view.threshold();
                TriageHighlights.mark(
                        this,
                        view.sentences().stream()
                                .filter(s -> s.decision() == SentenceScore.Decision.NONE
                                        && s.rankable()
                                        && s.score() >= bar - 10)
                                .map(s -> new TriageHighlights.Mark(s.text(), s.strong(bar) ? "strong" : "near"))
                                .toList());
            } else {
                TriageHighlights.clear(this);
            }
        }

        private Div card(SentenceScore s) {
            var score = new Span(Integer.toString(s.score()));
            score.addClassName("triage-score");
            score.getElement().setAttribute("title", translate("triage.score"));
            // a wrapping text that works as a button: click or Enter shows the sentence in the article
            var text = new Span(s.text());
            text.addClassName("triage-sentence");
            text.getElement().setAttribute("role", "button").setAttribute("tabindex", "0");
            text.getElement().setAttribute("title", translate("triage.show-in-text"));
            text.addClickListener(e -> TriageHighlights.show(this, s.text()));
            text.getElement()
                    .addEventListener("keydown", e -> TriageHighlights.show(this, s.text()))
                    .setFilter("event.key === 'Enter'");
            var create = new Button(
                    translate("triage.create-claim"),
                    VaadinIcon.COMMENT_ELLIPSIS_O.create(),
                    e -> claimDialogs.createFromPassage(articleId, s.text(), -1));
            create.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            var dismiss = new Button(translate("triage.dismiss"), VaadinIcon.CLOSE_SMALL.create(), e -> dismiss(s));
            dismiss.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            dismiss.getElement().setAttribute("aria-label", translate("triage.dismiss.label"));
            var actions = new Div(create, dismiss);
            actions.addClassName("triage-actions");
            var card = new Div(score, text, actions);
            card.addClassName("triage-card");
            return card;
        }

        private void dismiss(SentenceScore s) {
            try {
                triage.dismiss(articleId, s.index());
            } catch (ValidationException | ItemNotFoundException e) {
                Notifications.error(e.getMessage());
                refresh();
                return;
            } catch (DataIntegrityViolationException | OptimisticLockingFailureException e) {
                Notifications.info(translate("triage.conflict"));
                refresh();
                return;
            }
            refresh();
            var undo = new Button(translate("triage.undo"));
            var note = new Notification(new Span(translate("triage.dismissed.done")), undo);
            note.setDuration(6000);
            note.addThemeVariants(NotificationVariant.LUMO_CONTRAST);
            undo.addClickListener(e -> {
                note.close();
                restore(s);
            });
            note.open();
        }

        private void restore(SentenceScore s) {
            try {
                triage.restore(articleId, s.index());
            } catch (ValidationException | ItemNotFoundException e) {
                Notifications.error(e.getMessage());
            }
            refresh();
        }

        private void showDismissed(List<SentenceScore> items) {
            dismissed.setSummaryText(translate("triage.dismissed", items.size()));
            dismissed.setVisible(!items.isEmpty());
            dismissed.removeAll();
            for (SentenceScore s : items) {
                var restore = new Button(translate("reader.restore"), e -> restore(s));
                restore.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                var row = new Div(new Span(s.text()), restore);
                row.addClassName("triage-dismissed-row");
                dismissed.add(row);
            }
        }
    }
}
