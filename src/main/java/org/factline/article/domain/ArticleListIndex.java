package org.factline.article.domain;

/**
 * Fields of the article's search document that serve the articles list (its text filter, other
 * filters and sorts, see {@code ArticleListSearch}); the one-search-box fields come from
 * {@link org.factline.search.SearchDocumentBinder}.
 */
public final class ArticleListIndex {

    /** Title, publisher and byline as written: the list's text filter matches word prefixes here. */
    public static final String WORDS = "list_words";

    public static final String TITLE = "list_title";
    public static final String SITE = "list_site";
    public static final String PUBLISHED = "list_published";
    public static final String IMPORTER = "list_importer";
    public static final String IMPORTED = "list_imported";
    public static final String WORD_COUNT = "list_word_count";
    public static final String STATUS = "list_status";

    private ArticleListIndex() {}
}
