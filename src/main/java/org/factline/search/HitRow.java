package org.factline.search;

import static org.factline.search.SearchFields.*;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.factline.base.SafeHtml;
import org.hibernate.search.engine.common.EntityReference;
import org.hibernate.search.engine.search.projection.dsl.ProjectionFinalStep;
import org.hibernate.search.engine.search.projection.dsl.SearchProjectionFactory;
import org.jsoup.nodes.Entities;
import org.jspecify.annotations.Nullable;

/**
 * One hit as a shard returns it: its stored fields (the text too, for highlighting) and score.
 * The shards' hits are merged in the order each shard sorted in, then highlighted.
 */
record HitRow(
        EntityReference ref,
        String type,
        String link,
        String title,
        @Nullable LocalDate date,
        @Nullable String author,
        @Nullable String publisher,
        @Nullable String verdict,
        @Nullable String status,
        @Nullable String excerpt,
        @Nullable String text,
        float score) {

    private static final int SNIPPET_LENGTH = 220;

    /** The order the shards sorted in, to merge their hits. */
    static Comparator<HitRow> order(SearchSort sort) {
        Comparator<HitRow> byScore = Comparator.comparingDouble(HitRow::score).reversed();
        Comparator<HitRow> byDate = switch (sort) {
            case RELEVANCE -> (a, b) -> 0;
            case NEWEST -> Comparator.comparing(HitRow::date, Comparator.nullsLast(Comparator.reverseOrder()));
            case OLDEST -> Comparator.comparing(HitRow::date, Comparator.nullsLast(Comparator.naturalOrder()));
        };
        // Article 7 and claim 7 are different documents: the last tie-break is type and id.
        return byDate.thenComparing(byScore)
                .thenComparing(r -> r.ref().name() + "#" + r.ref().id());
    }

    /** A search's select of this record's components, in order, with the score last. */
    static ProjectionFinalStep<HitRow> projection(SearchProjectionFactory<?, ?> f) {
        return f.composite()
                .from(
                        f.entityReference(),
                        f.field(TYPE, String.class),
                        f.field(LINK, String.class),
                        f.field(TITLE, String.class),
                        f.field(DATE, LocalDate.class),
                        f.field(AUTHOR, String.class),
                        f.field(PUBLISHER, String.class),
                        f.field(VERDICT, String.class),
                        f.field(STATUS, String.class),
                        f.field(EXCERPT, String.class),
                        f.field(HIGHLIGHT_TEXT, String.class),
                        f.score())
                .asList(HitRow::of);
    }

    /** The hit from the values of a composite projection of this record's components, in order. */
    static HitRow of(List<?> v) {
        return new HitRow(
                (EntityReference) v.get(0),
                (String) v.get(1),
                (String) v.get(2),
                (String) v.get(3),
                (LocalDate) v.get(4),
                (String) v.get(5),
                (String) v.get(6),
                (String) v.get(7),
                (String) v.get(8),
                (String) v.get(9),
                (String) v.get(10),
                (Float) v.get(11));
    }

    /** The hit as the results page shows it: escaped title and snippet with the matches marked. */
    SearchHit hit(PageHighlighter.Highlights h) {
        String titleHtml = h.title() == null ? escape(title) : SafeHtml.highlightOnly(Snippets.html(h.title()));
        String snippet = h.text().isEmpty()
                ? escape(excerpt == null ? "" : excerpt)
                : SafeHtml.highlightOnly(Snippets.joinFragments(h.text().stream()
                        .map(fragment -> Snippets.trim(
                                fragment, SNIPPET_LENGTH / h.text().size()))
                        .toList()));
        return new SearchHit(
                type,
                ((Number) ref.id()).longValue(),
                link,
                title,
                titleHtml,
                snippet,
                date,
                author,
                publisher,
                verdict,
                status);
    }

    private static String escape(String text) {
        return Entities.escape(text);
    }
}
