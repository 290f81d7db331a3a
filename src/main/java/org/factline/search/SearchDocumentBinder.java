package org.factline.search;

import static org.factline.search.SearchFields.*;

import java.time.LocalDate;
import java.util.Locale;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaElement;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.engine.backend.types.VectorSimilarity;
import org.hibernate.search.engine.environment.bean.BeanHolder;
import org.hibernate.search.engine.environment.bean.BeanReference;
import org.hibernate.search.engine.environment.bean.BeanRetrieval;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;
import org.jspecify.annotations.Nullable;

/**
 * Declares the one schema every indexed type shares and writes an entity's {@link SearchDocument}
 * into it. The entity names the properties its document reads in the {@value #USES} parameter
 * (comma-separated); a change to any of them reindexes it when the transaction commits.
 */
public class SearchDocumentBinder implements TypeBinder {

    /** Binder parameter: the entity properties {@link Searchable#searchDocument()} reads. */
    public static final String USES = "uses";

    private static final int EXCERPT_LENGTH = 240;

    /** The embedding module's vectors (all-MiniLM-L6-v2). */
    static final int VECTOR_DIMENSIONS = org.factline.embedding.SentenceEmbeddings.DIMENSIONS;

    /**
     * Characters of the text kept for highlighting (Lucene's own default for analysing stored
     * text): a search reads them for every hit it ranks, so a long document costs no more than
     * this, and matches further in show the excerpt instead.
     */
    static final int HIGHLIGHT_LENGTH = 10_000;

    @Override
    public void bind(TypeBindingContext context) {
        String uses = context.param(USES, String.class);
        for (String property : uses.split(",")) {
            context.dependencies().use(property.strip());
        }
        context.bridge(
                org.factline.search.Searchable.class, new Bridge(context.indexSchemaElement(), vectors(context)));
    }

    /**
     * Whether to declare the vector field: asked of the application's {@link VectorSearch} (the
     * backend may lack kNN); without a bean container (a tool bootstrapping Hibernate alone), yes.
     */
    private static boolean vectors(TypeBindingContext context) {
        try (BeanHolder<VectorSearch> holder =
                context.beanResolver().resolve(BeanReference.of(VectorSearch.class, BeanRetrieval.BEAN))) {
            return holder.get().enabled();
        } catch (RuntimeException e) {
            return true;
        }
    }

    private static final class Bridge implements TypeBridge<org.factline.search.Searchable> {

        private final IndexFieldReference<String> type;
        private final IndexFieldReference<String> link;
        private final IndexFieldReference<String> title;
        private final IndexFieldReference<String> titleExact;
        private final IndexFieldReference<String> text;
        private final IndexFieldReference<String> textExact;
        private final IndexFieldReference<String> suggest;
        private final IndexFieldReference<String> excerpt;
        private final IndexFieldReference<String> highlightText;
        private final IndexFieldReference<LocalDate> date;
        private final IndexFieldReference<Integer> year;
        private final IndexFieldReference<String> author;
        private final IndexFieldReference<String> alias;
        private final IndexFieldReference<String> publisher;
        private final IndexFieldReference<String> publisherText;
        private final IndexFieldReference<String> verdict;
        private final IndexFieldReference<String> category;
        private final IndexFieldReference<String> tags;
        private final IndexFieldReference<String> status;
        private final IndexFieldReference<String> audience;
        private final IndexFieldReference<String> owner;
        private final @Nullable IndexFieldReference<float[]> meaning;

