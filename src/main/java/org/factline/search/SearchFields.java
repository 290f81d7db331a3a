package org.factline.search;

/** Field and analyzer names of the shared search schema. */
final class SearchFields {

    static final String TYPE = "type";
    static final String LINK = "link";
    static final String TITLE = "title";
    static final String TITLE_EXACT = "title_exact";
    static final String TEXT = "text";
    static final String TEXT_EXACT = "text_exact";
    static final String SUGGEST = "suggest";
    /** The start of the text, shown when no word of the query is in it. */
    static final String EXCERPT = "excerpt";
    /** The first part of the text, stored (not searched) for highlighting the results page. */
    static final String HIGHLIGHT_TEXT = "highlight_text";

    static final String DATE = "date";
    static final String YEAR = "year";
    static final String AUTHOR = "author";
    static final String ALIAS = "alias";
    static final String PUBLISHER = "publisher";
    static final String PUBLISHER_TEXT = "publisher_text";
    static final String VERDICT = "verdict";
    static final String CATEGORY = "category";
    static final String TAGS = "tags";
    static final String STATUS = "status";
    static final String AUDIENCE = "audience";
    static final String OWNER = "owner";
    /** The text's sentence embedding (claims), when {@link VectorSearch#enabled()}. */
    static final String MEANING = "meaning";

    /** English words: stemming, stop words, ASCII folding; names split into parts at index time. */
    static final String ENGLISH = "factline_english";
    /** The query side of {@link #ENGLISH}: the same chain without the part splitting. */
    static final String ENGLISH_QUERY = "factline_english_query";
    /** Words as written (lowercased, folded): phrases and prefixes. */
    static final String EXACT = "factline_exact";
    /** Prefixes of every word, for the header's autocomplete. */
    static final String AUTOCOMPLETE = "factline_autocomplete";

    static final String KEYWORD = "factline_keyword";

    private SearchFields() {}
}
