package org.factline.search;

import static org.factline.search.SearchFields.*;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.factline.search.ParsedQuery.Group;
import org.factline.search.ParsedQuery.Part;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;

/** Turns a {@link ParsedQuery} into a Hibernate Search predicate over the shared schema. */
final class QueryPredicates {

    /** Words of this length or more also match with one typo (two from eight letters). */
    static final int FUZZY_MIN_LENGTH = 5;

    private QueryPredicates() {}

    /**
     * @param fuzzy whether words of {@link #FUZZY_MIN_LENGTH} letters or more also match with
     *     typos; the service first searches without, and retries with when nothing matched
     */
    static PredicateFinalStep build(SearchPredicateFactory f, ParsedQuery query, Viewer viewer, boolean fuzzy) {
        var bool = f.bool();
        hideFromViewer(f, viewer, p -> bool.mustNot(p));
        boolean positive = false;
        for (Group group : query.groups()) {
            PredicateFinalStep predicate = group(f, group.alternatives(), fuzzy);
            if (group.negated()) {
                bool.mustNot(predicate);
            } else if (group.alternatives().stream().allMatch(Part.Filter.class::isInstance)) {
                bool.filter(predicate);
            } else {
                bool.must(predicate);
                positive = true;
            }
        }
        if (!positive) {
            bool.must(f.matchAll());
        }
        return bool;
    }

    /**
     * Excludes what the signed-in user may not find: items for an audience the user is not part of
     * (team items need the fact-checker role, archived ones the editor role, accounts the admin
     * role) and other people's drafts, which editors see. Written as exclusions, not as a required
     * "visible to me" clause: most items are for everyone, and a query made only of scoring and
     * excluded clauses lets Lucene skip whole blocks of documents that can't reach the first page,
     * which a required filter clause prevents. Every audience is decided here (the switch has no
     * default), so a new one can't slip through.
     */
    static void hideFromViewer(SearchPredicateFactory f, Viewer viewer, Consumer<PredicateFinalStep> exclude) {
        for (Audience audience : Audience.values()) {
            boolean visible = switch (audience) {
                case EVERYONE -> viewer.factChecker();
                case EDITORS, OWNER -> viewer.editor();
                case ADMINS -> viewer.admin();
            };
            if (visible) {
                continue;
            }
            var theirs = f.match().field(AUDIENCE).matching(audience.name());
            if (audience == Audience.OWNER) {
                exclude.accept(f.bool()
                        .must(theirs)
                        .mustNot(f.match()
                                .field(OWNER)
                                .matching(viewer.username().toLowerCase(Locale.ROOT))));
            } else {
                exclude.accept(theirs);
            }
        }
    }

    private static PredicateFinalStep group(SearchPredicateFactory f, List<Part> parts, boolean fuzzy) {
        if (parts.size() == 1) {
            return part(f, parts.getFirst(), fuzzy);
        }
        var or = f.bool();
        parts.forEach(p -> or.should(part(f, p, fuzzy)));
        return or;
    }

    private static PredicateFinalStep part(SearchPredicateFactory f, Part part, boolean fuzzy) {
        return switch (part) {
            case Part.Word w -> word(f, w.text(), fuzzy);
            case Part.Phrase p -> phrase(f, p.text());
            case Part.Prefix p -> prefix(f, p.text());
            case Part.Filter filter -> filter(f, filter);
        };
    }

