package org.factline.search.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

/** The folded "Search tips" under the search box: the query language by example. */
final class SearchTips {

    private SearchTips() {}

    static Details create() {
        var tips = new UnorderedList(
                tip("chip export", "all words must appear (in any form: export, exporting)"),
                tip("\"chip export\"", "the exact phrase"),
                tip("chips -huawei", "leave out results with a word"),
                tip("nvidia OR amd", "either word"),
                tip("semicond*", "words starting with"),
                tip("type:claim  verdict:false  author:…  publisher:…  tag:…  year:2025", "filters"),
                tip("before:2025-06  after:2024", "dates (year, month or day)"));
        var details = new Details("Search tips", tips);
        details.addClassName("search-help");
        return details;
    }

    private static ListItem tip(String example, String meaning) {
        var code = new Span(example);
        code.addClassName("code");
        return new ListItem(code, new Span(" \u2014 " + meaning));
    }
}
