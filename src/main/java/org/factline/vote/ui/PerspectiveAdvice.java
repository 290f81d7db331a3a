package org.factline.vote.ui;

import static com.vaadin.flow.i18n.I18NProvider.translate;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.factline.base.ui.Formats;
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
        var outcome = new Span(org.factline.base.ui.EnumTexts.of(a.outcome()));
        outcome.addClassName("advice-outcome");
        var details = new Span(" \u00b7 "
                + translate("advice.sides", group(a.groupA()), group(a.groupB()))
                + (a.bridgedScore() == null || a.outcome() == ViewpointAdvice.Outcome.UNKNOWN
                        ? ""
                        : " \u00b7 "
                                + translate(
                                        "advice.bridged",
                                        Formats.decimal(a.bridgedScore(), 1),
                                        Formats.decimal(a.polarisation(), 2))));
        details.addClassName("advice-details");
        target.add(new Span(translate("advice.perspectives")), outcome, details);
        target.getElement().setAttribute("title", translate("advice.tip"));
    }

    private static String group(ViewpointAdvice.Group g) {
        return g.voters() == 0
                ? translate("advice.no-votes")
                : translate("advice.group", g.voters(), Formats.decimal(g.meanScore(), 1));
    }
}
