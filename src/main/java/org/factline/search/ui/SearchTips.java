package org.factline.search.ui;

import static com.vaadin.flow.i18n.I18NProvider.translate;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

/** The folded translate("search.tips") under the search box: the query language by example. */
final class SearchTips {

    private SearchTips() {}

    static Details create() {
        var tips = new UnorderedList(
                tip("chip export", translate("search.tip.words")),
                tip("\"chip export\"", translate("search.tip.phrase")),
                tip("chips -huawei", translate("search.tip.exclude")),
                tip("nvidia OR amd", translate("search.tip.or")),
                tip("semicond*", translate("search.tip.prefix")),
                tip(
                        "type:claim  verdict:false  author:…  publisher:…  tag:…  year:2025",
                        translate("search.tip.filters")),
                tip("before:2025-06  after:2024", translate("search.tip.dates")));
        var details = new Details(translate("search.tips"), tips);
        details.addClassName("search-help");
        return details;
    }

    private static ListItem tip(String example, String meaning) {
        var code = new Span(example);
        code.addClassName("code");
        code.getElement().setAttribute("lang", "en"); // the query language itself
        return new ListItem(code, new Span(" \u2014 " + meaning));
    }
}
