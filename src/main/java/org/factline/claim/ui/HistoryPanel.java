package org.factline.claim.ui;

import static com.vaadin.flow.i18n.I18NProvider.translate;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import org.factline.audit.AuditEntryDetail;
import org.factline.audit.AuditLog;
import org.factline.claim.ClaimDetail;
import org.springframework.core.annotation.Order;

/** Last on the claim page: everything that happened to the claim, newest first. */
@org.springframework.stereotype.Component
@Order(100)
class HistoryPanel implements ClaimPanel {

    private final AuditLog audit;

    HistoryPanel(AuditLog audit) {
        this.audit = audit;
    }

    @Override
    public Component create(ClaimDetail claim) {
        var list = new UnorderedList();
        list.addClassName("verdict-history");
        for (AuditEntryDetail entry :
                audit.history("claim", String.valueOf(claim.summary().id()), 100)) {
            var when = new Span(org.factline.base.ui.Formats.moment(entry.occurredAt()));
            when.addClassName("history-when");
            var what = new Span(" \u2014 " + entry.actor() + ": " + entry.summary());
            what.addClassName("recorded-text"); // written in the language of the moment it happened
            list.add(new ListItem(when, what));
        }
        var panel = new Div(new H2(translate("history.title")), list);
        panel.addClassName("history-panel");
        return panel;
    }
}
