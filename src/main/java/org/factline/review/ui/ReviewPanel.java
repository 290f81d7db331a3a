package org.factline.review.ui;

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
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.function.Supplier;
import org.factline.base.ConcurrentEditException;
import org.factline.base.ItemNotFoundException;
import org.factline.base.ValidationException;
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

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withZone(ZoneId.systemDefault());

    private final ReviewService review;
    private final CurrentUser currentUser;

    ReviewPanel(ReviewService review, CurrentUser currentUser) {
        this.review = review;
        this.currentUser = currentUser;
    }

    @Override
    public Component create(ClaimDetail claim) {
        var s = claim.summary();
        var panel = new Div(new H2("Verdict"));
        panel.addClassName("review-panel");
        List<VerdictDetail> history = review.history(s.id());
        history.stream()
                .filter(v -> v.state() == VerdictState.APPROVED)
                .findFirst()
                .ifPresentOrElse(
                        v -> panel.add(verdictBox(v, "Verified")),
                        () -> panel.add(new Paragraph(s.status() == ClaimStatus.PROPOSED ? "" : "No verdict yet.")));
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
                panel.add(verdictBox(proposal, "Proposed by " + proposal.proposedBy()));
                if (editor) {
                    panel.add(decideForm(claim, review.mayApprove(proposal)));
                }
            }
            case VERIFIED -> {
                if (editor) {
                    var reopen = new Button(
                            "Reopen for a new verdict",
                            e -> act(() -> {
                                review.reopen(s.id(), s.version());
                                return "Reopened.";
                            }));
                    reopen.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                    panel.add(reopen);
                }
            }
        }
        var log =
                history.stream().filter(v -> v.state() != VerdictState.PROPOSED).toList();
        if (!log.isEmpty()) {
            var list = new Div(new Span("History and corrections"));
            list.addClassName("verdict-history");
            log.forEach(v -> list.add(
                    new Div(new Span(state(v.state()) + " · " + v.label().label() + " · proposed by "
                            + v.proposedBy() + (v.decidedBy() == null ? "" : ", decided by " + v.decidedBy())
                            + (v.decidedAt() == null ? "" : " on " + WHEN.format(v.decidedAt()))
                            + (v.reason() == null ? "" : " · reason: " + v.reason())))));
            panel.add(list);
        }
        return panel;
    }

    private Component proposeForm(ClaimDetail claim) {
        var label = new Select<Verdict>();
        label.setLabel("Proposed verdict");
        label.setItems(Verdict.values());
        label.setItemLabelGenerator(Verdict::label);
        var summary = new TextArea("Public summary");
        summary.setMaxLength(VerdictRecord.SUMMARY_MAX_LENGTH);
        summary.setWidthFull();
        summary.setHelperText("What the evidence shows, for readers; up to 1000 characters");
        var propose = SubmitOnce.button("Propose verdict", e -> {
            if (label.getValue() == null) {
                label.setInvalid(true);
                label.setErrorMessage("Choose the verdict.");
                return;
            }
            act(() -> {
                review.propose(claim.summary().id(), label.getValue(), summary.getValue());
                return "Verdict proposed; an editor will review it.";
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
                "Approve verdict",
                e -> act(() -> {
                    review.approve(id, version);
                    return "Verdict approved.";
                }));
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        var reason = new TextArea("Message to the fact-checkers");
        reason.setWidthFull();
        reason.setMaxLength(VerdictRecord.SUMMARY_MAX_LENGTH);
        reason.setHelperText("Needed to ask for more work or to reject: what is missing or wrong");
        var moreWork = new Button(
                "Request more work",
                e -> decide(reason, () -> {
                    review.requestMoreWork(id, version, reason.getValue());
                    return "Back in review; the proposer and the assignee are told.";
                }));
        var reject = new Button(
                "Reject verdict",
                e -> decide(reason, () -> {
                    review.reject(id, version, reason.getValue());
                    return "Verdict rejected; the fact-checkers are told.";
                }));
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Component first = approve;
        if (!mayApprove) {
            var why = new Paragraph("You proposed this verdict, so another editor approves it (four-eyes rule)."
                    + " You can still ask for more work or reject it.");
            why.addClassName("four-eyes-note");
            why.getElement().setAttribute("role", "note");
            first = why;
        }
        var form = new Div(first, reason, new Div(moreWork, reject));
        form.addClassName("decide-form");
        return form;
    }

    private static Div verdictBox(VerdictDetail v, String caption) {
        var label = new Span(v.label().label());
        label.addClassNames("verdict-label", "verdict-" + v.label().name().toLowerCase());
        var box = new Div(label, new Span(" " + caption), new Paragraph(v.summary()));
        box.addClassName("verdict-box");
        return box;
    }

    /** The editor's latest message (more work, rejection) while fact-checkers work on it again. */
    private static Div request(VerdictDetail v) {
        var box = new Div(
                new Span((v.state() == VerdictState.MORE_WORK ? "More work asked for" : "Rejected")
                        + (v.decidedBy() == null ? "" : " by " + v.decidedBy()) + ": "),
                new Span(v.reason()));
        box.addClassName("review-request");
        box.getElement().setAttribute("role", "note");
        return box;
    }

    private static String state(VerdictState state) {
        return switch (state) {
            case PROPOSED -> "proposed";
            case APPROVED -> "approved";
            case REJECTED -> "rejected";
            case MORE_WORK -> "more work asked for";
            case SUPERSEDED -> "superseded";
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
