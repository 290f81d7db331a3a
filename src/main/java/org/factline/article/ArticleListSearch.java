package org.factline.article;

import jakarta.persistence.EntityManager;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.factline.article.domain.Article;
import org.factline.article.domain.ArticleListIndex;
import org.factline.article.domain.ArticleStatus;
import org.factline.search.TypedWords;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchScroll;
import org.hibernate.search.engine.search.query.SearchScrollResult;
import org.hibernate.search.engine.search.sort.dsl.SearchSortFactory;
import org.hibernate.search.engine.search.sort.dsl.SortFinalStep;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * The articles list when its text filter is used: every typed word must start a word of the
 * title, publisher or byline, found in the search index instead of scanning every row with
 * {@code LIKE '%…%'}. The other filters and the sort run in the same index query, so the grid
 * pages through the index and loads only the rows it shows.
 */
@Component
class ArticleListSearch {

    private static final Map<String, String> SORT_FIELDS = Map.of(
            "title", ArticleListIndex.TITLE,
            "siteName", ArticleListIndex.SITE,
            "publishedAt", ArticleListIndex.PUBLISHED,
            "importedBy", ArticleListIndex.IMPORTER,
            "createdAt", ArticleListIndex.IMPORTED,
            "wordCount", ArticleListIndex.WORD_COUNT);

    private final EntityManager entityManager;

    ArticleListSearch(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    static boolean applies(ArticleFilter filter) {
        return filter.text() != null && !TypedWords.of(filter.text()).isEmpty();
    }

    /** Ids of one page of matching articles, in the requested order (newest import first by default). */
    List<Long> ids(ArticleFilter filter, int offset, int limit, Sort sort) {
        return Search.session(entityManager)
                .search(Article.class)
                .select(f -> f.id(Long.class))
                .where(f -> matching(f, filter))
                .sort(f -> order(f, sort))
                .fetchHits(Math.max(0, offset), Math.max(1, limit));
    }

    /**
     * Ids of every matching article in the requested order, {@code size} at a time: the index is
     * scrolled, so no more than one chunk of ids is held at once.
     */
    void forEachIdPage(ArticleFilter filter, Sort sort, int size, Consumer<List<Long>> page) {
        try (SearchScroll<Long> scroll = Search.session(entityManager)
                .search(Article.class)
                .select(f -> f.id(Long.class))
                .where(f -> matching(f, filter))
                .sort(f -> order(f, sort))
                .scroll(size)) {
            for (SearchScrollResult<Long> chunk = scroll.next(); chunk.hasHits(); chunk = scroll.next()) {
                page.accept(chunk.hits());
            }
        }
    }

    long count(ArticleFilter filter) {
        return Search.session(entityManager)
                .search(Article.class)
                .where(f -> matching(f, filter))
                .fetchTotalHitCount();
    }

    private static PredicateFinalStep matching(SearchPredicateFactory f, ArticleFilter filter) {
        var all = f.bool();
        for (String word : TypedWords.of(filter.text() == null ? "" : filter.text())) {
            all.must(f.prefix().field(ArticleListIndex.WORDS).matching(word));
        }
        if (!filter.includeArchived()) {
            all.filter(f.match().field(ArticleListIndex.STATUS).matching(ArticleStatus.ACTIVE));
        }
        if (filter.publisher() != null && !filter.publisher().isBlank()) {
            all.filter(f.match()
                    .field(ArticleListIndex.SITE)
                    .matching(filter.publisher().strip()));
        }
        if (filter.importedBy() != null && !filter.importedBy().isBlank()) {
            all.filter(f.match()
                    .field(ArticleListIndex.IMPORTER)
                    .matching(filter.importedBy().strip().toLowerCase(Locale.ROOT)));
        }
        if (filter.publishedFrom() != null || filter.publishedTo() != null) {
            var range = f.range().field(ArticleListIndex.PUBLISHED);
            var from = filter.publishedFrom() == null
                    ? null
                    : filter.publishedFrom().atStartOfDay().atOffset(ZoneOffset.UTC);
            var before = filter.publishedTo() == null
                    ? null
                    : filter.publishedTo().plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC);
            all.filter(
                    from == null
                            ? range.lessThan(before)
                            : before == null ? range.atLeast(from) : range.between(from, before.minusNanos(1)));
        }
        return all;
    }

    private static SortFinalStep order(SearchSortFactory f, Sort sort) {
        var composite = f.composite();
        boolean any = false;
        for (Sort.Order order : sort) {
            String field = SORT_FIELDS.get(order.getProperty());
            if (field != null) {
                var step = f.field(field).missing().last();
                composite.add(order.isAscending() ? step.asc() : step.desc());
                any = true;
            }
        }
        if (!any) {
            composite.add(f.field(ArticleListIndex.IMPORTED).desc());
        }
        return composite.add(f.indexOrder());
    }
}
