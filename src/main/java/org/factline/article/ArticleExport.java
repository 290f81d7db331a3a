package org.factline.article;

import static org.factline.base.export.ExportTable.column;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Selection;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.factline.article.domain.Article;
import org.factline.article.domain.ArticleRow;
import org.factline.base.domain.KeysetPages;
import org.factline.base.domain.KeysetPages.SortKey;
import org.factline.base.export.ExportFormat;
import org.factline.base.export.ExportTable;
import org.factline.security.AppRoles;
import org.factline.security.CurrentUser;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The articles list as a file: the details (never the text) of exactly the articles the list shows
 * the same person with the same filter and sort (archived ones only for editors who ask for them),
 * streamed a page at a time: by keyset paging in SQL, or by scrolling the search index when the
 * text filter is used, as the list does. Empty values of a sorted column come last.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed(AppRoles.FACT_CHECKER)
public class ArticleExport {

    static final int PAGE_SIZE = 500;

    private static final Map<String, SortKey<ArticleRow>> SORTABLE = Map.of(
            "title", SortKey.of(ArticleRow::title),
            "siteName", SortKey.nullable(ArticleRow::siteName),
            "publishedAt", SortKey.nullable(ArticleRow::publishedAt),
            "importedBy", SortKey.of(ArticleRow::importedBy),
            "createdAt", SortKey.of(ArticleRow::createdAt),
            "wordCount", SortKey.of(ArticleRow::wordCount),
            "id", SortKey.of(ArticleRow::id));

    static final ExportTable<ArticleRow> TABLE = ExportTable.of(
            column("id", ArticleRow::id),
            column("title", ArticleRow::title),
            column("publisher", ArticleRow::siteName),
            column("byline", ArticleRow::byline),
            column("published_at", ArticleRow::publishedAt),
            column("language", ArticleRow::lang),
            column("canonical_url", ArticleRow::canonicalUrl),
            column("source_url", ArticleRow::sourceUrl),
            column("source_kind", a -> a.sourceKind().name().toLowerCase(Locale.ROOT)),
            column("source_name", ArticleRow::sourceName),
            column("imported_by", ArticleRow::importedBy),
            column("imported_at", ArticleRow::createdAt),
            column("word_count", ArticleRow::wordCount),
            column("status", a -> a.status().name().toLowerCase(Locale.ROOT)),
            column("archived_at", ArticleRow::archivedAt),
            column("possible_duplicate_of", ArticleRow::duplicateOfId),
            column("duplicate_similarity", ArticleRow::duplicateSimilarity));

    private final EntityManager entityManager;
    private final ArticleListSearch listSearch;
    private final CurrentUser currentUser;

    ArticleExport(EntityManager entityManager, ArticleListSearch listSearch, CurrentUser currentUser) {
        this.entityManager = entityManager;
        this.listSearch = listSearch;
        this.currentUser = currentUser;
    }

    /** @param sort the list's sort (its column keys), unsorted for the list's default (newest import first) */
    public void write(ArticleFilter filter, Sort sort, ExportFormat format, OutputStream out) {
        var effective = ArticleListQuery.effective(filter, currentUser.hasRole(AppRoles.Role.EDITOR));
        try (var rows = TABLE.open(format, out)) {
            Consumer<List<ArticleRow>> page = p -> {
                p.forEach(rows::write);
                rows.flush();
            };
            if (ArticleListSearch.applies(effective)) {
                listSearch.forEachIdPage(effective, sort, PAGE_SIZE, ids -> page.accept(byIds(ids)));
            } else {
                new KeysetPages<>(
                                entityManager,
                                Article.class,
                                ArticleRow.class,
                                ArticleExport::select,
                                ArticleListQuery.matching(effective),
                                sort,
                                SORTABLE,
                                Sort.by(Sort.Order.desc("createdAt")))
                        .forEach(PAGE_SIZE, page);
            }
        }
    }

    /** One page of the search index's ids, in its order. */
    private List<ArticleRow> byIds(List<Long> ids) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        var query = cb.createQuery(ArticleRow.class);
        var root = query.from(Article.class);
        query.select(select(cb, root)).where(root.get("id").in(ids));
        Map<Long, ArticleRow> byId = entityManager.createQuery(query).getResultList().stream()
                .collect(Collectors.toMap(ArticleRow::id, Function.identity()));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    private static Selection<ArticleRow> select(CriteriaBuilder cb, Root<Article> a) {
        return cb.construct(
                ArticleRow.class,
                a.get("id"),
                a.get("title"),
                a.get("siteName"),
                a.get("byline"),
                a.get("publishedAt"),
                a.get("lang"),
                a.get("canonicalUrl"),
                a.get("sourceUrl"),
                a.get("sourceKind"),
                a.get("sourceName"),
                a.get("importedBy"),
                a.get("createdAt"),
                a.get("wordCount"),
                a.get("status"),
                a.get("archivedAt"),
                a.get("duplicateOfId"),
                a.get("duplicateSimilarity"));
    }
}
