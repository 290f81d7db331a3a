package org.factline.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.util.QueryBuilder;
import org.factline.search.ParsedQuery.Part;

/** The search benchmark's lower bound: its queries written directly against Lucene. */
final class RawLuceneQueries {

    /** The fact-checker the benchmark searches as (no other roles). */
    static final String VIEWER = "bench-checker";

    private RawLuceneQueries() {}

    /**
     * The same query written directly against Lucene on the same index: the clauses
     * {@link QueryPredicates} builds (stemmed and exact fields, fuzzy variants, phrases, prefixes,
     * filters, visibility), without Hibernate Search in between.
     */
    /** @param countUpTo hits are counted exactly up to this many, as in Hibernate Search's threshold */
    static int raw(IndexSearcher searcher, Analyzer analyzer, String q, int countUpTo) {
        var builder = new QueryBuilder(analyzer);
        var bool = new BooleanQuery.Builder();
        // What a fact-checker may not find, as the service excludes it.
        bool.add(new TermQuery(new Term("audience", "EDITORS")), Occur.MUST_NOT);
        bool.add(new TermQuery(new Term("audience", "ADMINS")), Occur.MUST_NOT);
        bool.add(
                new BooleanQuery.Builder()
                        .add(new TermQuery(new Term("audience", "OWNER")), Occur.MUST)
                        .add(new TermQuery(new Term("owner", VIEWER)), Occur.MUST_NOT)
                        .build(),
                Occur.MUST_NOT);
        boolean positive = false;
        for (ParsedQuery.Group group : QuerySyntax.parse(q).groups()) {
            Query alternatives;
            if (group.alternatives().size() == 1) {
                alternatives = rawPart(builder, analyzer, group.alternatives().getFirst());
            } else {
                var or = new BooleanQuery.Builder();
                group.alternatives().forEach(p -> or.add(rawPart(builder, analyzer, p), Occur.SHOULD));
                alternatives = or.build();
            }
            boolean filterOnly = group.alternatives().stream().allMatch(Part.Filter.class::isInstance);
            if (group.negated()) {
                bool.add(alternatives, Occur.MUST_NOT);
            } else if (filterOnly) {
                bool.add(alternatives, Occur.FILTER);
            } else {
                bool.add(alternatives, Occur.MUST);
                positive = true;
            }
        }
        if (!positive) {
            bool.add(new MatchAllDocsQuery(), Occur.MUST);
        }
        try {
            var top = searcher.search(
                    bool.build(),
                    new TopScoreDocCollectorManager(20, null, countUpTo, searcher.getSlices().length > 1));
            return top.scoreDocs.length + (int) top.totalHits.value;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Query rawPart(QueryBuilder builder, Analyzer analyzer, Part part) {
        var any = new BooleanQuery.Builder();
        switch (part) {
            case Part.Word w -> {
                addIfNotNull(any, builder.createBooleanQuery("title", w.text()), 3f);
                addIfNotNull(any, builder.createBooleanQuery("text", w.text()), 1f);
                addIfNotNull(any, builder.createBooleanQuery("title_exact", w.text()), 2f);
                addIfNotNull(any, builder.createBooleanQuery("author", w.text()), 2f);
                addIfNotNull(any, builder.createBooleanQuery("publisher_text", w.text()), 2f);
                String keyword = QuerySyntax.fold(w.text());
                any.add(new TermQuery(new Term("tags", keyword)), Occur.SHOULD);
                any.add(new TermQuery(new Term("category", keyword)), Occur.SHOULD);
                // Typo tolerance is a retry when nothing matched, as in the service.
            }
            case Part.Phrase p -> {
                addIfNotNull(any, builder.createPhraseQuery("title_exact", p.text()), 3f);
                addIfNotNull(any, builder.createPhraseQuery("text_exact", p.text()), 1f);
                addIfNotNull(any, builder.createPhraseQuery("author", p.text()), 1f);
                addIfNotNull(any, builder.createPhraseQuery("publisher_text", p.text()), 1f);
            }
            case Part.Prefix p -> {
                String prefix = QuerySyntax.fold(p.text());
                var exact = new BooleanQuery.Builder();
                exact.add(new BoostQuery(new PrefixQuery(new Term("title_exact", prefix)), 3f), Occur.SHOULD);
                exact.add(new PrefixQuery(new Term("text_exact", prefix)), Occur.SHOULD);
                exact.add(new PrefixQuery(new Term("author", prefix)), Occur.SHOULD);
                any.add(exact.build(), Occur.SHOULD);
                var stemmed = new BooleanQuery.Builder();
                stemmed.add(new PrefixQuery(new Term("title", prefix)), Occur.SHOULD);
                stemmed.add(new PrefixQuery(new Term("text", prefix)), Occur.SHOULD);
                any.add(new BoostQuery(stemmed.build(), 0.1f), Occur.SHOULD);
            }
            case Part.Filter f -> {
                switch (f.field()) {
                    case TYPE -> any.add(new TermQuery(new Term("type", QuerySyntax.fold(f.value()))), Occur.SHOULD);
                    case VERDICT -> any.add(new TermQuery(new Term("verdict", f.value())), Occur.SHOULD);
                    case AFTER ->
                        any.add(LongPoint.newRangeQuery("date", f.from().toEpochDay(), Long.MAX_VALUE), Occur.SHOULD);
                    case BEFORE ->
                        any.add(LongPoint.newRangeQuery("date", Long.MIN_VALUE, f.to().toEpochDay()), Occur.SHOULD);
                    default -> any.add(new MatchAllDocsQuery(), Occur.SHOULD);
                }
            }
        }
        return any.build();
    }

    private static void addIfNotNull(BooleanQuery.Builder any, Query query, float boost) {
        if (query != null) {
            any.add(new BoostQuery(query, boost), Occur.SHOULD);
        }
    }
}
