package org.factline.search;

import static org.factline.search.SearchFields.*;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.factline.embedding.Vectors;
import org.factline.search.QueryPredicates.Viewer;
import org.hibernate.search.engine.common.EntityReference;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.jspecify.annotations.Nullable;

/**
 * The queries over the {@code meaning} vector field, and the hybrid score of "similar items".
 *
 * <p>Hybrid score: {@value #MEANING_WEIGHT} × the cosine of the two embeddings plus
 * {@value #WORDS_WEIGHT} × the word score, the item's BM25 score divided by the best BM25 score
 * among the word matches (so 1 for the best word match, 0 for an item found by meaning only).
 * Candidates are the word matches (at least half of the words, as before) and the
 * {@value #CANDIDATES} nearest items by meaning whose cosine is at least
 * {@value #SIMILAR_MIN_COSINE}; the best hybrid scores are shown. Without vectors (backend without
 * kNN, model still loading) the score is the word score alone.
 */
final class MeaningQueries {

    static final double MEANING_WEIGHT = 0.6;
    static final double WORDS_WEIGHT = 0.4;
    static final float SIMILAR_MIN_COSINE = 0.4f;
    static final int CANDIDATES = 20;

    private MeaningQueries() {}

    /** A candidate with its word score (BM25, 0 when found by meaning only) and its vector. */
    private record Candidate(
            long id,
            String link,
            String title,
            String status,
            @Nullable String verdict,
            float words,
            float @Nullable [] vector) {}

    /**
     * Items of {@code type} by hybrid score, best first.
     *
     * @param vector the text's embedding, or null for words only
     */
    static List<NearbyItem> similar(
            SearchSession session,
            Viewer viewer,
            String type,
            String text,
            float @Nullable [] vector,
            @Nullable Long excludeId,
            int limit) {
        Map<Long, Candidate> found = new LinkedHashMap<>();
        var byWords = session.search(session.scope(Object.class))
                .select(f -> f.composite()
                        .from(
                                f.entityReference(),
                                f.field(LINK, String.class),
                                f.field(TITLE, String.class),
                                f.field(STATUS, String.class),
                                f.field(VERDICT, String.class),
                                f.score())
                        .asList(v -> v))
                .where(f -> restricted(
                        f,
                        viewer,
                        type,
                        excludeId,
                        f.match().field(TITLE).matching(text).minimumShouldMatchPercent(50)))
                .fetchHits(CANDIDATES);
        float best = 0;
        for (List<?> v : byWords) {
            best = Math.max(best, (Float) v.get(5));
        }
        for (List<?> v : byWords) {
            Candidate c = candidate(v, best == 0 ? 0 : (Float) v.get(5) / best, null);
            found.put(c.id(), c);
        }
        Map<Long, float[]> vectors = new LinkedHashMap<>();
        if (vector != null) {
            for (NearbyItem near : nearest(session, viewer, type, vector, SIMILAR_MIN_COSINE, excludeId, CANDIDATES)) {
                found.putIfAbsent(
                        near.id(),
                        new Candidate(near.id(), near.link(), near.title(), near.status(), near.verdict(), 0, null));
                vectors.put(near.id(), null);
            }
            vectorsOf(session, type, found.keySet(), vectors);
        }
        List<NearbyItem> scored = new ArrayList<>();
        Map<Long, Double> score = new LinkedHashMap<>();
        for (Candidate c : found.values()) {
            float[] v = vectors.get(c.id());
            double cosine = vector == null || v == null ? 0 : Vectors.cosine(vector, v);
            score.put(
                    c.id(),
                    vector == null ? c.words() : MEANING_WEIGHT * Math.max(0, cosine) + WORDS_WEIGHT * c.words());
            scored.add(new NearbyItem(c.id(), c.link(), c.title(), c.status(), c.verdict(), cosine));
        }
        return scored.stream()
                .sorted(Comparator.<NearbyItem>comparingDouble(i -> score.get(i.id()))
                        .reversed()
                        .thenComparingLong(NearbyItem::id))
                .limit(limit)
                .toList();
    }

    /** The {@code limit} items of {@code type} nearest to the vector with at least that cosine. */
    static List<NearbyItem> nearest(
            SearchSession session,
            Viewer viewer,
            String type,
            float[] vector,
            float minCosine,
            @Nullable Long excludeId,
            int limit) {
        return session.search(session.scope(Object.class))
                .select(f -> f.composite()
                        .from(
                                f.entityReference(),
                                f.field(LINK, String.class),
                                f.field(TITLE, String.class),
                                f.field(STATUS, String.class),
                                f.field(VERDICT, String.class),
                                f.field(MEANING, float[].class))
                        .asList(v -> {
                            float[] other = (float[]) v.get(5);
                            Candidate c = candidate(v, 0, other);
                            return new NearbyItem(
                                    c.id(),
                                    c.link(),
                                    c.title(),
                                    c.status(),
                                    c.verdict(),
                                    other == null ? 0 : Vectors.cosine(vector, other));
                        }))
                .where(f -> f.knn(limit)
                        .field(MEANING)
                        .matching(vector)
                        .requiredMinimumSimilarity(minCosine)
                        .filter(restricted(f, viewer, type, excludeId, f.matchAll())))
                .fetchHits(limit);
    }

    /** One page of claims nearest in meaning to the query's text, as search hits (no highlights). */
    static List<HitRow> page(SearchSession session, Viewer viewer, float[] vector, int k) {
        return session.search(session.scope(Object.class))
                .select(HitRow::projection)
                .where(f -> f.knn(k)
                        .field(MEANING)
                        .matching(vector)
                        .filter(restricted(f, viewer, "claim", null, f.matchAll())))
                .fetchHits(k);
    }

    private static void vectorsOf(
            SearchSession session, String type, java.util.Set<Long> ids, Map<Long, float[]> into) {
        if (ids.isEmpty()) {
            return;
        }
        session.search(session.scope(Object.class))
                .select(f -> f.composite()
                        .from(f.entityReference(), f.field(MEANING, float[].class))
                        .asList(v -> v))
                .where(f -> f.bool()
                        .filter(f.match().field(TYPE).matching(type))
                        .filter(f.id().matchingAny(List.copyOf(ids))))
                .fetchHits(ids.size())
                .forEach(v -> {
                    if (v.get(1) != null) {
                        into.put(id((EntityReference) v.get(0)), (float[]) v.get(1));
                    }
                });
    }

    private static PredicateFinalStep restricted(
            SearchPredicateFactory f, Viewer viewer, String type, @Nullable Long excludeId, PredicateFinalStep what) {
        var bool = f.bool().must(what).filter(f.match().field(TYPE).matching(type));
        QueryPredicates.hideFromViewer(f, viewer, p -> bool.mustNot(p));
        if (excludeId != null) {
            bool.mustNot(f.id().matching(excludeId));
        }
        return bool;
    }

    private static Candidate candidate(List<?> v, float words, float @Nullable [] vector) {
        return new Candidate(
                id((EntityReference) v.get(0)),
                (String) v.get(1),
                (String) v.get(2),
                v.get(3) == null ? "" : (String) v.get(3),
                (String) v.get(4),
                words,
                vector);
    }

    private static long id(EntityReference ref) {
        return ((Number) ref.id()).longValue();
    }
}
