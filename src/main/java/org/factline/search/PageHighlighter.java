package org.factline.search;

import static org.factline.search.SearchFields.TEXT;
import static org.factline.search.SearchFields.TITLE;

import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.apache.lucene.util.QueryBuilder;
import org.factline.search.ParsedQuery.Part;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.backend.lucene.index.LuceneIndexManager;
import org.hibernate.search.mapper.orm.Search;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Marks the query's words, phrases and prefixes in the title and text of the hits of one page,
 * with Lucene's unified highlighter working on the stored text the search already returned (the
 * title and the first {@value SearchDocumentBinder#HIGHLIGHT_LENGTH} characters of the text): no
 * second query, no index reader. The text is analysed like the index's text, with every word also
 * kept as written ({@link SearchAnalysis#HIGHLIGHT}), so a stemmed word ("controls" → "control"), a
 * name's parts ("Qwen2.5" → "qwen") and a prefix of a written form ("controll*") are marked where the
 * search found them. After the typo-tolerant retry the page is marked for the words the hits
 * actually contain ({@link TypoCorrections}: {@code Deepsek} marks {@code DeepSeek}), found on the
 * page's stored text rather than by expanding the fuzzy query for every hit. On a remote engine (the cluster profile) the same chains are built here with Lucene's
 * CustomAnalyzer ({@link SearchAnalysis#local}), so highlighting works alike on both backends
 * without a second request to the engine.
 */
@Component
class PageHighlighter {

    /** Fragments of the text shown per hit. */
    static final int TEXT_FRAGMENTS = 2;

    private final EntityManagerFactory entityManagerFactory;
    private final Map<String, Analyzers> analyzers = new ConcurrentHashMap<>();
    private final boolean remote;

    PageHighlighter(EntityManagerFactory entityManagerFactory, SearchEngine engine) {
        this.entityManagerFactory = entityManagerFactory;
        this.remote = engine.remote();
    }

    /** The highlighter for one query; use it for every hit of the page. */
    Page page(ParsedQuery query) {
        return new Page(query);
    }

    /** Highlights the hits of one page for one query. */
    final class Page {

        private final ParsedQuery query;
        private final boolean empty;
        private final Map<String, Query> queries = new ConcurrentHashMap<>();

        private Page(ParsedQuery query) {
            this.query = query;
            this.empty = !QueryPredicates.hasHighlightableParts(query);
        }

        /**
         * @param entityName the indexed entity the hit is (its index's analyzers apply)
         * @return the whole title with its matches marked (null when nothing in it matched) and up to
         *     {@value #TEXT_FRAGMENTS} sentences of the text around matches
         */
        Highlights of(String entityName, String title, @Nullable String text) {
            if (empty) {
                return Highlights.NONE;
            }
            Analyzers a = analyzers.computeIfAbsent(entityName, PageHighlighter.this::analyzers);
            Query q = queries.computeIfAbsent(entityName, n -> luceneQuery(query, a.search()));
            try {
                List<MarkedText> titles = highlight(a.index(), new WholeBreakIterator(), TITLE, q, title, 1);
                List<MarkedText> fragments = text == null || text.isBlank()
                        ? List.of()
                        : highlight(
                                a.index(),
                                BreakIterator.getSentenceInstance(Locale.ROOT),
                                TEXT,
                                q,
                                text,
                                TEXT_FRAGMENTS);
                return new Highlights(titles.isEmpty() ? null : titles.getFirst(), fragments);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** What one hit shows marked. */
    record Highlights(@Nullable MarkedText title, List<MarkedText> text) {
        static final Highlights NONE = new Highlights(null, List.of());
    }

    @SuppressWarnings("unchecked")
    private static List<MarkedText> highlight(
            Analyzer analyzer, BreakIterator breaks, String field, Query query, String content, int passages)
            throws IOException {
        var highlighter = UnifiedHighlighter.builderWithoutSearcher(analyzer)
                .withBreakIterator(() -> breaks)
                .withFormatter(MarkedPassages.INSTANCE)
                // Match the analysed text's terms directly: both modes below would first index
                // every text in memory (phrases still are, to mark only whole phrases).
                .withWeightMatches(false)
                .withPassageRelevancyOverSpeed(false)
                .withMaxNoHighlightPassages(0)
                .build();
        Object result = highlighter.highlightWithoutSearcher(field, query, content, passages);
        return result == null ? List.of() : (List<MarkedText>) result;
    }

    /**
     * The query's words, phrases and prefixes on the title and text fields, any of them: what is
     * marked. Excluded words and field filters mark nothing.
     */
    static Query luceneQuery(ParsedQuery query, Analyzer searchAnalyzer) {
        var builder = new QueryBuilder(searchAnalyzer);
        var any = new BooleanQuery.Builder();
        query.groups().stream()
                .filter(g -> !g.negated())
                .flatMap(g -> g.alternatives().stream())
                .forEach(part -> {
                    for (String field : List.of(TITLE, TEXT)) {
                        Query q = switch (part) {
                            case Part.Word w -> builder.createBooleanQuery(field, w.text());
                            case Part.Phrase p -> builder.createPhraseQuery(field, p.text());
                            case Part.Prefix p -> new PrefixQuery(new Term(field, QuerySyntax.fold(p.text())));
                            case Part.Filter ignored -> null;
                        };
                        if (q != null) {
                            any.add(q, Occur.SHOULD);
                        }
                    }
                });
        return any.build();
    }

    private Analyzers analyzers(String entityName) {
        if (remote) {
            // Every index has the same schema: its title and text search with ENGLISH_QUERY.
            return new Analyzers(
                    SearchAnalysis.local(SearchAnalysis.HIGHLIGHT), SearchAnalysis.local(SearchFields.ENGLISH_QUERY));
        }
        var mapping = Search.mapping(entityManagerFactory);
        var manager = mapping.indexedEntity(entityName).indexManager().unwrap(LuceneIndexManager.class);
        Analyzer highlight = mapping.backend()
                .unwrap(LuceneBackend.class)
                .analyzer(SearchAnalysis.HIGHLIGHT)
                .orElseThrow(() -> new IllegalStateException("No analyzer " + SearchAnalysis.HIGHLIGHT));
        return new Analyzers(highlight, manager.searchAnalyzer());
    }

    private record Analyzers(Analyzer index, Analyzer search) {}

    /** A piece of plain text and where in it the matches are. */
    record MarkedText(String text, List<Mark> marks) {

        record Mark(int start, int end) {}
    }

    /** Lucene's passages as {@link MarkedText}s, in the text's order. */
    private static final class MarkedPassages extends PassageFormatter {

        static final MarkedPassages INSTANCE = new MarkedPassages();

        @Override
        public Object format(Passage[] passages, String content) {
            var result = new ArrayList<MarkedText>(passages.length);
            for (Passage passage : passages) {
                int from = passage.getStartOffset();
                int to = Math.min(passage.getEndOffset(), content.length());
                // A name and its parts ("Qwen2.5", "qwen") overlap: overlapping or touching
                // matches become one mark.
                var matches = new ArrayList<MarkedText.Mark>();
                for (int i = 0; i < passage.getNumMatches(); i++) {
                    int start = Math.max(passage.getMatchStarts()[i], from) - from;
                    int end = Math.min(passage.getMatchEnds()[i], to) - from;
                    if (start < end) {
                        matches.add(new MarkedText.Mark(start, end));
                    }
                }
                matches.sort(Comparator.comparingInt(MarkedText.Mark::start));
                var marks = new ArrayList<MarkedText.Mark>();
                for (var match : matches) {
                    int start = match.start();
                    int end = match.end();
                    var last = marks.isEmpty() ? null : marks.getLast();
                    if (last != null && start <= last.end()) {
                        marks.set(marks.size() - 1, new MarkedText.Mark(last.start(), Math.max(last.end(), end)));
                    } else {
                        marks.add(new MarkedText.Mark(start, end));
                    }
                }
                result.add(new MarkedText(content.substring(from, to), List.copyOf(marks)));
            }
            return result;
        }
    }
}
