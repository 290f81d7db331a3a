package org.factline.review.ui;

import static com.vaadin.flow.i18n.I18NProvider.translate;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.function.Supplier;
import org.factline.base.ConcurrentEditException;
import org.factline.base.ItemNotFoundException;
import org.factline.base.ValidationException;
import org.factline.base.ui.EnumTexts;
import org.factline.base.ui.Formats;
import org.factline.base.ui.Notifications;
import org.factline.base.ui.SubmitOnce;
import org.factline.claim.ClaimDetail;
import org.factline.claim.ClaimStatus;
import org.factline.claim.Verdict;
import org.factline.claim.ui.ClaimPanel;
import org.factline.review.ReviewService;
import org.factline.review.VerdictDetail;
import org.factline.review.VerdictState;
import org.factline.review.domain.VerdictRecord;
import org.factline.security.AppRoles;
import org.factline.security.CurrentUser;
import org.springframework.core.annotation.Order;

/** On the claim page: the verdict, its history, and the next step for fact-checkers or editors. */
@org.springframework.stereotype.Component
@Order(20)
class ReviewPanel implements ClaimPanel {

    private final ReviewService review;
    private final CurrentUser currentUser;

    ReviewPanel(ReviewService review, CurrentUser currentUser) {
        this.review = review;
        this.currentUser = currentUser;
    }

    @Override
    public Component create(ClaimDetail claim) {
        var s = claim.summary();
        var panel = new Div(new H2(translate("review.verdict")));
        panel.addClassName("review-panel");
        List<VerdictDetail> history = review.history(s.id());
        history.stream()
                .filter(v -> v.state() == VerdictState.APPROVED)
                .findFirst()
                .ifPresentOrElse(
                        v -> panel.add(verdictBox(v, translate("review.verified"))),
                        () -> panel.add(new Paragraph(
                                s.status() == ClaimStatus.PROPOSED ? "" : translate("review.no-verdict"))));
        boolean editor = currentUser.hasRole(AppRoles.Role.EDITOR);
        if (s.status() == ClaimStatus.IN_REVIEW || s.status() == ClaimStatus.REJECTED) {
            history.stream().findFirst().filter(v -> v.reason() != null).ifPresent(v -> panel.add(request(v)));
        }
        switch (s.status()) {
            case NEW, IN_REVIEW, REJECTED -> panel.add(proposeForm(claim));
            case PROPOSED -> {
                VerdictDetail proposal = history.stream()
                        .filter(v -> v.state() == VerdictState.PROPOSED)
                        .findFirst()
                        .orElseThrow();
                panel.add(verdictBox(proposal, translate("review.proposed-by", proposal.proposedBy())));
                if (editor) {
                    panel.add(decideForm(claim, review.mayApprove(proposal)));
                }
            }
            case VERIFIED -> {
                if (editor) {
                    var reopen = new Button(
                            translate("review.reopen"),
                            e -> act(() -> {
                                review.reopen(s.id(), s.version());
                                return translate("review.reopened");
                            }));
                    reopen.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                    panel.add(reopen);
                }
            }
        }
        var log =
                history.stream().filter(v -> v.state() != VerdictState.PROPOSED).toList();
        if (!log.isEmpty()) {
            var list = new Div(new Span(translate("review.history")));
            list.addClassName("verdict-history");
            log.forEach(v -> list.add(new Div(new Span(historyLine(v)))));
            panel.add(list);
        }
        return panel;
    }

    /** "approved · Mostly false · proposed by fiona, decided by erin on 7 Dec 2026 · reason: …" */
    private static String historyLine(VerdictDetail v) {
        var parts = new java.util.ArrayList<String>();
        parts.add(state(v.state()));
        parts.add(EnumTexts.of(v.label()));
        parts.add(
                v.decidedBy() == null
                        ? translate("review.history.proposed", v.proposedBy())
                        : v.decidedAt() == null
                                ? translate("review.history.decided", v.proposedBy(), v.decidedBy())
                                : translate(
                                        "review.history.decided-on",
                                        v.proposedBy(),
                                        v.decidedBy(),
                                        Formats.moment(v.decidedAt())));
        if (v.reason() != null) {
            parts.add(translate("review.history.reason", v.reason()));
        }
        return String.join(" \u00b7 ", parts);
    }

