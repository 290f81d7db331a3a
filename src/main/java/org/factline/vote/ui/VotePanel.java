package org.factline.vote.ui;

import static com.vaadin.flow.i18n.I18NProvider.translate;

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
import org.factline.base.ui.EnumTexts;
import org.factline.base.ui.Formats;
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

        var choice = new RadioButtonGroup<Verdict>(translate("vote.your-verdict"));
        choice.setItems(Verdict.values());
        choice.setItemLabelGenerator(EnumTexts::of);
        votes.myVote(claimId).ifPresent(choice::setValue);
        var reason = new TextField(translate("vote.reason"));
        reason.setMaxLength(Vote.REASON_MAX_LENGTH);
        reason.setWidthFull();
        var cast = new Button(choice.getValue() == null ? translate("vote.vote") : translate("vote.change"));
        // Stable ids: the Gatling load test (src/load/java) finds these nodes in Vaadin's responses.
        choice.setId("vote-verdict");
        cast.setId("vote-cast");
        cast.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        cast.addClickListener(e -> {
            if (choice.getValue() == null) {
                choice.setInvalid(true);
                choice.setErrorMessage(translate("vote.choose"));
                return;
            }
            try {
                show(tally, votes.castVote(claimId, choice.getValue(), reason.getValue()));
                if (editor) {
                    PerspectiveAdvice.show(advice, consensus.advice(claimId));
                }
                choice.setInvalid(false);
                cast.setText(translate("vote.change"));
                Notifications.success(translate("vote.yours", EnumTexts.of(choice.getValue())));
            } catch (ValidationException | ItemNotFoundException ex) {
                Notifications.error(ex.getMessage());
            }
        });
        boolean closed = claim.summary().status().isDecided();
        panel.add(new H2(translate("vote.heading")), tally);
        if (editor) {
            panel.add(advice);
        }
        if (closed) {
            panel.add(new Span(translate("vote.closed")));
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
                segment.getElement().setAttribute("title", EnumTexts.of(v) + ": " + Formats.number(n));
                bar.add(segment);
            }
            var item = new Span(EnumTexts.of(v) + " " + Formats.number(n));
            item.addClassNames("tally-item", "verdict-" + v.name().toLowerCase(Locale.ROOT));
            legend.add(item);
        }
        String figures;
        if (t.total() == 0) {
            figures = translate("vote.none");
        } else if (!t.enoughVotes()) {
            figures = translate("vote.not-enough", t.total(), t.minimumVotes());
        } else {
            figures = translate(
                    "vote.figures",
                    t.leading() == null ? translate("vote.leading.none") : EnumTexts.of(t.leading()),
                    Formats.percent(t.agreement()),
                    t.mean() == null ? translate("vote.n-a") : Formats.decimal(t.mean(), 1),
                    t.dispersion() == null ? translate("vote.n-a") : Formats.decimal(t.dispersion(), 2),
                    t.total());
        }
        var consensus = new Div(new Span(figures));
        consensus.addClassName("tally-figures");
        target.add(bar, legend, consensus);
    }
}
