package org.factline.article;

import jakarta.persistence.criteria.Predicate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Locale;
import org.factline.article.domain.Article;
import org.factline.article.domain.ArticleStatus;
import org.springframework.data.jpa.domain.Specification;

/**
 * The articles list's filters without the text filter (which the search index answers, {@link
 * ArticleListSearch}), shared by the list and its export so both show the same person the same
 * articles.
 */
final class ArticleListQuery {

    private ArticleListQuery() {}

    /** The filter as it applies to this person: archived articles only for editors. */
    static ArticleFilter effective(ArticleFilter filter, boolean editor) {
        return new ArticleFilter(
                filter.text(),
                filter.publisher(),
                filter.importedBy(),
                filter.publishedFrom(),
                filter.publishedTo(),
                filter.includeArchived() && editor);
    }

    static Specification<Article> matching(ArticleFilter f) {
        return (root, query, cb) -> {
            var where = new ArrayList<Predicate>();
            if (!f.includeArchived()) {
                where.add(cb.equal(root.get("status"), ArticleStatus.ACTIVE));
            }
            if (f.publisher() != null && !f.publisher().isBlank()) {
                where.add(cb.equal(
                        cb.lower(root.get("siteName")), f.publisher().strip().toLowerCase(Locale.ROOT)));
            }
            if (f.importedBy() != null && !f.importedBy().isBlank()) {
                where.add(
                        cb.equal(root.get("importedBy"), f.importedBy().strip().toLowerCase(Locale.ROOT)));
            }
            if (f.publishedFrom() != null) {
                where.add(cb.greaterThanOrEqualTo(
                        root.get("publishedAt"),
                        f.publishedFrom().atStartOfDay().atOffset(ZoneOffset.UTC)));
            }
            if (f.publishedTo() != null) {
                where.add(cb.lessThan(
                        root.get("publishedAt"),
                        f.publishedTo().plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC)));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}
