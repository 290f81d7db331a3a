package org.factline.vote.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import org.factline.vote.ViewpointAdvice;

/** The viewpoint-aware consensus line editors read under the tally (method in docs/consensus.md). */
final class PerspectiveAdvice {

    private PerspectiveAdvice() {}

    static void show(Div target, ViewpointAdvice a) {
        target.removeAll();
        target.removeClassNames("advice-agreed", "advice-divided", "advice-unknown");
        target.addClassName(
                switch (a.outcome()) {
                    case AGREED_ACROSS -> "advice-agreed";
                    case DIVIDED -> "advice-divided";
                    case UNKNOWN -> "advice-unknown";
                });
        var outcome = new Span(a.outcome().label());
        outcome.addClassName("advice-outcome");
        var details = new Span(String.format(
                Locale.ROOT,
                " \u00b7 side A: %s \u00b7 side B: %s%s",
                group(a.groupA()),
                group(a.groupB()),
                a.bridgedScore() == null || a.outcome() == ViewpointAdvice.Outcome.UNKNOWN
                        ? ""
                        : String.format(
                                Locale.ROOT,
                                " \u00b7 score across perspectives %.1f \u00b7 polarisation %.2f",
                                a.bridgedScore(),
                                a.polarisation())));
        details.addClassName("advice-details");
        target.add(new Span("Perspectives: "), outcome, details);
        target.getElement()
                .setAttribute(
                        "title",
                        "Perspectives are learned from everyone's vote history; advice for editors, not a verdict.");
    }

    private static String group(ViewpointAdvice.Group g) {
        return g.voters() == 0
                ? "no votes"
                : String.format(
                        Locale.ROOT, "%d vote%s, mean %.1f", g.voters(), g.voters() == 1 ? "" : "s", g.meanScore());
    }
}