    /**
     * A word in any field, each field a clause of one flat disjunction (nesting costs time on
     * words found in most documents). The body text counts in its stemmed form only: the exact
     * form there would double the work on the largest postings for a ranking nudge; titles keep it.
     * Stop words, which the stemmed fields drop, are looked up as written.
     */
    private static PredicateFinalStep word(SearchPredicateFactory f, String word, boolean fuzzy) {
        var any = f.bool()
                .should(f.match().field(TITLE).boost(3f).matching(word))
                .should(f.match().field(TEXT).matching(word))
                .should(f.match().field(TITLE_EXACT).boost(2f).matching(word))
                .should(f.match().field(AUTHOR).boost(2f).matching(word))
                .should(f.match().field(ALIAS).boost(2f).matching(word))
                .should(f.match().field(PUBLISHER_TEXT).boost(2f).matching(word))
                .should(f.match().field(TAGS).matching(word))
                .should(f.match().field(CATEGORY).matching(word));
        if (EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(word.toLowerCase(Locale.ROOT))) {
            any.should(f.match().field(TEXT_EXACT).boost(0.5f).matching(word));
        }
        if (fuzzy && fuzzyEligible(word)) {
            int edits = word.length() >= 8 ? 2 : 1;
            any.should(f.match()
                    .field(TITLE)
                    .field(TEXT)
                    .matching(word)
                    .fuzzy(edits, 1)
                    .boost(0.3f));
        }
        return any;
    }

    /** A phrase as written; {@link PageHighlighter} marks it separately. */
    private static PredicateFinalStep phrase(SearchPredicateFactory f, String phrase) {
        return f.bool()
                .should(f.phrase().field(TITLE_EXACT).boost(3f).matching(phrase))
                .should(f.phrase().field(TEXT_EXACT).matching(phrase))
                .should(f.phrase().field(AUTHOR).matching(phrase))
                .should(f.phrase().field(ALIAS).matching(phrase))
                .should(f.phrase().field(PUBLISHER_TEXT).matching(phrase));
    }

    private static PredicateFinalStep prefix(SearchPredicateFactory f, String prefix) {
        String pattern = QuerySyntax.fold(prefix) + "*";
        return f.bool()
                .should(f.wildcard()
                        .field(TITLE_EXACT)
                        .boost(3f)
                        .field(TEXT_EXACT)
                        .field(AUTHOR)
                        .field(ALIAS)
                        .matching(pattern))
                .should(f.wildcard().field(TITLE).field(TEXT).matching(pattern).boost(0.1f));
    }

    private static PredicateFinalStep filter(SearchPredicateFactory f, Part.Filter filter) {
        String value = filter.value();
        return switch (filter.field()) {
            case TYPE -> f.match().field(TYPE).matching(value);
            case VERDICT -> f.match().field(VERDICT).matching(value);
            case AUTHOR ->
                f.bool()
                        .should(f.phrase().field(AUTHOR).matching(value))
                        .should(f.phrase().field(ALIAS).matching(value));
            case PUBLISHER -> f.phrase().field(PUBLISHER_TEXT).matching(value);
            case TAG -> f.match().field(TAGS).matching(value);
            case CATEGORY -> f.match().field(CATEGORY).matching(value);
            case STATUS -> f.match().field(STATUS).matching(value.replace(' ', '_'));
            case YEAR -> f.match().field(YEAR).matching(Integer.parseInt(value));
            case BEFORE -> f.range().field(DATE).atMost(filter.to());
            case AFTER -> f.range().field(DATE).atLeast(filter.from());
        };
    }

    static boolean fuzzyEligible(String word) {
        return word.length() >= FUZZY_MIN_LENGTH && word.chars().allMatch(Character::isLetter);
    }

    /** Whether a typo-tolerant retry could find more: the query has a long enough word. */
    static boolean hasFuzzyWords(ParsedQuery query) {
        return query.groups().stream()
                .filter(g -> !g.negated())
                .flatMap(g -> g.alternatives().stream())
                .anyMatch(p -> p instanceof Part.Word w && fuzzyEligible(w.text()));
    }

    /** Whether the query has words, phrases or prefixes to mark in the results. */
    static boolean hasHighlightableParts(ParsedQuery query) {
        return query.groups().stream()
                .filter(g -> !g.negated())
                .flatMap(g -> g.alternatives().stream())
                .anyMatch(p -> !(p instanceof Part.Filter));
    }

    /** The signed-in user as far as visibility goes. */
    record Viewer(String username, boolean factChecker, boolean editor, boolean admin) {}
}
