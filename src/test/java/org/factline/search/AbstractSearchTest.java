package org.factline.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.factline.AbstractIntegrationTest;
import org.factline.article.ArticleImportService;
import org.factline.article.PasteFormat;
import org.factline.security.AppRoles.Role;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Search tests signed in as a fact-checker. Every test searches for its own marker word, which
 * every article it imports starts with, so data from other tests never interferes.
 */
abstract class AbstractSearchTest extends AbstractIntegrationTest {

    @Autowired
    SearchService search;

    @Autowired
    ArticleImportService imports;

    String marker;

    @BeforeEach
    void signInAsChecker() {
        signIn(user("search-checker", Role.FACT_CHECKER));
        marker = marker("mk");
    }

    protected long article(String title, String text) {
        var outcome = imports.importPaste(title, marker + " " + text, PasteFormat.TEXT);
        assertThat(outcome.articleId()).as(outcome.message()).isNotNull();
        return outcome.articleId();
    }

    protected List<SearchHit> hits(String query) {
        return search.search(marker + " " + query, SearchSort.RELEVANCE, 0, 50).hits();
    }

    protected List<String> titles(String query) {
        return hits(query).stream().map(SearchHit::title).toList();
    }
}
