package org.factline.worthiness.ui;

import static com.vaadin.flow.i18n.I18NProvider.translate;

import com.vaadin.flow.component.html.Span;
import java.util.Collection;
import java.util.Map;
import org.factline.article.ui.ArticleListColumn;
import org.factline.worthiness.TriageChanged;
import org.factline.worthiness.TriageService;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** translate("worthiness.column"): how many sentences of each article reach the reader's threshold. */
@Component
class TriageColumn implements ArticleListColumn<Integer> {

    private final TriageService triage;

    TriageColumn(TriageService triage) {
        this.triage = triage;
    }

    @Override
    public String liveTopic() {
        return TriageChanged.LIST_TOPIC;
    }

    @Override
    public String header() {
        return translate("worthiness.column");
    }

    @Override
    public Map<Long, Integer> load(Collection<Long> articleIds) {
        return triage.strongCounts(articleIds);
    }

    @Override
    public com.vaadin.flow.component.Component render(@Nullable Integer strong) {
        var badge = new Span(strong == null ? "\u2013" : Integer.toString(strong));
        badge.addClassName("triage-count");
        if (strong == null) {
            badge.getElement().setAttribute("title", "Not scored yet");
        } else {
            badge.addClassName(strong == 0 ? "triage-none" : strong < 4 ? "triage-some" : "triage-many");
            badge.getElement()
                    .setAttribute("title", strong + " sentence" + (strong == 1 ? "" : "s") + " worth checking");
        }
        return badge;
    }
}