    private Component proposeForm(ClaimDetail claim) {
        var label = new Select<Verdict>();
        label.setLabel(translate("review.proposed-verdict"));
        label.setItems(Verdict.values());
        label.setItemLabelGenerator(EnumTexts::of);
        var summary = new TextArea(translate("review.summary"));
        summary.setMaxLength(VerdictRecord.SUMMARY_MAX_LENGTH);
        summary.setWidthFull();
        summary.setHelperText(translate("review.summary.helper", VerdictRecord.SUMMARY_MAX_LENGTH));
        var propose = SubmitOnce.button(translate("review.propose"), e -> {
            if (label.getValue() == null) {
                label.setInvalid(true);
                label.setErrorMessage(translate("review.choose"));
                return;
            }
            act(() -> {
                review.propose(claim.summary().id(), label.getValue(), summary.getValue());
                return translate("review.proposed.done");
            });
        });
        propose.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new Div(label, summary, propose);
        form.addClassName("propose-form");
        return form;
    }

    /** @param mayApprove false for the proposer under the four-eyes rule: the page says why instead */
    private Component decideForm(ClaimDetail claim, boolean mayApprove) {
        long id = claim.summary().id();
        long version = claim.summary().version();
        var approve = new Button(
                translate("review.approve"),
                e -> act(() -> {
                    review.approve(id, version);
                    return translate("review.approved");
                }));
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        var reason = new TextArea(translate("review.message"));
        reason.setWidthFull();
        reason.setMaxLength(VerdictRecord.SUMMARY_MAX_LENGTH);
        reason.setHelperText(translate("review.message.helper"));
        var moreWork = new Button(
                translate("review.more-work"),
                e -> decide(reason, () -> {
                    review.requestMoreWork(id, version, reason.getValue());
                    return translate("review.more-work.done");
                }));
        var reject = new Button(
                translate("review.reject"),
                e -> decide(reason, () -> {
                    review.reject(id, version, reason.getValue());
                    return translate("review.rejected.done");
                }));
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Component first = approve;
        if (!mayApprove) {
            var why = new Paragraph(translate("review.four-eyes"));
            why.addClassName("four-eyes-note");
            why.getElement().setAttribute("role", "note");
            first = why;
        }
        var form = new Div(first, reason, new Div(moreWork, reject));
        form.addClassName("decide-form");
        return form;
    }

    private static Div verdictBox(VerdictDetail v, String caption) {
        var label = new Span(EnumTexts.of(v.label()));
        label.addClassNames("verdict-label", "verdict-" + v.label().name().toLowerCase());
        var box = new Div(label, new Span(" " + caption), new Paragraph(v.summary()));
        box.addClassName("verdict-box");
        return box;
    }

    /** The editor's latest message (more work, rejection) while fact-checkers work on it again. */
    private static Div request(VerdictDetail v) {
        var box = new Div(
                new Span(translate(
                        v.state() == VerdictState.MORE_WORK
                                ? (v.decidedBy() == null ? "review.request.more-work" : "review.request.more-work.by")
                                : (v.decidedBy() == null ? "review.request.rejected" : "review.request.rejected.by"),
                        v.decidedBy())),
                new Span(v.reason()));
        box.addClassName("review-request");
        box.getElement().setAttribute("role", "note");
        return box;
    }

    private static String state(VerdictState state) {
        return switch (state) {
            case PROPOSED -> translate("review.state.proposed");
            case APPROVED -> translate("review.state.approved");
            case REJECTED -> translate("review.state.rejected");
            case MORE_WORK -> translate("review.state.more-work");
            case SUPERSEDED -> translate("review.state.superseded");
        };
    }

    /** A decision that needs the message: a refusal about it marks the field and keeps the page. */
    private static void decide(TextArea message, Supplier<String> action) {
        try {
            Notifications.success(action.get());
        } catch (ValidationException e) {
            if (e.field() != null) {
                message.setInvalid(true);
                message.setErrorMessage(e.getMessage());
                message.focus();
            } else {
                Notifications.error(e.getMessage());
            }
            return;
        } catch (ConcurrentEditException e) {
            Notifications.error(e.getMessage());
        }
        UI.getCurrent().refreshCurrentRoute(false);
    }

    private static void act(Supplier<String> action) {
        try {
            Notifications.success(action.get());
        } catch (ValidationException | ItemNotFoundException | ConcurrentEditException e) {
            Notifications.error(e.getMessage());
        }
        UI.getCurrent().refreshCurrentRoute(false);
    }
}
