package org.factline.search.ui;

import java.util.List;
import org.factline.base.ui.SearchSuggestions;
import org.factline.search.SearchService;
import org.springframework.stereotype.Component;

/** Feeds the header search box's autocomplete from the search index. */
@Component
class HeaderSuggestions implements SearchSuggestions {

    private final SearchService search;

    HeaderSuggestions(SearchService search) {
        this.search = search;
    }

    @Override
    public List<Entry> suggest(String typed, int limit) {
        return search.suggest(typed, limit).stream()
                .map(s -> new Entry(s.type(), s.title(), s.link()))
                .toList();
    }
}
