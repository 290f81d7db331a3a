package org.factline.vote.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import org.factline.base.ItemNotFoundException;
import org.factline.base.ValidationException;
import org.factline.base.ui.Broadcaster;
import org.factline.base.ui.Notifications;
import org.factline.claim.ClaimDetail;
import org.factline.claim.Verdict;
import org.factline.claim.ui.ClaimPanel;
import org.factline.security.AppRoles;
import org.factline.security.CurrentUser;
import org.factline.vote.ViewpointConsensus;
import org.factline.vote.VoteService;
import org.factline.vote.VoteTally;
import org.factline.vote.domain.Vote;
import org.springframework.core.annotation.Order;

/** On the claim page: cast or change one's vote, and see the tally with consensus figures. */
@org.springframework.stereotype.Component
@Order(10)
class VotePanel implements ClaimPanel {

    private final VoteService votes;
    private final ViewpointConsensus consensus;
    private final CurrentUser currentUser;
    private final Broadcaster broadcaster;

    VotePanel(VoteService votes, ViewpointConsensus consensus, CurrentUser currentUser, Broadcaster broadcaster) {
        this.votes = votes;
        this.consensus = consensus;
        this.currentUser = currentUser;
        this.broadcaster = broadcaster;
    }

    @Override
    public Component create(ClaimDetail claim) {
        long claimId = claim.summary().id();
        var panel = new Div();
        panel.addClassName("vote-panel");
        var tally = new Div();
        tally.addClassName("vote-tally");
        // Editors also see whether agreement holds across the team's perspectives (advice).
        var advice = new Div();
        advice.addClassName("viewpoint-advice");
        boolean editor = currentUser.hasRole(AppRoles.Role.EDITOR);
        Runnable refresh = () -> {
            show(tally, votes.tally(claimId));
            if (editor) {
                PerspectiveAdvice.show(advice, consensus.advice(claimId));
            }
        };
        refresh.run();
        // Votes by others appear at once: the tally redraws when anyone votes on this claim.
        tally.addAttachListener(attach -> {
            var subscription = broadcaster.subscribe(VoteService.liveTopic(claimId), attach.getUI(), refresh::run);
            tally.addDetachListener(detach -> {
                subscription.remove();
                detach.unregisterListener();
            });
        });

        var choice = new RadioButtonGroup<Verdict>("Your verdict");
        choice.setItems(Verdict.values());
        choice.setItemLabelGenerator(Verdict::label);
        votes.myVote(claimId).ifPresent(choice::setValue);
        var reason = new TextField("Reason (optional, one line)");
        reason.setMaxLength(Vote.REASON_MAX_LENGTH);
        reason.setWidthFull();
        var cast = new Button(choice.getValue() == null ? "Vote" : "Change vote");
        // Stable ids: the Gatling load test (src/load/java) finds these nodes in Vaadin's responses.
        choice.setId("vote-verdict");
        cast.setId("vote-cast");
        cast.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        cast.addClickListener(e -> {
            if (choice.getValue() == null) {
                choice.setInvalid(true);
                choice.setErrorMessage("Choose a verdict.");
                return;
            }
            try {
                show(tally, votes.castVote(claimId, choice.getValue(), reason.getValue()));
                if (editor) {
                    PerspectiveAdvice.show(advice, consensus.advice(claimId));
                }
                choice.setInvalid(false);
                cast.setText("Change vote");
                Notifications.success("Your vote: " + choice.getValue().label());
            } catch (ValidationException | ItemNotFoundException ex) {
                Notifications.error(ex.getMessage());
            }
        });
        boolean closed = claim.summary().status().isDecided();
        panel.add(new H2("Accuracy votes"), tally);
        if (editor) {
            panel.add(advice);
        }
        if (closed) {
            panel.add(new Span("Voting is closed: the verdict has been decided."));
        } else {
            panel.add(choice, reason, cast);
        }
        return panel;
    }

    /** A bar with one segment per verdict, then the consensus figures editors read. */
    static void show(Div target, VoteTally t) {
        target.removeAll();
        var bar = new Div();
        bar.addClassName("tally-bar");
        var legend = new Div();
        legend.addClassName("tally-legend");
        for (Verdict v : Verdict.values()) {
            int n = t.counts().getOrDefault(v, 0);
            if (n > 0) {
                var segment = new Div();
                segment.addClassNames("tally-segment", "verdict-" + v.name().toLowerCase(Locale.ROOT));
                segment.getStyle().set("flex-grow", String.valueOf(n));
                segment.getElement().setAttribute("title", v.label() + ": " + n);
                bar.add(segment);
            }
            var item = new Span(v.label() + " " + n);
            item.addClassNames("tally-item", "verdict-" + v.name().toLowerCase(Locale.ROOT));
            legend.add(item);
        }
        String figures;
        if (t.total() == 0) {
            figures = "No votes yet.";
        } else if (!t.enoughVotes()) {
            figures =
                    String.format(Locale.ROOT, "Not enough votes yet (%d of %d needed).", t.total(), t.minimumVotes());
        } else {
            figures = String.format(
                    Locale.ROOT,
                    "Leading: %s · agreement %.0f%% · mean %s on 1 (false) to 5 (true) · dispersion %s · %d votes",
                    t.leading() == null ? "none" : t.leading().label(),
                    t.agreement() * 100,
                    t.mean() == null ? "n/a" : String.format(Locale.ROOT, "%.1f", t.mean()),
                    t.dispersion() == null ? "n/a" : String.format(Locale.ROOT, "%.2f", t.dispersion()),
                    t.total());
        }
        var consensus = new Div(new Span(figures));
        consensus.addClassName("tally-figures");
        target.add(bar, legend, consensus);
    }
}
