package org.factline.claim;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.factline.article.ArticleImportService;
import org.factline.article.PasteFormat;

/**
 * A story and its syndicated near-copy (flagged at import), with three claims found in the copy:
 * one whose passage is also in the original, one in a line only the copy has, and one already
 * found at the same passage of the original. Made by whoever is signed in (a fact-checker is enough).
 */
public final class MergeFixtures {

    public record Pair(long original, long copy, long inBoth, long onlyInCopy, long alreadyInOriginal) {}

    static final String COPY_ONLY = "A closing line added by the aggregator that is long enough to count.";

    private MergeFixtures() {}

    public static Pair pair(ArticleImportService imports, ClaimService claims, String marker) {
        String story = IntStream.range(0, 8)
                .mapToObj(i -> "Sentence " + i + " of the report about " + marker + " says " + marker
                        + " trained the " + marker + " model on " + marker + " chips while " + marker
                        + " officials watched.")
                .collect(Collectors.joining("\n"));
        long original = imports.importPaste("Original " + marker, story, PasteFormat.TEXT)
                .articleId();
        var copy = imports.importPaste(
                "Copy " + marker, "Skip to main content\n" + story + "\n" + COPY_ONLY, PasteFormat.TEXT);
        if (copy.similarTo() == null || copy.similarTo() != original) {
            throw new IllegalStateException("the copy was not flagged: " + copy);
        }
        long inBoth = claims.createFromPassage(
                        new NewClaim("Trained on compliant chips " + marker, null, null, Set.of()),
                        copy.articleId(),
                        "Sentence 3 of the report about " + marker,
                        -1)
                .id();
        long onlyInCopy = claims.createFromPassage(
                        new NewClaim("Aggregator line " + marker, null, null, Set.of()),
                        copy.articleId(),
                        "added by the aggregator",
                        -1)
                .id();
        long already = claims.createFromPassage(
                        new NewClaim("Sentence five " + marker, null, null, Set.of()),
                        original,
                        "Sentence 5 of the report about " + marker,
                        -1)
                .id();
        claims.addAppearance(already, copy.articleId(), "Sentence 5 of the report about " + marker, -1);
        return new Pair(original, copy.articleId(), inBoth, onlyInCopy, already);
    }
}