        Bridge(IndexSchemaElement schema, boolean vectors) {
            type = keyword(schema, TYPE);
            link = schema.field(
                            LINK, f -> f.asString().projectable(Projectable.YES).searchable(Searchable.NO))
                    .toReference();
            title = schema.field(
                            TITLE,
                            f -> f.asString()
                                    .analyzer(ENGLISH)
                                    .searchAnalyzer(ENGLISH_QUERY)
                                    .projectable(Projectable.YES))
                    .toReference();
            titleExact =
                    schema.field(TITLE_EXACT, f -> f.asString().analyzer(EXACT)).toReference();
            text = schema.field(TEXT, f -> f.asString().analyzer(ENGLISH).searchAnalyzer(ENGLISH_QUERY))
                    .toReference();
            textExact =
                    schema.field(TEXT_EXACT, f -> f.asString().analyzer(EXACT)).toReference();
            suggest = schema.field(
                            SUGGEST, f -> f.asString().analyzer(AUTOCOMPLETE).searchAnalyzer(EXACT))
                    .toReference();
            excerpt = schema.field(
                            EXCERPT,
                            f -> f.asString().projectable(Projectable.YES).searchable(Searchable.NO))
                    .toReference();
            highlightText = schema.field(
                            HIGHLIGHT_TEXT,
                            f -> f.asString().projectable(Projectable.YES).searchable(Searchable.NO))
                    .toReference();
            date = schema.field(
                            DATE,
                            f -> f.asLocalDate().projectable(Projectable.YES).sortable(Sortable.YES))
                    .toReference();
            year = schema.field(YEAR, f -> f.asInteger().aggregable(Aggregable.YES))
                    .toReference();
            author = schema.field(AUTHOR, f -> f.asString().analyzer(EXACT).projectable(Projectable.YES))
                    .toReference();
            alias = schema.field(ALIAS, f -> f.asString().analyzer(EXACT))
                    .multiValued()
                    .toReference();
            publisher = schema.field(
                            PUBLISHER,
                            f -> f.asString().aggregable(Aggregable.YES).projectable(Projectable.YES))
                    .toReference();
            publisherText = schema.field(PUBLISHER_TEXT, f -> f.asString().analyzer(EXACT))
                    .toReference();
            verdict = keyword(schema, VERDICT);
            category = keyword(schema, CATEGORY);
            tags = schema.field(
                            TAGS,
                            f -> f.asString()
                                    .normalizer(KEYWORD)
                                    .aggregable(Aggregable.YES)
                                    .projectable(Projectable.YES))
                    .multiValued()
                    .toReference();
            status = keyword(schema, STATUS);
            audience = schema.field(AUDIENCE, f -> f.asString()).toReference();
            owner = schema.field(OWNER, f -> f.asString()).toReference();
            // What @VectorField(dimension = 384, vectorSimilarity = COSINE) declares, in the one schema.
            meaning = vectors
                    ? schema.field(
                                    MEANING,
                                    f -> f.asFloatVector()
                                            .dimension(VECTOR_DIMENSIONS)
                                            .vectorSimilarity(VectorSimilarity.COSINE)
                                            .projectable(Projectable.YES))
                            .toReference()
                    : null;
        }

        private static IndexFieldReference<String> keyword(IndexSchemaElement schema, String name) {
            return schema.field(
                            name,
                            f -> f.asString()
                                    .normalizer(KEYWORD)
                                    .aggregable(Aggregable.YES)
                                    .projectable(Projectable.YES))
                    .toReference();
        }

        @Override
        public void write(
                DocumentElement target, org.factline.search.Searchable entity, TypeBridgeWriteContext context) {
            SearchDocument doc = entity.searchDocument();
            target.addValue(type, doc.type());
            target.addValue(link, doc.link());
            target.addValue(title, doc.title());
            target.addValue(titleExact, doc.title());
            target.addValue(suggest, doc.title());
            addIfPresent(target, text, doc.text());
            addIfPresent(target, textExact, doc.text());
            addIfPresent(target, excerpt, excerpt(doc.text()));
            addIfPresent(target, highlightText, start(doc.text(), HIGHLIGHT_LENGTH));
            if (doc.date() != null) {
                target.addValue(date, doc.date());
                target.addValue(year, doc.date().getYear());
            }
            addIfPresent(target, author, doc.author());
            doc.aliases().forEach(a -> target.addValue(alias, a));
            addIfPresent(target, publisher, doc.publisher());
            addIfPresent(target, publisherText, doc.publisher());
            addIfPresent(target, verdict, doc.verdict());
            addIfPresent(target, category, doc.category());
            doc.tags().forEach(tag -> target.addValue(tags, tag));
            addIfPresent(target, status, doc.status());
            target.addValue(audience, doc.audience().name());
            addIfPresent(target, owner, doc.owner() == null ? null : doc.owner().toLowerCase(Locale.ROOT));
            if (meaning != null && doc.meaning() != null && doc.meaning().length == VECTOR_DIMENSIONS) {
                target.addValue(meaning, doc.meaning());
            }
        }

        private static @Nullable String excerpt(@Nullable String text) {
            if (text == null) {
                return null;
            }
            String flat = text.strip().replaceAll("\\s+", " ");
            if (flat.length() <= EXCERPT_LENGTH) {
                return flat;
            }
            int cut = flat.lastIndexOf(' ', EXCERPT_LENGTH);
            return flat.substring(0, cut > EXCERPT_LENGTH / 2 ? cut : EXCERPT_LENGTH) + " \u2026";
        }

        /** At most {@code max} characters, never half a character pair. */
        private static @Nullable String start(@Nullable String text, int max) {
            if (text == null || text.length() <= max) {
                return text;
            }
            return text.substring(0, Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max);
        }

        private static void addIfPresent(
                DocumentElement target, IndexFieldReference<String> field, @Nullable String value) {
            if (value != null && !value.isBlank()) {
                target.addValue(field, value);
            }
        }
    }
}
