package org.factline.search.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import org.factline.base.ui.Formats;
import org.factline.search.SearchFilter;
import org.factline.search.SearchHit;

/**
 * One result: type badge and highlighted title linking to the item, date, author, publisher and
 * verdict or status, and the highlighted snippet. Title and snippet come from the search service as
 * escaped text with {@code <mark>} tags only, already cleaned by {@code SafeHtml}.
 */
class HitCard extends Div {

    HitCard(SearchHit hit) {
        var type = new Span(SearchView.label(SearchFilter.TYPE, hit.type()));
        type.addClassNames("badge", "type-" + hit.type());
        var title = new Anchor(hit.link(), "");
        title.getElement().setProperty("innerHTML", hit.titleHtml());
        title.getElement().setAttribute("router-link", true);
        title.addClassName("search-hit-title");
        var head = new Div(type, title);
        head.addClassName("search-hit-head");

        List<Component> meta = new ArrayList<>();
        if (hit.date() != null) {
            meta.add(new Span(Formats.day(hit.date())));
        }
        if (hit.author() != null) {
            meta.add(new Span(hit.author()));
        }
        if (hit.publisher() != null) {
            meta.add(new Span(hit.publisher()));
        }
        if (hit.verdict() != null) {
            var verdict = new Span(SearchView.label(SearchFilter.VERDICT, hit.verdict()));
            verdict.addClassNames("badge", "verdict-" + hit.verdict());
            meta.add(verdict);
        } else if (hit.status() != null) {
            meta.add(new Span(SearchView.label(SearchFilter.STATUS, hit.status())));
        }
        var metaLine = new Div(meta.toArray(Component[]::new));
        metaLine.addClassName("search-hit-meta");

        add(head, metaLine);
        if (!hit.snippetHtml().isBlank()) {
            var snippet = new Div();
            snippet.getElement().setProperty("innerHTML", hit.snippetHtml());
            snippet.addClassName("search-hit-snippet");
            add(snippet);
        }
        addClassName("search-hit");
    }
}
