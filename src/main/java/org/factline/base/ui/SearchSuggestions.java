package org.factline.base.ui;

import java.util.List;

/** Autocomplete for the header search box; the search module provides it. */
public interface SearchSuggestions {

    /** Items whose titles start with what has been typed, best first. */
    List<Entry> suggest(String typed, int limit);

    /** @param type short type name ("article", "claim"); @param link route of the item */
    record Entry(String type, String title, String link) {}
}
